#include "EmojiPicker.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace envisage::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int Columns = 8;
const QString RecentKey = u"ui/recentEmoji"_s;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    title->setTextFormat(Qt::PlainText);
    title->setEnabled(false); // the palette's quiet text colour, in either theme
    return title;
}

} // namespace

QStringList RecentEmoji::load()
{
    QStringList recent = QSettings().value(RecentKey).toStringList();
    // Only what the picker offers: the settings file is the user's to edit.
    QStringList offered;
    for (const EmojiPicker::Group &group : EmojiPicker::groups())
        offered += group.emoji;
    recent.removeIf([&offered](const QString &emoji) { return !offered.contains(emoji); });
    recent.removeDuplicates();
    return recent.mid(0, Kept);
}

QStringList RecentEmoji::use(const QString &emoji)
{
    QStringList recent = load();
    recent.removeAll(emoji);
    recent.prepend(emoji);
    recent = recent.mid(0, Kept);
    QSettings().setValue(RecentKey, recent);
    return recent;
}

QList<EmojiPicker::Group> EmojiPicker::groups()
{
    // What a seller says to buyers most: friendliness, agreement, thanks, and the things
    // of selling (parcels, delivery, money, photos, time, places).
    return {
        {QT_TRANSLATE_NOOP("envisage::ui::EmojiPicker", "Faces"),
         {u"🙂"_s, u"😊"_s, u"😀"_s,    u"😄"_s, u"😁"_s,    u"😅"_s,    u"😂"_s,    u"🤣"_s,
          u"😉"_s,    u"😍"_s, u"🥰"_s, u"😘"_s, u"🤗"_s, u"🤔"_s, u"🙃"_s, u"😎"_s,
          u"😌"_s,    u"😮"_s, u"😯"_s,    u"😬"_s, u"😕"_s,    u"🙁"_s, u"😢"_s,    u"😭"_s}},
        {QT_TRANSLATE_NOOP("envisage::ui::EmojiPicker", "Hands and hearts"),
         {u"👍"_s, u"👎"_s, u"👌"_s, u"🙏"_s, u"👏"_s, u"🤝"_s, u"👋"_s, u"✌️"_s, u"🤞"_s, u"💪"_s,
          u"👉"_s, u"☝️"_s, u"❤️"_s, u"🧡"_s, u"💚"_s, u"💙"_s}},
        {QT_TRANSLATE_NOOP("envisage::ui::EmojiPicker", "Selling"),
         {u"📦"_s, u"🚚"_s,    u"📮"_s, u"🏷️"_s, u"💶"_s,    u"💵"_s,       u"💳"_s, u"🧾"_s,
          u"📷"_s, u"📸"_s, u"📏"_s, u"🔧"_s,       u"🪑"_s, u"🛋️"_s, u"🎁"_s, u"🛒"_s,
          u"⏰"_s, u"📅"_s,    u"📍"_s, u"🏠"_s,       u"🚲"_s,    u"🚗"_s,       u"📞"_s, u"✉️"_s}},
        {QT_TRANSLATE_NOOP("envisage::ui::EmojiPicker", "Symbols"),
         {u"✅"_s, u"☑️"_s, u"❌"_s, u"⚠️"_s, u"❓"_s, u"❗"_s, u"⭐"_s, u"✨"_s, u"🔥"_s, u"🎉"_s,
          u"💯"_s, u"🆗"_s, u"🆕"_s, u"↩️"_s, u"➡️"_s, u"🔄"_s}},
    };
}

EmojiPicker::EmojiPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup), m_recent(new QGridLayout), m_recentSection(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Emoji"));

    auto *recentLayout = new QVBoxLayout(m_recentSection);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(sectionTitle(tr("Recent"), m_recentSection));
    recentLayout->addLayout(m_recent);
    m_recent->setSpacing(0);

    auto *all = new QWidget;
    auto *allLayout = new QVBoxLayout(all);
    allLayout->setContentsMargins(0, 0, 0, 0);
    for (const Group &group : groups()) {
        allLayout->addWidget(sectionTitle(tr(group.title), all));
        auto *grid = new QGridLayout;
        grid->setSpacing(0);
        for (int i = 0; i < group.emoji.size(); ++i)
            grid->addWidget(makeButton(group.emoji.at(i)), i / Columns, i % Columns);
        allLayout->addLayout(grid);
    }
    allLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(all);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Emoji"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_recentSection);
    layout->addWidget(scroll, 1);
    showRecent();

    const QToolButton *probe = makeButton(u"🙂"_s); // only measured
    const int side = probe->width();
    delete probe;
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    resize(Columns * side + scrollBar + 24, side * 8);
}

QToolButton *EmojiPicker::makeButton(const QString &emoji)
{
    auto *button = new QToolButton(this);
    button->setText(emoji);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    // The colour emoji fonts first: Qt 6.4 falls back by character, and a few emoji
    // (U+2764 ❤) are also in text fonts, drawn there in black and white.
    font.setFamilies(
        {u"Noto Color Emoji"_s, u"Apple Color Emoji"_s, u"Segoe UI Emoji"_s, font.family()});
    button->setFont(font);
    const int side = button->fontMetrics().height() + 10;
    button->setFixedSize(side, side);
    button->setAccessibleName(emoji);
    connect(button, &QToolButton::clicked, this, [this, emoji] {
        RecentEmoji::use(emoji);
        hide();
        Q_EMIT emojiChosen(emoji);
        showRecent(); // for the next time it opens
    });
    return button;
}

void EmojiPicker::showRecent()
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            // Possibly the button whose click called this, still in its signal: out of the
            // picker now, deleted once the click is over.
            old->hide();
            old->setParent(nullptr);
            old->deleteLater();
        }
        delete item;
    }
    const QStringList recent = RecentEmoji::load().mid(0, Columns);
    for (int i = 0; i < recent.size(); ++i)
        m_recent->addWidget(makeButton(recent.at(i)), 0, i);
    m_recentSection->setVisible(!recent.isEmpty());
}

QToolButton *EmojiPicker::buttonFor(const QString &emoji, bool inRecent) const
{
    for (QToolButton *button : findChildren<QToolButton *>()) {
        const bool recent = m_recentSection->isAncestorOf(button);
        if (button->text() == emoji && recent == inRecent)
            return button;
    }
    return nullptr;
}

void EmojiPicker::popUpNextTo(const QWidget *anchor)
{
    const QPoint below = anchor->mapToGlobal(QPoint(0, anchor->height()));
    const QPoint above = anchor->mapToGlobal(QPoint(0, -height()));
    const QScreen *screen = anchor->screen();
    const bool roomBelow = !screen || below.y() + height() <= screen->availableGeometry().bottom();
    QPoint at = roomBelow ? below : above;
    if (screen)
        at.setX(std::clamp(at.x(), screen->availableGeometry().left(),
                           screen->availableGeometry().right() - width()));
    move(at);
    show();
}

} // namespace envisage::ui
