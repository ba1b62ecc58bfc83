// The conversation row and the message bubble at 200, 320, 600 and 1000 pixels, in a
// light and a dark palette, with the real models holding long names, titles and
// bodies: size hints positive and stable (a conversation row's never wider than the
// narrowest list), rectangles that never overlap and stay in the row, painting that
// keeps its ink inside them (text elided, not spilled), bubbles at most 72% of the row,
// the seller's on the right, the buyer's on the left, and a day title above the first
// message of a day. A conversation row still being read from the cache paints its shape.
#include "ConversationDelegate.h"
#include "MessageDelegate.h"
#include "TrayNotifier.h"
#include "inbox/ConversationListModel.h"
#include "inbox/MessageListModel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::ConversationListModel;
using inbox::MessageListModel;

namespace {

constexpr qint64 SellerId = 1;
constexpr qint64 ConversationId = 7;

const QString LongName =
    u"Maximiliane Alexandra Wilhelmina von Hohenzollern-Sigmaringen-Brandenburg"_s;
const QString LongTitle =
    u"Hand-restored mid-century Danish teak sideboard with four drawers, sliding doors and original brass handles"_s;
const QString LongPreview =
    u"Hello! I wanted to ask whether the sideboard is still available, and whether you could deliver it to Rotterdam next week, because I do not have a car."_s;

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xff));
    return dark;
}

api::User user(qint64 id, const QString &name)
{
    api::User user;
    user.id = id;
    user.name = name;
    user.role = id == SellerId ? u"seller"_s : u"buyer"_s;
    return user;
}

api::Message message(qint64 id, qint64 senderId, const QString &body, const QDateTime &at)
{
    api::Message message;
    message.id = id;
    message.conversationId = ConversationId;
    message.senderId = senderId;
    message.sender.id = senderId;
    message.sender.name = senderId == SellerId ? u"Sam Rivera"_s : LongName;
    message.body = body;
    message.createdAt = at;
    return message;
}

api::Conversation conversation(qint64 id, const QString &buyer, const QString &title,
                               const QString &last, int unread, const QDateTime &at)
{
    api::Conversation conversation;
    conversation.id = id;
    conversation.buyer = user(100 + id, buyer);
    conversation.seller = user(SellerId, u"Sam Rivera"_s);
    conversation.listing.id = id;
    conversation.listing.title = title;
    conversation.listing.price = u"1249.00"_s;
    conversation.listing.currency = u"EUR"_s;
    conversation.lastMessage = message(id * 10, conversation.buyer.id, last, at);
    conversation.lastMessage->conversationId = id;
    conversation.unreadCount = unread;
    conversation.updatedAt = at;
    return conversation;
}

// True when some pixel of `rect` (clipped to the image) differs from `background`.
bool hasInk(const QImage &image, const QRect &rect, QRgb background)
{
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixel(x, y) != background)
                return true;
        }
    }
    return false;
}

bool differentColours(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

} // namespace

class UiDelegatesTest : public QObject
{
    Q_OBJECT

    ConversationListModel m_conversations;
    MessageListModel m_messages;
    ui::ConversationDelegate m_conversationDelegate;
    ui::MessageDelegate m_messageDelegate;
    const QList<int> m_widths{200, 320, 600, 1000};

    QStyleOptionViewItem option(int width, int height, const QPalette &palette) const
    {
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = palette;
        option.rect = QRect(0, 0, width, height);
        option.state = QStyle::State_Enabled;
        option.direction = Qt::LeftToRight;
        return option;
    }

