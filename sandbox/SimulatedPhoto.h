#pragma once
// The photos the demo's simulated buyers send (marketplace-api.md §4), drawn in code so
// that the sandbox ships no image files: a room's wall and floor, the object of the
// listing as a silhouette (a lamp, a chair, a desk or a box, picked from its title), a
// scratch on it, and a few lines of grain. The same seed and title give the same JPEG.
// Shapes only: the sandbox runs without a QGuiApplication, so no fonts can be used.
#include <QByteArray>
#include <QImage>
#include <QString>

namespace envisage::sandbox {

class SimulatedPhoto
{
public:
    static constexpr int Width = 800;
    static constexpr int Height = 600;

    enum class Subject { Lamp, Chair, Desk, Box };
    static Subject subjectOf(const QString &listingTitle);

    static QImage draw(const QString &listingTitle, quint32 seed);
    // The picture as a JPEG file's bytes.
    static QByteArray jpeg(const QString &listingTitle, quint32 seed);
    // "walnut-desk.jpg": what a phone would not call it, but readable in the bubble.
    static QString fileName(const QString &listingTitle);
};

} // namespace envisage::sandbox
