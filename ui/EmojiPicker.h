#pragma once
// The composer's emoji button opens this: the seller's recent emoji on top, then a short
// list by kind (faces, hands, the shop's things), each a click away. Qt has no picker of
// its own and a seller needs a few dozen, not the whole of Unicode; the colour comes from
// the system's emoji font (fonts-noto-color-emoji on Debian, which the .deb recommends).
#include <QFrame>
#include <QStringList>

class QGridLayout;
class QToolButton;

namespace envisage::ui {

// The emoji the seller chose last, newest first, kept in QSettings across runs.
class RecentEmoji
{
public:
    static constexpr int Kept = 16;

    static QStringList load();
    // Moves `emoji` to the front (adding it when new) and saves; returns the new list.
    static QStringList use(const QString &emoji);
};

class EmojiPicker : public QFrame
{
    Q_OBJECT
public:
    explicit EmojiPicker(QWidget *parent = nullptr);

    // Opens as a popup next to `anchor` (above it when there is no room below).
    void popUpNextTo(const QWidget *anchor);
    // The button of an emoji, for tests (nullptr when not shown).
    QToolButton *buttonFor(const QString &emoji, bool inRecent = false) const;

    // The emoji offered, by kind; every one a single grapheme the font draws.
    struct Group
    {
        const char *title; // translated in the picker's context
        QStringList emoji;
    };
    static QList<Group> groups();

Q_SIGNALS:
    void emojiChosen(const QString &emoji);

private:
    void showRecent();
    QToolButton *makeButton(const QString &emoji);

    QGridLayout *m_recent;
    QWidget *m_recentSection;
};

} // namespace envisage::ui
