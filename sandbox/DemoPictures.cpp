#include "DemoPictures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <array>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

// A number from the text that does not change between runs (qHash is seeded per process).
quint32 stableHash(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    return (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
           (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
}

// The drawings below use a 100 × 100 canvas.
void drawShadow(QPainter &p, qreal width = 60, qreal y = 86)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 38));
    p.drawEllipse(QPointF(50, y), width / 2, 4);
}

void drawLamp(QPainter &p, QColor colour)
{
    drawShadow(p, 36);
    QRadialGradient glow(QPointF(50, 44), 34);
    glow.setColorAt(0, QColor(255, 236, 170, 150));
    glow.setColorAt(1, QColor(255, 236, 170, 0));
    p.setBrush(glow);
    p.drawEllipse(QPointF(50, 44), 34, 30);
    const QColor brass(0xc8, 0x9b, 0x3c);
    p.setBrush(brass.darker(115));
    p.drawEllipse(QPointF(50, 85), 13, 3.5);
    p.drawRect(QRectF(48.6, 36, 2.8, 49));
    p.setBrush(colour);
    p.drawPolygon(QPolygonF({{38, 14}, {62, 14}, {71, 38}, {29, 38}})); // shade
    p.setBrush(colour.lighter(125));
    p.drawRect(QRectF(38, 14, 24, 3));
}

void drawPendantLamp(QPainter &p, QColor colour)
{
    QRadialGradient glow(QPointF(50, 62), 40);
    glow.setColorAt(0, QColor(255, 236, 170, 170));
    glow.setColorAt(1, QColor(255, 236, 170, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(glow);
    p.drawEllipse(QPointF(50, 62), 40, 30);
    p.setPen(QPen(QColor(0x33, 0x33, 0x38), 1.2));
    p.drawLine(QPointF(50, 0), QPointF(50, 30)); // the cord
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x33, 0x33, 0x38));
    p.drawRect(QRectF(47, 28, 6, 5));
    QPainterPath dome;
    dome.moveTo(22, 60);
    dome.cubicTo(22, 24, 78, 24, 78, 60);
    dome.closeSubpath();
    p.setBrush(colour);
    p.drawPath(dome);
    // The weave.
    p.setClipPath(dome);
    p.setPen(QPen(colour.darker(135), 1));
    for (qreal x = 14; x < 90; x += 5) {
        p.drawLine(QPointF(x, 24), QPointF(x + 14, 62));
        p.drawLine(QPointF(x + 14, 24), QPointF(x, 62));
    }
    p.setClipping(false);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 244, 200));
    p.drawEllipse(QPointF(50, 60), 8, 3.5); // the bulb
}

void drawSideboard(QPainter &p, QColor wood)
{
    drawShadow(p, 86);
    p.setPen(Qt::NoPen);
    p.setBrush(wood.darker(150));
    for (qreal x : {14.0, 82.0})
        p.drawRect(QRectF(x, 72, 4, 13)); // legs
    p.setBrush(wood);
    p.drawRect(QRectF(10, 36, 80, 38));
    p.setBrush(wood.lighter(115));
    p.drawRoundedRect(QRectF(8, 33, 84, 5), 2, 2); // top
    p.setPen(QPen(wood.darker(160), 1.2));
    p.setBrush(Qt::NoBrush);
    for (qreal x : {13.0, 36.5, 60.0}) // three doors
        p.drawRect(QRectF(x, 41, 21, 29));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd4, 0xaf, 0x37));
    for (qreal x : {31.0, 54.5, 65.0})
        p.drawEllipse(QPointF(x, 55), 1.3, 1.3);
    // A vase on it.
    p.setBrush(QColor(0x3a, 0x7c, 0xa5));
    p.drawRoundedRect(QRectF(66, 19, 9, 14), 3, 3);
    p.setPen(QPen(QColor(0x2e, 0x8b, 0x57), 1.2));
    p.drawLine(QPointF(70.5, 19), QPointF(67, 10));
    p.drawLine(QPointF(70.5, 19), QPointF(75, 11));
}

void drawChair(QPainter &p, QColor colour)
{
    drawShadow(p, 64);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x5a, 0x3b, 0x22));
    p.drawRect(QRectF(25, 68, 4, 17));
    p.drawRect(QRectF(71, 68, 4, 17));
    p.setBrush(colour.darker(112));
    p.drawRoundedRect(QRectF(29, 18, 42, 42), 7, 7); // back
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(22, 52, 56, 17), 5, 5); // seat
    p.setBrush(colour.darker(125));
    p.drawRoundedRect(QRectF(16, 42, 12, 27), 5, 5); // arms
    p.drawRoundedRect(QRectF(72, 42, 12, 27), 5, 5);
    p.setBrush(colour.lighter(118));
    p.drawRoundedRect(QRectF(33, 22, 34, 28), 5, 5); // cushion
}

