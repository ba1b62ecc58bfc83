#pragma once
// A one-line plain-text label that elides what does not fit (names and titles come from
// other people, and can be long) instead of widening the window; the whole text is then
// its tool tip (escaped: tool tips read markup). It asks for the whole text's width but
// can be squeezed to a few characters.
#include <QLabel>

namespace envisage::ui {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace envisage::ui
