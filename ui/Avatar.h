#pragma once
// A person's round avatar as the list and the conversation header paint it: their picture
// when there is one, otherwise their initials on a colour that comes from their id (the
// same person has the same colour everywhere); and the green dot of someone online, on
// the trailing bottom of the circle, ringed in the colour behind it.
#include <QColor>
#include <QPixmap>
#include <QRect>
#include <QString>

class QFont;
class QPainter;

namespace envisage::ui::Avatar {

QColor colourOf(qint64 userId);
// picture: already the circle's size (MarketplacePictures), or null for the initials.
void paint(QPainter *painter, const QRect &circle, const QPixmap &picture, const QString &initials,
           qint64 userId, const QFont &font);
void paintOnlineDot(QPainter *painter, const QRect &circle, Qt::LayoutDirection direction,
                    const QColor &ring);

} // namespace envisage::ui::Avatar
