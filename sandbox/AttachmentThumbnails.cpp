#include "AttachmentThumbnails.h"

#include "Logging.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QtConcurrent>

namespace envisage::sandbox {

namespace {

QSize thumbnailSize(QSize size)
{
    if (size.width() <= AttachmentThumbnails::MaxSide &&
        size.height() <= AttachmentThumbnails::MaxSide)
        return size;
    return size
        .scaled(AttachmentThumbnails::MaxSide, AttachmentThumbnails::MaxSide, Qt::KeepAspectRatio)
        .expandedTo(QSize(1, 1));
}

// JPEG has no alpha: transparent pixels would turn black.
QImage onWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

} // namespace

AttachmentThumbnails::AttachmentThumbnails(QObject *parent) : QObject(parent)
{
    // One image at a time: decoding a 50-megapixel image takes ~200 MB, and the sandbox
    // shares its machine with the app it serves.
    m_pool.setMaxThreadCount(1);
}

AttachmentThumbnails::~AttachmentThumbnails()
{
    m_pool.waitForDone();
}

bool AttachmentThumbnails::render(const QString &source, const QString &target)
{
    QImageReader reader(source);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid())
        return false;
    // setScaledSize applies before the EXIF rotation; scaling both sides alike keeps
    // the bound whichever way the image turns.
    reader.setScaledSize(thumbnailSize(size));
    QImage image = reader.read();
    if (image.isNull())
        return false;
    if (image.width() > MaxSide || image.height() > MaxSide) // a reader that ignored the size
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    const QString partial = target + QStringLiteral(".part");
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFile::ReadOwner | QFile::WriteOwner))
        return false;
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(JpegQuality);
    const bool written = writer.write(onWhite(image));
    file.close();
    QFile::remove(target);
    if (!written || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return false;
    }
    return true;
}

void AttachmentThumbnails::make(const QString &source, const QString &target)
{
    if (m_pending.contains(target))
        return;
    QFuture<bool> job = QtConcurrent::run(&m_pool, &AttachmentThumbnails::render, source, target);
    m_pending.insert(target, job);
    job.then(this, [this, target](bool written) {
        m_pending.remove(target);
        if (!written)
            qCWarning(lcSandboxApi) << "could not make the thumbnail" << target;
        Q_EMIT finished(target, written);
    });
}

QByteArray AttachmentThumbnails::bytes(const QString &source, const QString &target)
{
    QFile file(target);
    if (!file.exists()) {
        make(source, target);
        // The rare request that comes before its job is done waits for that one job. A
        // copy: when the job had not started, waitForFinished() runs it here, and then its
        // continuation too (on this thread), which removes the pending entry.
        if (m_pending.contains(target)) {
            QFuture<bool> job = m_pending.value(target);
            job.waitForFinished();
        }
    }
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace envisage::sandbox
