#include "Avatar.h"

#include <QFont>
#include <QPainter>
#include <QStyle>

#include <iterator>

namespace envisage::ui::Avatar {

QColor colourOf(qint64 userId)
{
    static const QColor palette[] = {QColor(0x3d, 0x7e, 0xea), QColor(0x2e, 0x9e, 0x6a),
                                     QColor(0xd9, 0x6c, 0x2b), QColor(0x8e, 0x5a, 0xc8),
                                     QColor(0xc8, 0x43, 0x6b), QColor(0x1f, 0x8f, 0x9f)};
    return palette[quint64(userId) % std::size(palette)];
}

void paint(QPainter *painter, const QRect &circle, const QPixmap &picture, const QString &initials,
           qint64 userId, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (!picture.isNull()) {
        painter->drawPixmap(circle, picture);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colourOf(userId));
        painter->drawEllipse(circle);
        QFont initialsFont = font;
        initialsFont.setBold(true);
        initialsFont.setPixelSize(std::max(10, circle.height() * 2 / 5));
        painter->setFont(initialsFont);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, initials);
    }
    painter->restore();
}

void paintOnlineDot(QPainter *painter, const QRect &circle, Qt::LayoutDirection direction,
                    const QColor &ring)
{
    const int dot = std::max(8, circle.width() / 4);
    const QRect dotRect = QStyle::visualRect(
        direction, circle, QRect(circle.right() - dot + 2, circle.bottom() - dot + 2, dot, dot));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ring, 2));
    painter->setBrush(QColor(0x2e, 0xb8, 0x5c));
    painter->drawEllipse(dotRect);
    painter->restore();
}

} // namespace envisage::ui::Avatar
