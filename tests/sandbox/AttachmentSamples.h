#pragma once
// Files for the attachment tests, made in code: images Qt encodes, and the broken or
// hostile bytes a server must refuse (a PNG header that declares 30000 × 30000, a cut-off
// JPEG, an executable with a photo's name).
#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QtEndian>

namespace envisage::testing::samples {

// A photo-like image: noise, so that JPEG cannot shrink it to nothing.
inline QImage noiseImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = 12345;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            state = state * 1664525u + 1013904223u;
            line[x] = qRgb(int(state >> 24), (x * 255) / width, (y * 255) / height);
        }
    }
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format, int quality = 85)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

inline QByteArray jpeg(int width = 1600, int height = 1200)
{
    return encoded(noiseImage(width, height), "JPEG");
}

inline QByteArray png(int width = 64, int height = 48)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    return encoded(image, "PNG");
}

// The smallest GIF: one white pixel (Qt reads GIF but does not write it).
inline QByteArray gif()
{
    return QByteArray::fromHex("47494638396101000100800000ffffff00000021f90401000000002c000000"
                               "00010001000002024401003b");
}

inline QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                             "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                             "trailer << /Root 1 0 R >>\n%%EOF\n");
}

inline QByteArray elfExecutable()
{
    QByteArray bytes = QByteArray::fromHex("7f454c460201010000000000000000000200"
                                           "3e0001000000");
    bytes.append(4096 - bytes.size(), '\0');
    return bytes;
}

inline quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    chunk += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return chunk + crc;
}

// A valid PNG header (IHDR with a correct CRC) declaring width × height, a tiny IDAT
// and IEND: a decompression bomb as a server first sees it.
inline QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(width, header.data());
    qToBigEndian<quint32>(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // RGB
    return QByteArray::fromHex("89504e470d0a1a0a") + pngChunk("IHDR", header) +
           pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
}

} // namespace envisage::testing::samples
