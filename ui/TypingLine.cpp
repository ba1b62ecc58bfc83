#include "TypingLine.h"

#include <QPainter>

namespace envisage::ui {

TypingLine::TypingLine(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setContentsMargins(10, 2, 10, 2);
    QFont italic = font();
    italic.setItalic(true);
    setFont(italic);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    hide();
}

void TypingLine::setTypingText(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void TypingLine::paintEvent(QPaintEvent *event)
{
    {
        // A pill of the list's own background with a hairline.
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(palette().color(QPalette::Base));
        painter.setPen(palette().color(QPalette::Mid));
        const QRectF pill = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    }
    QLabel::paintEvent(event);
}

} // namespace envisage::ui
