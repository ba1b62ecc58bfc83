#pragma once
// Decides what an uploaded file is from its bytes (never from its name or declared
// type) and whether the marketplace accepts it (marketplace-api.md §4): JPEG, PNG,
// GIF, WebP or PDF; an image at most 50 megapixels, its size read from the header
// before anything is decoded, then decoded once, within QImageReader's allocation
// limit, to refuse images that are broken or cut short.
#include <QByteArray>
#include <QSize>
#include <QString>

namespace envisage::sandbox {

struct InspectedFile
{
    enum class Refusal {
        None,
        Empty,
        UnsupportedType, // not one of the five accepted types
        TooManyPixels,   // the header declares more than MaxPixels
        Undecodable,     // broken, truncated, or over the allocation limit
    };

    Refusal refusal = Refusal::None;
    QString problem; // the sentence for the 422, when refused
    QString mime;    // "image/jpeg", … or "application/pdf"
    QSize imageSize; // as displayed (EXIF orientation applied); invalid for documents

    bool accepted() const { return refusal == Refusal::None; }
    bool isImage() const { return imageSize.isValid(); }
};

class AttachmentInspector
{
public:
    static constexpr qint64 MaxPixels = 50'000'000;
    // QImageReader's limit for one decoded image, in MiB: 50 megapixels at 4 bytes each
    // fit; Qt 6.4's default (128) would refuse images the contract accepts.
    static constexpr int AllocationLimitMiB = 256;

    // Raises QImageReader's process-wide allocation limit to AllocationLimitMiB; call once
    // at start-up, before any decoding thread runs.
    static void prepareImageDecoding();
    static bool isAcceptedMime(const QString &mime);

    static InspectedFile inspect(const QByteArray &bytes);

private:
    static InspectedFile inspectImage(const QByteArray &bytes, InspectedFile file);
};

} // namespace envisage::sandbox
