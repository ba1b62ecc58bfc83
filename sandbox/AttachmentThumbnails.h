#pragma once
// JPEG thumbnails of uploaded images (longest side at most MaxSide), made on a worker
// thread as soon as an image is stored, so that a request never decodes a large image
// for them on the sandbox thread unless it asks before the worker is done (it then
// waits for that one job). Each is written next to its image (Attachments::
// thumbnailPath), owner-only, under a temporary name renamed when complete.
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace envisage::sandbox {

class AttachmentThumbnails : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxSide = 320;
    static constexpr int JpegQuality = 80;

    explicit AttachmentThumbnails(QObject *parent = nullptr);
    ~AttachmentThumbnails() override; // waits for the jobs under way

    // Starts making the thumbnail of `source` at `target` (nothing when under way).
    void make(const QString &source, const QString &target);
    // The thumbnail's bytes: at once when written, else after its job (started now if
    // none is under way, e.g. after a restart); empty when the image cannot be read.
    QByteArray bytes(const QString &source, const QString &target);

    // The job: reads `source` scaled while decoding where the format allows, flattens
    // transparency onto white, writes a JPEG. False when any step fails.
    static bool render(const QString &source, const QString &target);

Q_SIGNALS:
    // A job ended (tests wait for it).
    void finished(const QString &target, bool written);

private:
    QThreadPool m_pool;
    QHash<QString, QFuture<bool>> m_pending; // by target path
};

} // namespace envisage::sandbox