    static QList<QPair<QString, QRect>> named(const ui::ConversationDelegate::Layout &layout)
    {
        return {{u"avatar"_s, layout.avatar},   {u"name"_s, layout.name},
                {u"time"_s, layout.time},       {u"listing"_s, layout.listing},
                {u"preview"_s, layout.preview}, {u"badge"_s, layout.badge}};
    }

private Q_SLOTS:
    // Text from the network shows as typed wherever Qt would guess "rich text": a tool
    // tip, a Linux notification body (markup for the notification server).
    void networkTextStaysTextInToolTipsAndNotifications()
    {
        const QString name = u"<b>Eve</b> & <a href=\"https://evil.test\">co</a>"_s;
        const QString title = u"<img src=\"x\">Desk"_s;
        ConversationListModel model;
        model.setMyUserId(SellerId);
        model.upsert({conversation(1, name, title, u"hi"_s, 0, QDateTime::currentDateTimeUtc())});
        model.flush();
        const QString tip = model.index(0).data(Qt::ToolTipRole).toString();
        QTextDocument shown;
        shown.setHtml(tip); // how QToolTip shows text that Qt::mightBeRichText() accepts
        QVERIFY(Qt::mightBeRichText(tip));
        QCOMPARE(shown.toPlainText(), u"%1 — %2"_s.arg(name, title));

        const QString body =
            u"<i>50%</i> off? <a href=\"https://evil.test\">pay here</a> & thanks"_s;
        QTextDocument notified;
        notified.setHtml(ui::TrayNotifier::notificationBody(body));
        QCOMPARE(notified.toPlainText(), body);
    }

    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_conversations.setMyUserId(SellerId);
        m_conversations.upsert(QList<api::Conversation>{
            conversation(1, LongName, LongTitle, LongPreview, 3, now.addSecs(-60)),
            conversation(2, u"Ada Novak"_s, u"Lamp"_s, u"Hi"_s, 0, now.addDays(-1)),
            conversation(3, LongName, LongTitle, LongPreview, 150, now.addDays(-3)),
            conversation(4, u"Émilie Ørsted-Þórsdóttir 🙂"_s, LongTitle,
                         u"مرحبا، هل ما زال متاحا؟ "_s + LongPreview, 12, now.addDays(-40)),
            conversation(5, LongName, LongTitle, LongPreview, 0, now.addSecs(-7200)),
        });
        m_conversations.flush();
        QCOMPARE(m_conversations.rowCount(), 5);
        m_conversations.setOnline(101, true);
        m_conversations.setTyping(3, {u"Maximiliane"_s});
        m_conversations.setDraft(
            5, u"I could do 1100 if you collect it yourself, but not less than that, sorry"_s);
        m_conversations.flush();

