#include "OutboxFiles.h"

#include "CoreLogging.h"

#include <QColorSpace>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cstring>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFileDevice::Permissions PrivateFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr int JpegQuality = 90;
constexpr int AllocationLimitMiB = 256; // 50 megapixels as 32-bit pixels fit

bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, PrivateFolder);
}

// A name safe as one path component on every system; the seller's name is kept in the
// entry (it is what the server is told), the copy's name only has to be unique.
QString copyName(int index, const QString &name)
{
    QString safe = name;
    safe.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    if (safe.startsWith(u'.'))
        safe.prepend(u'_');
    return u"%1-%2"_s.arg(index).arg(safe.left(80));
}

// Copies in chunks into a new private file; the reason when it fails.
QString copyPrivately(QIODevice &in, const QString &target)
{
    if (!in.reset())
        return in.errorString();
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile))
        return out.errorString();
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = in.read(buffer.data(), buffer.size());
        if (read < 0)
            return in.errorString();
        if (read == 0)
            break;
        if (out.write(buffer.constData(), read) != read)
            return out.errorString();
    }
    if (!out.flush())
        return out.errorString();
    out.close();
    if (out.error() != QFileDevice::NoError)
        return out.errorString();
    return {};
}

bool pngHasMetadata(QIODevice &file)
{
    if (file.read(8) != QByteArray("\x89PNG\r\n\x1a\n", 8))
        return false;
    for (int chunks = 0; chunks < 10000; ++chunks) {
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            return false;
        const quint32 length = (quint32(uchar(header[0])) << 24) |
                               (quint32(uchar(header[1])) << 16) |
                               (quint32(uchar(header[2])) << 8) | quint32(uchar(header[3]));
        const QByteArray type = header.mid(4, 4);
        if (type == "eXIf" || type == "iTXt" || type == "tEXt" || type == "zTXt")
            return true;
        if (type == "IEND" || !file.seek(file.pos() + qint64(length) + 4))
            return false;
    }
    return false;
}

bool webpHasMetadata(QIODevice &file)
{
    const QByteArray riff = file.read(12);
    if (riff.size() < 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WEBP")
        return false;
    for (int chunks = 0; chunks < 10000; ++chunks) {
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            return false;
        const quint32 length = quint32(uchar(header[4])) | (quint32(uchar(header[5])) << 8) |
                               (quint32(uchar(header[6])) << 16) |
                               (quint32(uchar(header[7])) << 24);
        const QByteArray type = header.left(4);
        if (type == "EXIF" || type == "XMP ")
            return true;
        if (!file.seek(file.pos() + qint64(length) + (length & 1)))
            return false;
    }
    return false;
}

// What to do with a photo before it leaves: encode it again (in this format), or send it
// as it is (no format: not an image, a GIF, or an image without metadata).
QByteArray cleaningFormat(QIODevice &image, const QString &mime)
{
    if (mime == u"image/jpeg"_s)
        return "jpeg"; // always: EXIF, XMP and comments all live in its APP segments
    if ((mime == u"image/png"_s || mime == u"image/webp"_s) &&
        OutboxFiles::hasMetadata(image, mime)) {
        const QByteArray format = mime == u"image/png"_s ? "png" : "webp";
        return QImageWriter::supportedImageFormats().contains(format) ? format : QByteArray();
    }
    return {};
}

} // namespace

OutboxFiles::OpenFiles OutboxFiles::open(const QStringList &files, QString *error)
{
    const auto refuse = [error](const QString &why) {
        *error = why;
        return OpenFiles();
    };
    if (files.size() > MaxFiles)
        return refuse(tr("A message can carry at most %n file(s).", nullptr, MaxFiles));
    OpenFiles result;
    for (const QString &path : files) {
        const QFileInfo info(path);
        if (!info.exists() || !info.isFile())
            return refuse(tr("%1 does not exist.").arg(info.fileName()));
        auto file = std::make_shared<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return refuse(tr("%1 cannot be read.").arg(info.fileName()));
        if (file->size() == 0)
            return refuse(tr("%1 is empty.").arg(info.fileName()));
        if (file->size() > MaxFileSize)
            return refuse(tr("%1 is larger than 10 MB.").arg(info.fileName()));
        result.append(std::move(file));
    }
    return result;
}

bool OutboxFiles::hasMetadata(QIODevice &file, const QString &mime)
{
    if (!file.reset())
        return false;
    if (mime == u"image/png"_s)
        return pngHasMetadata(file);
    if (mime == u"image/webp"_s)
        return webpHasMetadata(file);
    if (mime == u"image/jpeg"_s) {
        // Markers up to the start of the scan; APP1 holds EXIF (and XMP).
        if (file.read(2) != "\xff\xd8")
            return false;
        for (int segments = 0; segments < 1000; ++segments) {
            const QByteArray marker = file.read(4);
            if (marker.size() < 4 || uchar(marker[0]) != 0xff)
                return false;
            const int type = uchar(marker[1]);
            const int length = (uchar(marker[2]) << 8) | uchar(marker[3]);
            if (type == 0xe1 && file.peek(6) == QByteArray("Exif\0\0", 6))
                return true;
            if (type == 0xda || !file.seek(file.pos() + length - 2))
                return false;
        }
    }
    return false;
}

