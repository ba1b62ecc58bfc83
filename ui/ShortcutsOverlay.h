#pragma once
// Ctrl+/ : every keyboard shortcut of the window on one card over a dimmed window, so a
// seller can learn to triage from the keyboard. The menus' shortcuts are read from the
// menus themselves when it opens (it cannot go stale); the keys that belong to one place
// (the list, the message box, the photo viewer) are listed with it. Esc, Ctrl+/ again
// or a click beside the card closes it.
#include <QWidget>

class QFrame;
class QMainWindow;
class QVBoxLayout;

namespace envisage::ui {

class ShortcutsOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit ShortcutsOverlay(QMainWindow *window);

    // Shows it (built afresh) or hides it.
    void toggle();
    // Enter sends, or Ctrl+Enter does (the setting): the message box's keys say so.
    void setCtrlEnterSends(bool on) { m_ctrlEnterSends = on; }

    struct Entry
    {
        QString section;
        QString description;
        QString keys; // as Qt names them in this language ("Ctrl+K", "Strg+K")
    };
    // What it shows, in order.
    QList<Entry> entries() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void placeCard(); // over the whole window, the card centred

    QMainWindow *m_window;
    QFrame *m_card = nullptr;
    bool m_ctrlEnterSends = false;
};

} // namespace envisage::ui