void drawDesk(QPainter &p, QColor wood)
{
    drawShadow(p, 80);
    p.setPen(Qt::NoPen);
    p.setBrush(wood.darker(135));
    p.drawRect(QRectF(18, 50, 4, 35));
    p.drawRect(QRectF(78, 50, 4, 35));
    p.setBrush(wood);
    p.drawRect(QRectF(50, 50, 28, 24)); // drawers
    p.setBrush(wood.lighter(115));
    p.drawRoundedRect(QRectF(12, 44, 76, 7), 2, 2); // top
    p.setPen(QPen(wood.darker(170), 1.2));
    p.drawLine(QPointF(50, 62), QPointF(78, 62));
    p.drawLine(QPointF(61, 56), QPointF(67, 56));
    p.drawLine(QPointF(61, 68), QPointF(67, 68));
    // A small lamp on it, so that it reads as a desk.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x33, 0x33, 0x38));
    p.drawRect(QRectF(25, 41, 8, 3));
    p.drawRect(QRectF(28.2, 30, 1.6, 11));
    p.drawPolygon(QPolygonF({{25, 26}, {33, 26}, {36, 32}, {22, 32}})); // shade
}

void drawShelf(QPainter &p, QColor wood, quint32 hash)
{
    drawShadow(p, 56);
    p.setPen(Qt::NoPen);
    p.setBrush(wood.darker(140));
    p.drawRect(QRectF(26, 10, 48, 76));
    p.setBrush(wood);
    const std::array<QColor, 6> spines = {QColor(0xc0, 0x39, 0x2b), QColor(0x29, 0x80, 0xb9),
                                          QColor(0xf3, 0x9c, 0x12), QColor(0x27, 0xae, 0x60),
                                          QColor(0x8e, 0x44, 0xad), QColor(0xec, 0xe5, 0xd5)};
    for (int shelf = 0; shelf < 4; ++shelf) {
        const qreal floor = 28 + shelf * 18.5;
        qreal x = 30;
        for (int book = 0; x < 68; ++book) {
            const quint32 bits = hash >> ((shelf * 5 + book) % 27);
            const qreal width = 3 + (bits % 3);
            const qreal height = 10 + (bits % 5);
            if (x + width > 70)
                break;
            p.setBrush(spines[(bits + book) % spines.size()]);
            p.drawRect(QRectF(x, floor - height, width, height));
            x += width + 0.6;
        }
        p.setBrush(wood);
        p.drawRect(QRectF(26, floor, 48, 2.5));
    }
    p.setBrush(wood.lighter(112));
    p.drawRect(QRectF(24, 8, 52, 3));
    p.drawRect(QRectF(24, 8, 3, 78));
    p.drawRect(QRectF(73, 8, 3, 78));
}

void drawCamera(QPainter &p)
{
    drawShadow(p, 70, 80);
    p.setPen(Qt::NoPen);
    const QColor body(0x2b, 0x2b, 0x30);
    const QColor silver(0xd5, 0xd8, 0xdc);
    p.setBrush(silver);
    p.drawRoundedRect(QRectF(36, 24, 28, 14), 3, 3); // prism
    p.drawRoundedRect(QRectF(14, 34, 72, 16), 5, 5); // top plate
    p.setBrush(body);
    p.drawRoundedRect(QRectF(14, 46, 72, 30), 5, 5);
    p.setBrush(silver.darker(110));
    p.drawRect(QRectF(20, 30, 8, 5)); // dial
    p.drawRect(QRectF(72, 30, 8, 5));
    p.setBrush(QColor(0x1a, 0x1a, 0x1e));
    p.drawEllipse(QPointF(50, 56), 17, 17);
    p.setBrush(silver);
    p.drawEllipse(QPointF(50, 56), 13, 13);
    QRadialGradient glass(QPointF(46, 52), 11);
    glass.setColorAt(0, QColor(0x6d, 0x8d, 0xc4));
    glass.setColorAt(1, QColor(0x14, 0x1c, 0x33));
    p.setBrush(glass);
    p.drawEllipse(QPointF(50, 56), 10, 10);
    p.setBrush(QColor(255, 255, 255, 170));
    p.drawEllipse(QPointF(46, 52), 2.5, 2.5);
}

