// The fast path of frame decoding. Servers send nearly every frame as one flat object of
// strings ({"event":…,"channel":…,"data":"<JSON text>"}); QJsonDocument would build that
// outer object and copy the escaped data character by character before the data is
// parsed a second time. Here the envelope is scanned once, the data string unescaped
// into UTF-8, and only the data is parsed. Anything else returns nothing and the general
// decoder runs (tests/fuzz checks that both agree).
#include "PusherFrame.h"

#include <QJsonDocument>

namespace envisage::realtime::PusherFrames {

namespace {

class EnvelopeScanner
{
public:
    explicit EnvelopeScanner(const QByteArray &bytes)
        : m_p(bytes.constData()), m_end(bytes.constData() + bytes.size())
    {
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // A JSON string, unescaped into UTF-8. False on anything malformed.
    bool string(QByteArray *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            ++m_p;
        }
        *out = QByteArray(start, qsizetype(m_p - start));
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                out->append(c);
                continue;
            }
            if (m_p == m_end)
                return false;
            switch (*m_p++) {
            case '"': out->append('"'); break;
            case '\\': out->append('\\'); break;
            case '/': out->append('/'); break;
            case 'b': out->append('\b'); break;
            case 'f': out->append('\f'); break;
            case 'n': out->append('\n'); break;
            case 'r': out->append('\r'); break;
            case 't': out->append('\t'); break;
            case 'u':
                if (!unicodeEscape(out))
                    return false;
                break;
            default:
                return false;
            }
        }
        return false;
    }

private:
    bool hex4(char32_t *value)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t result = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            result <<= 4;
            if (c >= '0' && c <= '9')
                result |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                result |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                result |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *value = result;
        return true;
    }

    bool unicodeEscape(QByteArray *out)
    {
        char32_t code = 0;
        if (!hex4(&code))
            return false;
        if (code >= 0xD800 && code <= 0xDBFF) {
            char32_t low = 0;
            if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                return false; // a lone surrogate: leave it to the general decoder
            m_p += 2;
            if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
            return false;
        }
        const QString text = QString::fromUcs4(&code, 1);
        out->append(text.toUtf8());
        return true;
    }

    const char *m_p;
    const char *m_end;
};

// JSON text must be UTF-8; the general decoder refuses anything else, and so do we.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const unsigned char *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        if ((*p & 0xE0) == 0xC0) {
            length = 2;
            code = *p & 0x1F;
        } else if ((*p & 0xF0) == 0xE0) {
            length = 3;
            code = *p & 0x0F;
        } else if ((*p & 0xF8) == 0xF0) {
            length = 4;
            code = *p & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false; // overlong, out of range or a surrogate
        p += length;
    }
    return true;
}

} // namespace

std::optional<PusherFrame> scanEnvelope(const QByteArray &bytes)
{
    if (!isValidUtf8(bytes))
        return std::nullopt;
    EnvelopeScanner scanner(bytes);
    if (!scanner.take('{'))
        return std::nullopt;
    QByteArray event;
    QByteArray channel;
    QByteArray userId;
    QByteArray data;
    bool hasData = false;
    QByteArray key;
    QByteArray value;
    if (!scanner.take('}')) {
        do {
            if (!scanner.string(&key) || !scanner.take(':') || !scanner.string(&value))
                return std::nullopt;
            if (key == "event")
                event = value;
            else if (key == "channel")
                channel = value;
            else if (key == "data") {
                data = value;
                hasData = true;
            } else if (key == "user_id")
                userId = value;
        } while (scanner.take(','));
        if (!scanner.take('}'))
            return std::nullopt;
    }
    if (!scanner.atEnd() || event.isEmpty())
        return std::nullopt;
    PusherFrame frame;
    frame.event = QString::fromUtf8(event);
    frame.channel = QString::fromUtf8(channel);
    frame.userId = QString::fromUtf8(userId);
    if (hasData)
        frame.data = decodeDataBytes(data);
    return frame;
}

} // namespace envisage::realtime::PusherFrames
