#include "SimulatedPhoto.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

void drawRoom(QPainter &p, QRandomGenerator &random)
{
    const int floorTop = SimulatedPhoto::Height * 2 / 3;
    // A warm wall, a little lighter at the top as under a window.
    QLinearGradient wall(0, 0, 0, floorTop);
    const int hue = 20 + int(random.bounded(30));
    wall.setColorAt(0, QColor::fromHsv(hue, 30, 240));
    wall.setColorAt(1, QColor::fromHsv(hue, 45, 205));
    p.fillRect(0, 0, SimulatedPhoto::Width, floorTop, wall);
    // Floorboards.
    p.fillRect(0, floorTop, SimulatedPhoto::Width, SimulatedPhoto::Height - floorTop,
               QColor::fromHsv(28, 120, 150));
    p.setPen(QPen(QColor::fromHsv(28, 130, 115), 2));
    for (int y = floorTop + 22; y < SimulatedPhoto::Height; y += 26)
        p.drawLine(0, y, SimulatedPhoto::Width, y + int(random.bounded(5)) - 2);
}

void drawLamp(QPainter &p, QColor colour)
{
    const int cx = SimulatedPhoto::Width / 2;
    const int floorY = SimulatedPhoto::Height * 2 / 3 + 60;
    p.setPen(Qt::NoPen);
    p.setBrush(colour.darker(140));
    p.drawEllipse(QPoint(cx, floorY), 70, 16); // base
    p.drawRect(cx - 6, 170, 12, floorY - 170); // stem
    QPainterPath shade;
    shade.moveTo(cx - 60, 90);
    shade.lineTo(cx + 60, 90);
    shade.lineTo(cx + 110, 200);
    shade.lineTo(cx - 110, 200);
    shade.closeSubpath();
    p.setBrush(colour);
    p.drawPath(shade);
    // The light it throws on the wall.
    QRadialGradient glow(QPointF(cx, 230), 220);
    glow.setColorAt(0, QColor(255, 240, 190, 120));
    glow.setColorAt(1, QColor(255, 240, 190, 0));
    p.setBrush(glow);
    p.drawEllipse(QPoint(cx, 230), 220, 140);
}

void drawChair(QPainter &p, QColor colour)
{
    const int floorY = SimulatedPhoto::Height * 2 / 3 + 70;
    p.setPen(Qt::NoPen);
    p.setBrush(colour.darker(160));
    // Legs.
    for (int x : {270, 510})
        p.drawRect(x, 330, 18, floorY - 330);
    for (int x : {310, 470})
        p.drawRect(x, 330, 14, floorY - 30 - 330);
    p.setBrush(colour);
    p.drawRoundedRect(QRect(250, 300, 290, 50), 14, 14);  // seat
    p.drawRoundedRect(QRect(280, 110, 230, 200), 24, 24); // back
    p.drawRoundedRect(QRect(220, 230, 50, 110), 12, 12);  // arms
    p.drawRoundedRect(QRect(520, 230, 50, 110), 12, 12);
}

void drawDesk(QPainter &p, QColor colour)
{
    const int floorY = SimulatedPhoto::Height * 2 / 3 + 70;
    p.setPen(Qt::NoPen);
    p.setBrush(colour.darker(130));
    p.drawRect(170, 250, 460, 30); // top
    p.setBrush(colour.darker(170));
    p.drawRect(185, 280, 22, floorY - 280);
    p.drawRect(593, 280, 22, floorY - 280);
    p.setBrush(colour);
    p.drawRect(420, 280, 170, 110); // drawers
    p.setPen(QPen(colour.darker(200), 3));
    p.drawLine(420, 335, 590, 335);
    p.drawLine(490, 305, 520, 305);
    p.drawLine(490, 360, 520, 360);
}

void drawBox(QPainter &p, QColor colour)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRect(250, 220, 300, 230);
    p.setBrush(colour.darker(130));
    QPainterPath side;
    side.moveTo(550, 220);
    side.lineTo(620, 180);
    side.lineTo(620, 400);
    side.lineTo(550, 450);
    side.closeSubpath();
    p.drawPath(side);
    p.setBrush(colour.lighter(120));
    QPainterPath top;
    top.moveTo(250, 220);
    top.lineTo(320, 180);
    top.lineTo(620, 180);
    top.lineTo(550, 220);
    top.closeSubpath();
    p.drawPath(top);
}

// Where a scratch can start so that it stays on the object.
QRect scratchArea(SimulatedPhoto::Subject subject)
{
    switch (subject) {
    case SimulatedPhoto::Subject::Lamp:
        return {320, 130, 60, 40};
    case SimulatedPhoto::Subject::Chair:
        return {300, 140, 110, 110};
    case SimulatedPhoto::Subject::Desk:
        return {430, 290, 60, 70};
    case SimulatedPhoto::Subject::Box:
        return {270, 250, 170, 150};
    }
    return {300, 240, 150, 80};
}

// A pale jagged line across the object, and a ring around it as a buyer would mark it.
void drawScratch(QPainter &p, QRandomGenerator &random, QRect area)
{
    QPointF at(area.left() + random.bounded(area.width()),
               area.top() + random.bounded(area.height()));
    QPainterPath scratch(at);
    for (int i = 0; i < 6; ++i) {
        at += QPointF(14 + random.bounded(10), random.bounded(13) - 6);
        scratch.lineTo(at);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(250, 245, 235), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(scratch);
    p.setPen(QPen(QColor(220, 40, 40), 5));
    p.drawEllipse(scratch.boundingRect().adjusted(-30, -30, 30, 30));
}

} // namespace

SimulatedPhoto::Subject SimulatedPhoto::subjectOf(const QString &listingTitle)
{
    const QString title = listingTitle.toLower();
    if (title.contains(u"lamp"_s) || title.contains(u"light"_s))
        return Subject::Lamp;
    if (title.contains(u"chair"_s) || title.contains(u"sofa"_s))
        return Subject::Chair;
    if (title.contains(u"desk"_s) || title.contains(u"table"_s) || title.contains(u"sideboard"_s))
        return Subject::Desk;
    return Subject::Box;
}

QImage SimulatedPhoto::draw(const QString &listingTitle, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(Width, Height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawRoom(p, random);
    const QColor colour = QColor::fromHsv(int(random.bounded(360)), 90 + int(random.bounded(80)),
                                          110 + int(random.bounded(60)));
    switch (subjectOf(listingTitle)) {
    case Subject::Lamp:
        drawLamp(p, colour);
        break;
    case Subject::Chair:
        drawChair(p, colour);
        break;
    case Subject::Desk:
        drawDesk(p, colour);
        break;
    case Subject::Box:
        drawBox(p, colour);
        break;
    }
    drawScratch(p, random, scratchArea(subjectOf(listingTitle)));
    return image;
}

QByteArray SimulatedPhoto::jpeg(const QString &listingTitle, quint32 seed)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    if (!writer.write(draw(listingTitle, seed)))
        return {};
    return bytes;
}

QString SimulatedPhoto::fileName(const QString &listingTitle)
{
    QString slug;
    for (const QChar c : listingTitle.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return (slug.isEmpty() ? u"photo"_s : slug.left(40)) + u".jpg"_s;
}

} // namespace envisage::sandbox