void drawBike(QPainter &p, QColor colour)
{
    drawShadow(p, 80, 83);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x26, 0x26, 0x2b), 3.2));
    p.drawEllipse(QPointF(27, 64), 16, 16);
    p.drawEllipse(QPointF(73, 64), 16, 16);
    p.setPen(QPen(QColor(0x9a, 0x9a, 0xa2), 0.8));
    for (int spoke = 0; spoke < 6; ++spoke) {
        const QLineF line = QLineF::fromPolar(15, spoke * 30);
        for (const QPointF hub : {QPointF(27, 64), QPointF(73, 64)})
            p.drawLine(hub - line.p2(), hub + line.p2());
    }
    QPen frame(colour, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(frame);
    QPainterPath path;
    path.moveTo(27, 64);
    path.lineTo(45, 40);
    path.lineTo(51, 64);
    path.closeSubpath();
    path.moveTo(45, 40);
    path.lineTo(69, 40);
    path.lineTo(51, 64);
    path.moveTo(69, 40);
    path.lineTo(73, 64);
    p.drawPath(path);
    p.setPen(QPen(QColor(0x26, 0x26, 0x2b), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(41, 35), QPointF(49, 35)); // saddle
    p.drawLine(QPointF(45, 40), QPointF(45, 36));
    p.drawLine(QPointF(69, 40), QPointF(67, 32)); // stem and bar
    p.drawLine(QPointF(67, 32), QPointF(74, 31));
}

void drawRug(QPainter &p, QColor colour)
{
    drawShadow(p, 84, 82);
    p.setPen(QPen(QColor(0xee, 0xe4, 0xcf), 1));
    for (qreal y = 26; y <= 76; y += 3) { // fringes
        p.drawLine(QPointF(9, y), QPointF(13, y));
        p.drawLine(QPointF(87, y), QPointF(91, y));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRect(QRectF(13, 24, 74, 54));
    p.setBrush(QColor(0xee, 0xe4, 0xcf));
    p.drawRect(QRectF(17, 28, 66, 46));
    p.setBrush(colour.darker(130));
    p.drawRect(QRectF(20, 31, 60, 40));
    p.setBrush(QColor(0xe0, 0xb0, 0x4c));
    p.drawPolygon(QPolygonF({{50, 35}, {70, 51}, {50, 67}, {30, 51}})); // medallion
    p.setBrush(QColor(0x1f, 0x3a, 0x5f));
    p.drawEllipse(QPointF(50, 51), 7, 7);
    for (const QPointF corner :
         {QPointF(25, 36), QPointF(75, 36), QPointF(25, 66), QPointF(75, 66)})
        p.drawEllipse(corner, 2.5, 2.5);
}

void drawCoffeeMachine(QPainter &p, QColor colour)
{
    drawShadow(p, 54);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(26, 16, 48, 70), 6, 6);
    p.setBrush(QColor(0x22, 0x22, 0x26));
    p.drawRoundedRect(QRectF(32, 44, 36, 34), 3, 3);
    p.setBrush(QColor(0xbd, 0xc3, 0xc7));
    p.drawRect(QRectF(40, 44, 20, 6)); // group head
    p.drawRect(QRectF(34, 74, 32, 4)); // drip tray
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(44, 62, 12, 12), 2, 2); // cup
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 1.6));
    p.drawArc(QRectF(53, 64, 7, 6), -90 * 16, 180 * 16);
    p.setPen(QPen(QColor(255, 255, 255, 150), 1.2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(48, 58), QPointF(49, 54));
    p.drawLine(QPointF(52, 58), QPointF(51, 54));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xec, 0xf0, 0xf1));
    p.drawEllipse(QPointF(62, 28), 5, 5); // gauge
    p.setBrush(QColor(0xc0, 0x39, 0x2b));
    p.drawEllipse(QPointF(38, 28), 2.5, 2.5);
}

void drawRecords(QPainter &p, QColor colour)
{
    drawShadow(p, 76);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x15, 0x15, 0x18));
    p.drawEllipse(QPointF(62, 50), 30, 30);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x3a, 0x3a, 0x40), 0.6));
    for (qreal r = 13; r < 29; r += 3)
        p.drawEllipse(QPointF(62, 50), r, r);
    p.setPen(Qt::NoPen);
    p.setBrush(colour.lighter(130));
    p.drawEllipse(QPointF(62, 50), 9, 9);
    p.setBrush(QColor(0x15, 0x15, 0x18));
    p.drawEllipse(QPointF(62, 50), 1.5, 1.5);
    // The sleeve in front, with a sunburst of its own.
    const QRectF sleeve(12, 20, 56, 60);
    p.setBrush(colour);
    p.drawRect(sleeve);
    p.setBrush(colour.lighter(135));
    p.drawEllipse(QPointF(40, 50), 16, 16);
    p.setBrush(colour.darker(140));
    p.drawEllipse(QPointF(40, 50), 7, 7);
    p.setBrush(QColor(255, 255, 255, 60));
    p.drawRect(QRectF(16, 24, 20, 3));
}

