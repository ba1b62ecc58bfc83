#pragma once
// "Ada is typing…" under the message list, as a small pill, shown only while somebody
// types: the line used to be reserved (~21 px of nothing most of the time). When it
// comes, the list's bottom row moves up by its height, as a chat's typing bubble does,
// instead of being covered. Plain text: the names are other people's.
#include <QLabel>

namespace envisage::ui {

class TypingLine : public QLabel
{
    Q_OBJECT
public:
    explicit TypingLine(QWidget *parent = nullptr);

    // Empty hides it.
    void setTypingText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace envisage::ui
