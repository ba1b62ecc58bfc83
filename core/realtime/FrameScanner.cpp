// The fast path of frame decoding. Servers send nearly every frame as one flat object of
// strings ({"event":…,"channel":…,"data":"<JSON text>"}); QJsonDocument would build that
// outer object and copy the escaped data character by character before the data is
// parsed a second time. Here the envelope is scanned once, the data string unescaped
// into UTF-8, and only the data is parsed. Anything else returns nothing and the general
// decoder runs (tests/fuzz checks that both agree).
#include "PusherFrame.h"

#include <QJsonDocument>

#include <cstring>

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

    // A JSON string, unescaped into UTF-8. False on anything malformed. With escapes, the
    // text is written into a buffer as long as the rest of the input (unescaping never
    // lengthens it), the runs between escapes copied whole: the data of every Pusher
    // event is escaped JSON with an escape every few characters, and appending it byte by
    // byte took a fifth of the CPU of a burst (docs/benchmarks.md).
    bool string(QByteArray *out)
    {
        if (!take('"'))
            return false;
        const char *run = m_p;
        if (!skipPlain())
            return false;
        if (*m_p == '"') { // no escapes at all: the usual key or name
            *out = QByteArray(run, qsizetype(m_p - run));
            ++m_p;
            return true;
        }
        QByteArray text(qsizetype(m_end - run), Qt::Uninitialized);
        char *to = text.data();
        for (;;) {
            std::memcpy(to, run, size_t(m_p - run));
            to += m_p - run;
            if (*m_p++ == '"') {
                text.truncate(qsizetype(to - text.constData()));
                *out = std::move(text);
                return true;
            }
            if (m_p == m_end) // a backslash ends the input
                return false;
            switch (*m_p++) {
            case '"': *to++ = '"'; break;
            case '\\': *to++ = '\\'; break;
            case '/': *to++ = '/'; break;
            case 'b': *to++ = '\b'; break;
            case 'f': *to++ = '\f'; break;
            case 'n': *to++ = '\n'; break;
            case 'r': *to++ = '\r'; break;
            case 't': *to++ = '\t'; break;
            case 'u':
                if (!unicodeEscape(&to))
                    return false;
                break;
            default:
                return false;
            }
            run = m_p;
            if (!skipPlain())
                return false;
        }
    }

private:
    // Up to the next quote or backslash; false at the end or at a control character.
    bool skipPlain()
    {
        while (m_p < m_end && *m_p != '"' && *m_p != '\\'
               && static_cast<unsigned char>(*m_p) >= 0x20)
            ++m_p;
        return m_p < m_end && static_cast<unsigned char>(*m_p) >= 0x20;
    }

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

    bool unicodeEscape(char **to)
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
        writeUtf8(to, code);
        return true;
    }

    // Text that servers escape as \uXXXX (PHP's json_encode does for all non-ASCII) cost
    // two allocations per character through QString.
    static void writeUtf8(char **to, char32_t code)
    {
        char *p = *to;
        if (code < 0x80) {
            *p++ = char(code);
        } else if (code < 0x800) {
            *p++ = char(0xC0 | (code >> 6));
            *p++ = char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            *p++ = char(0xE0 | (code >> 12));
            *p++ = char(0x80 | ((code >> 6) & 0x3F));
            *p++ = char(0x80 | (code & 0x3F));
        } else {
            *p++ = char(0xF0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3F));
            *p++ = char(0x80 | ((code >> 6) & 0x3F));
            *p++ = char(0x80 | (code & 0x3F));
        }
        *to = p;
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