void drawSkillet(QPainter &p)
{
    drawShadow(p, 80, 84);
    const QColor iron(0x3b, 0x3d, 0x42);
    p.setPen(Qt::NoPen);
    // A smaller one behind: a set.
    p.setBrush(iron.darker(115));
    p.drawEllipse(QPointF(62, 36), 17, 14);
    p.drawRoundedRect(QRectF(74, 31, 18, 5), 2.5, 2.5);
    p.setBrush(iron);
    p.drawRoundedRect(QRectF(60, 56, 34, 8), 4, 4); // handle
    p.drawEllipse(QPointF(40, 60), 28, 22);
    QRadialGradient inside(QPointF(36, 56), 24);
    inside.setColorAt(0, iron.lighter(160));
    inside.setColorAt(1, iron.lighter(105));
    p.setBrush(inside);
    p.drawEllipse(QPointF(40, 60), 23, 17.5);
    p.setBrush(QColor(0xf5, 0xf5, 0xf5));
    p.drawEllipse(QPointF(89, 60), 1.6, 1.6); // the hole to hang it by
}

void drawParcel(QPainter &p, QColor colour)
{
    drawShadow(p, 70);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRect(QRectF(20, 38, 44, 46)); // front
    p.setBrush(colour.darker(125));
    p.drawPolygon(QPolygonF({{64, 38}, {82, 28}, {82, 74}, {64, 84}})); // side
    p.setBrush(colour.lighter(118));
    p.drawPolygon(QPolygonF({{20, 38}, {38, 28}, {82, 28}, {64, 38}})); // top
    p.setBrush(QColor(0xe8, 0xd9, 0xa8));
    p.drawRect(QRectF(38, 38, 8, 46));                                  // tape
    p.drawPolygon(QPolygonF({{38, 38}, {56, 28}, {64, 28}, {46, 38}})); // tape
}

} // namespace

DemoPictures::Subject DemoPictures::subjectOf(const QString &listingTitle)
{
    const QString title = listingTitle.toLower();
    const auto any = [&title](std::initializer_list<QStringView> words) {
        return std::any_of(words.begin(), words.end(),
                           [&title](QStringView word) { return title.contains(word); });
    };
    if (any({u"vinyl", u"record"}))
        return Subject::Records;
    if (any({u"skillet", u"frying pan", u"cookware", u"wok"}))
        return Subject::Skillet;
    if (any({u"espresso", u"coffee", u"grinder"}))
        return Subject::CoffeeMachine;
    if (any({u"camera", u"lens", u"olympus", u"canon", u"nikon"}))
        return Subject::Camera;
    if (any({u"bike", u"bicycle"}))
        return Subject::Bike;
    if (any({u"rug", u"carpet", u"kilim"}))
        return Subject::Rug;
    if (any({u"pendant", u"ceiling"}))
        return Subject::PendantLamp;
    if (any({u"lamp", u"light", u"lantern"}))
        return Subject::Lamp;
    if (any({u"shelf", u"bookcase", u"shelves"}))
        return Subject::Shelf;
    if (any({u"chair", u"sofa", u"stool", u"couch", u"armchair"}))
        return Subject::Chair;
    if (any({u"sideboard", u"dresser", u"cabinet", u"chest of drawers"}))
        return Subject::Sideboard;
    if (any({u"desk", u"table"}))
        return Subject::Desk;
    return Subject::Parcel;
}

