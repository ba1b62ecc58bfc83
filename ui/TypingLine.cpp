#include "TypingLine.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>

namespace envisage::ui {

namespace {
constexpr int Margin = 8; // from the list's leading and bottom edges
}

// A child of the list, not of its viewport: the viewport scrolls its children with it.
TypingLine::TypingLine(QAbstractScrollArea *list) : QLabel(list), m_list(list)
{
    setTextFormat(Qt::PlainText);
    setContentsMargins(10, 3, 10, 3);
    QFont italic = font();
    italic.setItalic(true);
    setFont(italic);
    setAttribute(Qt::WA_TransparentForMouseEvents); // the rows under it stay clickable
    list->installEventFilter(this);
    hide();
}

void TypingLine::setTypingText(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        place();
        raise();
    }
}

bool TypingLine::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QLabel::eventFilter(watched, event);
}

void TypingLine::place()
{
    const QRect viewport = m_list->viewport()->geometry();
    const QSize size =
        sizeHint().boundedTo(QSize(viewport.width() - 2 * Margin, sizeHint().height()));
    const int x =
        isRightToLeft() ? viewport.right() - Margin - size.width() : viewport.left() + Margin;
    setGeometry(QRect(QPoint(x, viewport.bottom() - Margin - size.height()), size));
}

void TypingLine::paintEvent(QPaintEvent *event)
{
    {
        // A pill of the list's own background with a hairline, so it reads over a bubble.
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = palette().color(QPalette::Base);
        fill.setAlpha(235);
        painter.setBrush(fill);
        painter.setPen(palette().color(QPalette::Mid));
        const QRectF pill = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    }
    QLabel::paintEvent(event);
}

} // namespace envisage::ui
