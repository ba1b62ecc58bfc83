#pragma once
// Files for the attachment tests (and bench-attachments), made in code: images Qt encodes, and the
// broken or hostile bytes a server must refuse (a PNG header that declares 30000 × 30000, a cut-off
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

// The JPEG with an EXIF APP1 segment right after SOI that says "rotate 90° clockwise to
// show" (orientation 6) and carries a GPS position, as a phone's photo does.
inline QByteArray withExifOrientationAndGps(const QByteArray &jpeg)
{
    // TIFF, big-endian: IFD0 (orientation, GPS pointer), the GPS IFD (latitude ref and
    // latitude), the latitude's three rationals.
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);
    const auto u16 = [&tiff](quint16 v) { tiff.append(char(v >> 8)).append(char(v & 0xff)); };
    const auto u32 = [&tiff](quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            tiff.append(char((v >> shift) & 0xff));
    };
    u16(2); // IFD0: 2 entries
    u16(0x0112);
    u16(3);
    u32(1); // Orientation, SHORT, 1
    u16(6);
    u16(0); //   = 6
    u16(0x8825);
    u16(4);
    u32(1);  // GPSInfo, LONG, 1
    u32(38); //   the GPS IFD's offset
    u32(0);  // no next IFD
    u16(2);  // GPS IFD at 38: 2 entries
    u16(0x0001);
    u16(2);
    u32(2); // GPSLatitudeRef, ASCII, 2
    tiff.append("N\0\0\0", 4);
    u16(0x0002);
    u16(5);
    u32(3);  // GPSLatitude, RATIONAL, 3
    u32(68); //   at 68
    u32(0);
    u32(48);
    u32(1);
    u32(51);
    u32(1);
    u32(2400);
    u32(100); // 48° 51' 24"
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xff\xe1", 2);
    const int length = int(payload.size()) + 2;
    app1.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    return jpeg.left(2) + app1 + jpeg.mid(2); // right after SOI
}

} // namespace envisage::testing::samples