QImage DemoPictures::listing(const QString &title)
{
    const quint32 hash = stableHash(title);
    const int hue = int(hash % 360);
    QImage image(ListingSize, ListingSize, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, 0, ListingSize);
    background.setColorAt(0, QColor::fromHsv(hue, 28, 250));
    background.setColorAt(1, QColor::fromHsv(hue, 48, 222));
    p.fillRect(image.rect(), background);
    p.scale(ListingSize / 100.0, ListingSize / 100.0);
    const QColor accent = QColor::fromHsv((hue + 180) % 360, 150, 190);
    const QColor wood = QColor::fromHsv(26 + int(hash % 12), 140 + int(hash % 50), 150);
    switch (subjectOf(title)) {
    case Subject::Lamp:
        drawLamp(p, accent);
        break;
    case Subject::PendantLamp:
        drawPendantLamp(p, QColor(0xc8, 0x9a, 0x5b));
        break;
    case Subject::Chair:
        drawChair(p, accent);
        break;
    case Subject::Sideboard:
        drawSideboard(p, wood);
        break;
    case Subject::Desk:
        drawDesk(p, wood);
        break;
    case Subject::Shelf:
        drawShelf(p, wood, hash);
        break;
    case Subject::Camera:
        drawCamera(p);
        break;
    case Subject::Bike:
        drawBike(p, accent);
        break;
    case Subject::Rug:
        drawRug(p, QColor::fromHsv(int(hash % 20), 170, 150));
        break;
    case Subject::CoffeeMachine:
        drawCoffeeMachine(p, accent);
        break;
    case Subject::Records:
        drawRecords(p, accent);
        break;
    case Subject::Skillet:
        drawSkillet(p);
        break;
    case Subject::Parcel:
        drawParcel(p, QColor(0xc8, 0x9f, 0x6a));
        break;
    }
    return image;
}

QImage DemoPictures::avatar(qint64 userId)
{
    const quint32 hash = stableHash(u"avatar-%1"_s.arg(userId));
    static const std::array<QColor, 6> backgrounds = {
        QColor(0xbf, 0xdb, 0xfe), QColor(0xfd, 0xe6, 0x8a), QColor(0xbb, 0xf7, 0xd0),
        QColor(0xfb, 0xcf, 0xe8), QColor(0xdd, 0xd6, 0xfe), QColor(0xfe, 0xd7, 0xaa)};
    static const std::array<QColor, 5> skins = {QColor(0xf6, 0xd5, 0xb8), QColor(0xe8, 0xb8, 0x8f),
                                                QColor(0xc6, 0x8b, 0x5e), QColor(0x9a, 0x62, 0x3c),
                                                QColor(0x6b, 0x43, 0x2a)};
    static const std::array<QColor, 5> hairs = {QColor(0x2b, 0x1d, 0x14), QColor(0x5a, 0x38, 0x1e),
                                                QColor(0xa8, 0x6b, 0x32), QColor(0xd9, 0xb3, 0x6c),
                                                QColor(0x8a, 0x8a, 0x8a)};
    static const std::array<QColor, 5> shirts = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x7d, 0x32),
                                                 QColor(0xc6, 0x28, 0x28), QColor(0x6a, 0x1b, 0x9a),
                                                 QColor(0x37, 0x47, 0x4f)};
    const QColor skin = skins[(hash >> 4) % skins.size()];
    const QColor hair = hairs[(hash >> 8) % hairs.size()];
    const int style = int((hash >> 12) % 4);

    QImage image(AvatarSize, AvatarSize, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(image.rect(), backgrounds[hash % backgrounds.size()]);
    p.scale(AvatarSize / 100.0, AvatarSize / 100.0);
    p.setPen(Qt::NoPen);
    if (style == 1) { // long hair, behind the head and shoulders
        p.setBrush(hair);
        p.drawRoundedRect(QRectF(27, 28, 46, 52), 20, 20);
    }
    p.setBrush(shirts[(hash >> 16) % shirts.size()]);
    p.drawEllipse(QPointF(50, 104), 40, 30); // shoulders
    p.setBrush(skin.darker(108));
    p.drawRect(QRectF(44, 58, 12, 14)); // neck
    p.setBrush(skin);
    p.drawEllipse(QPointF(50, 44), 19, 22);   // head
    p.drawEllipse(QPointF(31.5, 46), 3.5, 5); // ears
    p.drawEllipse(QPointF(68.5, 46), 3.5, 5);
    p.setBrush(hair);
    QPainterPath cap;
    cap.moveTo(30.5, 44);
    cap.cubicTo(28, 18, 72, 18, 69.5, 44);
    cap.cubicTo(64, 32, 40, 30, 30.5, 44);
    p.drawPath(cap);
    if (style == 2) // a bun
        p.drawEllipse(QPointF(50, 18), 8, 7);
    if (style == 3) { // curls
        for (int i = 0; i < 7; ++i)
            p.drawEllipse(QLineF::fromPolar(19, 12 + i * 26).p2() + QPointF(50, 42), 5.5, 5.5);
    }
    p.setBrush(QColor(0x2b, 0x22, 0x1c));
    p.drawEllipse(QPointF(43, 46), 1.8, 2.2); // eyes
    p.drawEllipse(QPointF(57, 46), 1.8, 2.2);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(skin.darker(150), 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(43, 49, 14, 9), -20 * 16, -140 * 16); // smile
    return image;
}

QByteArray DemoPictures::png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace envisage::sandbox
