#include "AttachmentInspector.h"

#include "Logging.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString TypeProblem =
    u"The file field must be a file of type: jpg, jpeg, png, gif, webp, pdf."_s;

// The QImageReader format of each accepted image type.
QByteArray imageFormatOf(const QString &mime)
{
    if (mime == u"image/jpeg"_s)
        return "jpeg";
    if (mime == u"image/png"_s)
        return "png";
    if (mime == u"image/gif"_s)
        return "gif";
    if (mime == u"image/webp"_s)
        return "webp";
    return {};
}

// Qt's JPEG reader fills a cut-off scan with grey and reports success (libjpeg only
// warns), so a JPEG must also show its end: an EOI marker after the first scan starts.
// Walking the segments up to that scan skips an EXIF thumbnail, which has an EOI of its
// own; inside entropy-coded data a 0xFF byte is always stuffed, so FF D9 there is EOI.
bool jpegHasEnd(const QByteArray &bytes)
{
    const auto byte = [&bytes](qsizetype i) { return quint8(bytes.at(i)); };
    qsizetype at = 2; // after SOI
    while (at + 4 <= bytes.size()) {
        if (byte(at) != 0xFF)
            return false;
        const quint8 marker = byte(at + 1);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA) // start of scan
            return bytes.indexOf("\xFF\xD9", at + 2) > 0;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2; // markers without a length
            continue;
        }
        at += 2 + ((qsizetype(byte(at + 2)) << 8) | byte(at + 3));
    }
    return false;
}

InspectedFile refused(InspectedFile file, InspectedFile::Refusal refusal, const QString &problem)
{
    file.refusal = refusal;
    file.problem = problem;
    return file;
}

} // namespace

void AttachmentInspector::prepareImageDecoding()
{
    QImageReader::setAllocationLimit(AllocationLimitMiB);
    if (!QImageReader::supportedImageFormats().contains("webp"))
        qCWarning(lcSandboxApi) << "Qt has no WebP image plugin here (qt6-image-formats-plugins):"
                                   " WebP uploads will be refused as undecodable";
}

bool AttachmentInspector::isAcceptedMime(const QString &mime)
{
    return mime == u"application/pdf"_s || !imageFormatOf(mime).isEmpty();
}

InspectedFile AttachmentInspector::inspect(const QByteArray &bytes)
{
    InspectedFile file;
    if (bytes.isEmpty())
        return refused(file, InspectedFile::Refusal::Empty, u"The file must not be empty."_s);
    file.mime = QMimeDatabase().mimeTypeForData(bytes).name();
    if (!isAcceptedMime(file.mime))
        return refused(file, InspectedFile::Refusal::UnsupportedType, TypeProblem);
    if (file.mime == u"application/pdf"_s)
        return file;
    return inspectImage(bytes, file);
}

InspectedFile AttachmentInspector::inspectImage(const QByteArray &bytes, InspectedFile file)
{
    const QString undecodable = u"The file could not be read as an image."_s;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, imageFormatOf(file.mime));
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);
    const QSize declared = reader.size();
    if (!declared.isValid())
        return refused(file, InspectedFile::Refusal::Undecodable, undecodable);
    if (qint64(declared.width()) * declared.height() > MaxPixels)
        return refused(file, InspectedFile::Refusal::TooManyPixels,
                       u"The file field must be an image of at most 50 megapixels "
                       "(this one is %1 × %2)."_s.arg(declared.width())
                           .arg(declared.height()));
    const QImage image = reader.read();
    if (image.isNull() || (file.mime == u"image/jpeg"_s && !jpegHasEnd(bytes))) {
        qCInfo(lcSandboxApi) << "refusing an undecodable" << file.mime << reader.errorString();
        return refused(file, InspectedFile::Refusal::Undecodable, undecodable);
    }
    file.imageSize = image.size();
    return file;
}

} // namespace envisage::sandbox
