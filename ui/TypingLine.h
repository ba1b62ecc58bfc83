#pragma once
// "Ada is typing…" on the bottom edge of the message list, shown only while somebody
// types. It floats over the list instead of holding a line of its own: a reserved line
// was ~21 px of nothing most of the time, and a line that came and went made the list
// jump. Plain text: the names are other people's.
#include <QLabel>

class QAbstractScrollArea;

namespace envisage::ui {

class TypingLine : public QLabel
{
    Q_OBJECT
public:
    explicit TypingLine(QAbstractScrollArea *list);

    // Empty hides it.
    void setTypingText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void place();

    QAbstractScrollArea *m_list;
};

} // namespace envisage::ui