        m_messages.reset(ConversationId, SellerId);
        const QDateTime today = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QDateTime earlier = today.addDays(-2);
        m_messages.prependHistory(
            {
                message(
                    6, SellerId,
                    u"https://example.test/a/very/long/link/that/goes/on/and/on/without/any/space/"
                    u"at/all/"
                    "and/keeps/going/until/it/is/much/wider/than/any/bubble/could/be/even/at/1000/pixels"_s,
                    today.addSecs(30)),
                message(5, 100, u"Ok"_s, today),
                message(4, SellerId, LongPreview + u"\n\nSecond paragraph, after an empty line."_s,
                        earlier.addSecs(120)),
                message(3, 100, QString(400, u'W'), earlier.addSecs(60)),
                message(2, 100, LongPreview + u' ' + LongPreview, earlier),
            },
            true);
        m_messages.flush();
        QCOMPARE(m_messages.messageCount(), 5);
    }

    void conversationRowsLayOutWithoutOverlap()
    {
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            for (int width : m_widths) {
                for (int row = 0; row < m_conversations.rowCount(); ++row) {
                    const QModelIndex index = m_conversations.index(row);
                    const QString where = u"width %1, row %2"_s.arg(width).arg(row);
                    const QSize hint =
                        m_conversationDelegate.sizeHint(option(width, 0, palette), index);
                    // Rows take the list's width: the hint's is the narrowest row, whatever
                    // width the option says (a hint that echoed it was the cause of rows
                    // wider than the viewport).
                    QVERIFY2(hint.height() > 0 &&
                                 hint.width() == ui::ConversationDelegate::MinimumRowWidth &&
                                 hint.width() <= m_widths.first(),
                             qPrintable(where));
                    QCOMPARE(m_conversationDelegate.sizeHint(option(width, 0, palette), index),
                             hint);
                    QCOMPARE(m_conversationDelegate
                                 .sizeHint(option(width, hint.height(), palette), index)
                                 .height(),
                             hint.height());

                    const QStyleOptionViewItem opt = option(width, hint.height(), palette);
                    const ui::ConversationDelegate::Layout layout =
                        m_conversationDelegate.layoutFor(opt, index);
                    const auto rects = named(layout);
                    for (const auto &[name, rect] : rects) {
                        if (name == u"badge"_s && !rect.isValid())
                            continue;
                        QVERIFY2(rect.isValid() && rect.width() > 0,
                                 qPrintable(where + u": "_s + name));
                        QVERIFY2(opt.rect.contains(rect),
                                 qPrintable(where + u": "_s + name + u" leaves the row"_s));
                    }
                    for (qsizetype a = 0; a < rects.size(); ++a) {
                        for (qsizetype b = a + 1; b < rects.size(); ++b) {
                            QVERIFY2(!rects[a].second.intersects(rects[b].second),
                                     qPrintable(where + u": "_s + rects[a].first + u" overlaps "_s +
                                                rects[b].first));
                        }
                    }
                    QCOMPARE(layout.badge.isValid(),
                             index.data(ConversationListModel::UnreadCountRole).toInt() > 0);
                }
            }
        }
    }

    void conversationRowsPaintElidedText()
    {
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            for (int width : m_widths) {
                for (int row = 0; row < m_conversations.rowCount(); ++row) {
                    for (bool selected : {false, true}) {
                        const QModelIndex index = m_conversations.index(row);
                        const QString where =
                            u"width %1, row %2, selected %3"_s.arg(width).arg(row).arg(selected);
                        const int height =
                            m_conversationDelegate.sizeHint(option(width, 0, palette), index)
                                .height();
                        QStyleOptionViewItem opt = option(width, height, palette);
                        if (selected)
                            opt.state |= QStyle::State_Selected;
                        const QRgb background =
                            palette.color(selected ? QPalette::Highlight : QPalette::Base).rgb();
                        QImage image(width, height, QImage::Format_RGB32);
                        image.fill(background);
                        {
                            QPainter painter(&image);
                            if (selected)
                                painter.fillRect(image.rect(), palette.color(QPalette::Highlight));
                            m_conversationDelegate.paint(&painter, opt, index);
                        }
                        QVERIFY2(differentColours(image), qPrintable(where));
                        const ui::ConversationDelegate::Layout layout =
                            m_conversationDelegate.layoutFor(opt, index);
                        // Ink where the text goes (so the checks below are not vacuous)...
                        for (const QRect &inked : {layout.avatar, layout.name, layout.time,
                                                   layout.listing, layout.preview})
                            QVERIFY2(hasInk(image, inked, background), qPrintable(where));
                        if (layout.badge.isValid())
                            QVERIFY2(hasInk(image, layout.badge, background), qPrintable(where));
                        // ...and nothing between the name and the time, nor between the preview
                        // and the badge: long text is elided, never drawn underneath.
                        const QRect nameGap(layout.name.right() + 3, layout.name.top(),
                                            layout.time.left() - layout.name.right() - 5,
                                            layout.name.height());
                        QVERIFY2(!hasInk(image, nameGap, background),
                                 qPrintable(where + u": ink between name and time"_s));
                        if (layout.badge.isValid()) {
                            const QRect badgeGap(layout.preview.right() + 3, layout.preview.top(),
                                                 layout.badge.left() - layout.preview.right() - 5,
                                                 layout.preview.height());
                            QVERIFY2(!hasInk(image, badgeGap, background),
                                     qPrintable(where + u": ink between preview and badge"_s));
                        }
                        // The right padding stays empty.
                        const QRect rightPadding(width - 7, 0, 7, height);
                        QVERIFY2(!hasInk(image, rightPadding, background),
                                 qPrintable(where + u": ink in the right padding"_s));

                        const QString name =
                            index.data(ConversationListModel::CounterpartNameRole).toString();
                        QFont bold = opt.font;
                        bold.setBold(true);
                        if (name == LongName && width <= 600) {
                            QVERIFY2(QFontMetrics(bold).horizontalAdvance(name) >
                                         layout.name.width(),
                                     qPrintable(where));
                            QVERIFY(QFontMetrics(bold).elidedText(name, Qt::ElideRight,
                                                                  layout.name.width()) != name);
                        }
                    }
                }
            }
        }
    }

    // A row whose record the list is still reading: its shape in a faint ink, no text.
    void placeholderRowsPaintTheirShape()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), true, ConversationListModel::PlaceholderRole);
        const QModelIndex index = model.index(0, 0);
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            for (int width : m_widths) {
                const int height =
                    m_conversationDelegate.sizeHint(option(width, 0, palette), index).height();
                const QStyleOptionViewItem opt = option(width, height, palette);
                const QRgb background = palette.color(QPalette::Base).rgb();
                QImage image(width, height, QImage::Format_RGB32);
                image.fill(background);
                {
                    QPainter painter(&image);
                    m_conversationDelegate.paint(&painter, opt, index);
                }
                const ui::ConversationDelegate::Layout layout =
                    m_conversationDelegate.layoutFor(opt, index);
                const QString where = u"width %1"_s.arg(width);
                QVERIFY2(hasInk(image, layout.avatar, background), qPrintable(where));
                QVERIFY2(hasInk(image, layout.name, background), qPrintable(where));
                QVERIFY2(!layout.badge.isValid(), qPrintable(where));
                QVERIFY2(!hasInk(image, QRect(width - 7, 0, 7, height), background),
                         qPrintable(where + u": ink in the right padding"_s));
            }
        }
    }

    void bubblesStayInTheirShare()
    {
        for (int width : m_widths) {
            int previousHeight = std::numeric_limits<int>::max();
            for (int row = 0; row < m_messages.rowCount(); ++row) {
                const QModelIndex index = m_messages.index(row);
                const QString where = u"width %1, row %2"_s.arg(width).arg(row);
                const QPalette palette = QApplication::style()->standardPalette();
                const QSize hint = m_messageDelegate.sizeHint(option(width, 0, palette), index);
                QVERIFY2(hint.height() > 0, qPrintable(where));
                QCOMPARE(m_messageDelegate.sizeHint(option(width, 0, palette), index), hint);
                if (row == 0) {
                    QCOMPARE(
                        index.data(MessageListModel::KindRole).value<MessageListModel::RowKind>(),
                        MessageListModel::RowKind::StartOfConversation);
                    continue;
                }
                const QStyleOptionViewItem opt = option(width, hint.height(), palette);
                const ui::MessageDelegate::Geometry g = m_messageDelegate.geometry(opt, index);
                QVERIFY2(opt.rect.contains(g.bubble),
                         qPrintable(where + u": the bubble leaves the row"_s));
                QVERIFY2(g.bubble.width() <= std::max(120, int(width * 0.72)), qPrintable(where));
                QVERIFY2(g.bubble.contains(g.text) && g.bubble.contains(g.meta), qPrintable(where));
                QVERIFY2(!g.text.intersects(g.meta), qPrintable(where + u": text over the time"_s));
                const bool mine = index.data(MessageListModel::MineRole).toBool();
                if (mine)
                    QVERIFY2(g.bubble.right() >= width - 1 - 16 &&
                                 g.bubble.left() > width - int(width * 0.72) - 16 - 2,
                             qPrintable(where));
                else
                    QVERIFY2(g.bubble.left() <= 16 && g.bubble.right() < int(width * 0.72) + 16 + 2,
                             qPrintable(where));
                const bool separator = index.data(MessageListModel::DaySeparatorRole).toBool();
                QCOMPARE(g.separator.isValid(), separator);
                if (separator) {
                    QVERIFY(opt.rect.contains(g.separator));
                    QVERIFY(g.separator.bottom() < g.bubble.top());
                }
                if (row == 1) { // the long body: shorter rows as the width grows
                    QVERIFY2(hint.height() <= previousHeight, qPrintable(where));
                    previousHeight = hint.height();
                }
            }
        }
        // Day titles: the first message, and the first of today.
        QVERIFY(m_messages.index(1).data(MessageListModel::DaySeparatorRole).toBool());
        QVERIFY(!m_messages.index(3).data(MessageListModel::DaySeparatorRole).toBool());
        QVERIFY(!m_messages.index(2).data(MessageListModel::DaySeparatorRole).toBool());
        QVERIFY(m_messages.index(4).data(MessageListModel::DaySeparatorRole).toBool());
    }

    void bubblesPaintInsideThemselves()
    {
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            for (int width : m_widths) {
                for (int row = 0; row < m_messages.rowCount(); ++row) {
                    const QModelIndex index = m_messages.index(row);
                    const QString where = u"width %1, row %2"_s.arg(width).arg(row);
                    const int height =
                        m_messageDelegate.sizeHint(option(width, 0, palette), index).height();
                    const QStyleOptionViewItem opt = option(width, height, palette);
                    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
                    image.fill(Qt::transparent);
                    {
                        QPainter painter(&image);
                        m_messageDelegate.paint(&painter, opt, index);
                    }
                    QVERIFY2(differentColours(image), qPrintable(where));
                    if (row == 0)
                        continue;
                    const ui::MessageDelegate::Geometry g = m_messageDelegate.geometry(opt, index);
                    const QRect inked = g.bubble.adjusted(-1, -1, 1, 1);
                    QVERIFY(qAlpha(image.pixel(g.text.center())) != 0 ||
                            qAlpha(image.pixel(g.bubble.center())) != 0);
                    for (int y = 0; y < image.height(); ++y) {
                        for (int x = 0; x < image.width(); ++x) {
                            if (qAlpha(image.pixel(x, y)) == 0 || inked.contains(x, y) ||
                                g.separator.contains(x, y))
                                continue;
                            QFAIL(qPrintable(where +
                                             u": ink outside the bubble at %1,%2"_s.arg(x).arg(y)));
                        }
                    }
                }
            }
        }
    }

    // A photo and a document half sent: the photo's bar and the chip's fill reach halfway,
    // in both palettes (the part sent differs from the part to come).
    void sendingProgressShowsOnPhotosAndChips()
    {
        MessageListModel messages;
        messages.reset(ConversationId, SellerId);
        store::OutboxEntry entry;
        entry.clientId = u"c-files"_s;
        entry.conversationId = ConversationId;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.sequence = 1;
        for (const auto &[name, mime] : {std::pair{u"desk.png"_s, u"image/png"_s},
                                         std::pair{u"receipt.pdf"_s, u"application/pdf"_s}}) {
            store::OutboxAttachment file;
            file.name = name;
            file.mime = mime;
            file.size = 1000;
            entry.attachments.append(file);
        }
        messages.addPending(entry);
        messages.setUploadProgress(entry.clientId, 0, 500);
        messages.setUploadProgress(entry.clientId, 1, 500);
        messages.flush();
        const QModelIndex index = messages.index(messages.rowCount() - 1);
        constexpr int Width = 600;
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            const int height =
                m_messageDelegate.sizeHint(option(Width, 0, palette), index).height();
            const QStyleOptionViewItem opt = option(Width, height, palette);
            const ui::MessageDelegate::Geometry g = m_messageDelegate.geometry(opt, index);
            QCOMPARE(g.attachments.size(), 2);
            QImage image(Width, height, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                m_messageDelegate.paint(&painter, opt, index);
            }
            const QRect photo = g.attachments.at(0);
            const int inset = std::min(12, photo.width() / 8);
            const int barY = photo.bottom() - inset - 1;
            const int barLeft = photo.left() + inset;
            const int barWidth = photo.width() - 2 * inset;
            const QRgb sent = image.pixel(barLeft + barWidth / 4, barY);
            const QRgb toCome = image.pixel(barLeft + barWidth * 3 / 4, barY);
            QVERIFY2(qGray(sent) > qGray(toCome) + 40,
                     qPrintable(u"bar %1 vs %2"_s.arg(qGray(sent)).arg(qGray(toCome))));
            const QRect chip = g.attachments.at(1);
            QVERIFY(image.pixel(chip.left() + chip.width() / 4, chip.top() + 3) !=
                    image.pixel(chip.left() + chip.width() * 3 / 4, chip.top() + 3));
        }
    }

    void pendingAndFailedBubbles()
    {
        store::OutboxEntry entry;
        entry.clientId = u"c-1"_s;
        entry.conversationId = ConversationId;
        entry.body = LongPreview;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.sequence = 1;
        m_messages.addPending(entry);
        m_messages.flush();
        const QModelIndex pending = m_messages.index(m_messages.rowCount() - 1);
        QCOMPARE(pending.data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>(),
                 MessageListModel::Delivery::Pending);
        entry.state = store::OutboxEntry::State::Failed;
        entry.lastError = u"The conversation is closed."_s;
        for (int width : m_widths) {
            const QPalette palette = QApplication::style()->standardPalette();
            const int height =
                m_messageDelegate.sizeHint(option(width, 0, palette), pending).height();
            const ui::MessageDelegate::Geometry g =
                m_messageDelegate.geometry(option(width, height, palette), pending);
            QVERIFY(g.bubble.right() >= width - 1 - 16);
            QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            m_messageDelegate.paint(&painter, option(width, height, palette), pending);
        }
        m_messages.updatePending(entry);
        m_messages.flush();
        const QModelIndex failed = m_messages.index(m_messages.rowCount() - 1);
        QCOMPARE(failed.data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>(),
                 MessageListModel::Delivery::Failed);
        for (int width : m_widths) {
            const QPalette palette = darkPalette();
            const int height =
                m_messageDelegate.sizeHint(option(width, 0, palette), failed).height();
            const ui::MessageDelegate::Geometry g =
                m_messageDelegate.geometry(option(width, height, palette), failed);
            QVERIFY(g.bubble.width() <= std::max(120, int(width * 0.72)));
            QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            m_messageDelegate.paint(&painter, option(width, height, palette), failed);
        }
    }
};

QTEST_MAIN(UiDelegatesTest)
#include "tst_ui_delegates.moc"