bool OutboxFiles::writeCleanImage(QIODevice &source, const QString &target,
                                  const QByteArray &format, QString *error)
{
    if (!source.reset()) {
        *error = source.errorString();
        return false;
    }
    QImageReader reader(&source, format);
    reader.setAutoTransform(true); // the EXIF orientation, into the pixels
    reader.setAllocationLimit(AllocationLimitMiB);
    const QImage decoded = reader.read();
    if (decoded.isNull()) {
        *error = reader.errorString();
        return false;
    }
    // A copy of the pixels alone: QImage::text() (PNG text chunks, JPEG comments) would
    // be written again by QImageWriter.
    QImage bare(decoded.width(), decoded.height(), decoded.format());
    for (int y = 0; y < decoded.height(); ++y)
        std::memcpy(bare.scanLine(y), decoded.constScanLine(y),
                    size_t(std::min(bare.bytesPerLine(), decoded.bytesPerLine())));
    bare.setColorTable(decoded.colorTable());
    bare.setColorSpace(decoded.colorSpace());
    bare.setDotsPerMeterX(decoded.dotsPerMeterX());
    bare.setDotsPerMeterY(decoded.dotsPerMeterY());
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile)) {
        *error = out.errorString();
        return false;
    }
    QImageWriter writer(&out, format);
    if (format == "jpeg" || format == "webp")
        writer.setQuality(JpegQuality);
    if (!writer.write(bare) || !out.flush()) {
        *error =
            writer.error() != QImageWriter::UnknownError ? writer.errorString() : out.errorString();
        out.close();
        QFile::remove(target);
        return false;
    }
    return true;
}

OutboxFiles::Prepared OutboxFiles::prepare(const OpenFiles &files, const QString &folder,
                                           const QString &messageClientId, bool keepPhotoMetadata)
{
    Prepared result;
    const QString messageFolder = QDir(folder).filePath(messageClientId);
    if (!makePrivateFolder(folder) || !makePrivateFolder(messageFolder)) {
        result.error = tr("The files cannot be kept for sending: the folder %1 cannot be made.")
                           .arg(QDir::toNativeSeparators(messageFolder));
        return result;
    }
    const QMimeDatabase mimes;
    for (int i = 0; i < files.size(); ++i) {
        QFile &source = *files.at(i);
        const QFileInfo info(source.fileName());
        store::OutboxAttachment file;
        file.name = info.fileName();
        source.reset();
        file.mime = mimes.mimeTypeForFileNameAndData(file.name, &source).name();
        file.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        file.path = QDir(messageFolder).filePath(copyName(i, file.name));
        QString problem;
        const QByteArray format =
            keepPhotoMetadata ? QByteArray() : cleaningFormat(source, file.mime);
        bool written = false;
        if (!format.isEmpty()) {
            written = writeCleanImage(source, file.path, format, &problem);
            if (!written) {
                // Not an image it can decode: sent as it is, and the server decides (a
                // photo it cannot decode either is refused there, with its reason).
                qCInfo(lcOutbox) << "a photo could not be cleaned, sending it unchanged:"
                                 << problem;
                QFile::remove(file.path);
                problem.clear();
            }
        }
        if (!written)
            problem = copyPrivately(source, file.path);
        file.size = QFileInfo(file.path).size();
        if (problem.isEmpty() && file.size > MaxFileSize)
            problem = tr("it is larger than 10 MB once its location data is removed");
        if (!problem.isEmpty()) {
            result.error = tr("%1 cannot be kept for sending (is the disk full?): %2")
                               .arg(info.fileName(), problem);
            result.files.clear();
            remove(folder, messageClientId);
            return result;
        }
        result.files.append(file);
    }
    return result;
}

void OutboxFiles::remove(const QString &folder, const QString &messageClientId)
{
    if (folder.isEmpty() || messageClientId.isEmpty())
        return;
    QDir(QDir(folder).filePath(messageClientId)).removeRecursively();
}

void OutboxFiles::removeOrphans(const QString &folder, const QSet<QString> &messageClientIds,
                                qint64 minimumAgeSeconds)
{
    if (folder.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList folders =
        QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &info : folders) {
        if (messageClientIds.contains(info.fileName()) ||
            info.lastModified().secsTo(now) < minimumAgeSeconds)
            continue;
        qCInfo(lcOutbox) << "removing the copies of a message that was never queued";
        QDir(info.filePath()).removeRecursively();
    }
}

} // namespace envisage::inbox
