#include "MultipartFormData.h"

namespace envisage::sandbox {

namespace {

// "form-data; name=\"file\"; filename=\"a;b.jpg\"" → [form-data, name="file", …]:
// semicolons inside quoted strings do not split.
QList<QByteArray> splitParameters(QByteArrayView header)
{
    QList<QByteArray> items;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (quoted && c == '\\' && i + 1 < header.size()) {
            current += c;
            current += header.at(++i);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            items.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    items.append(current.trimmed());
    return items;
}

QByteArray unquoted(const QByteArray &value)
{
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value;
    QByteArray plain;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        // Browsers leave backslashes alone (a Windows path); only \" and \\ are escapes.
        if (value.at(i) == '\\' && i + 2 < value.size() &&
            (value.at(i + 1) == '"' || value.at(i + 1) == '\\'))
            ++i;
        plain += value.at(i);
    }
    return plain;
}

// The value of `name=` among the parameters of a header, or a null array.
QByteArray parameter(const QList<QByteArray> &parameters, QByteArrayView name)
{
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArray &item = parameters.at(i);
        const qsizetype equals = item.indexOf('=');
        if (equals > 0 && item.first(equals).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return unquoted(item.sliced(equals + 1).trimmed());
    }
    return {};
}

// filename*=UTF-8''caf%C3%A9.jpg (RFC 5987/8187): charset, language, percent-encoding.
QString extendedValue(const QByteArray &value)
{
    const QList<QByteArray> pieces = value.split('\'');
    if (pieces.size() != 3)
        return {};
    const QByteArray bytes = QByteArray::fromPercentEncoding(pieces.at(2));
    if (pieces.at(0).compare("ISO-8859-1", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(bytes);
}

} // namespace

MultipartFormData MultipartFormData::parse(QByteArrayView contentType, const QByteArray &body)
{
    MultipartFormData form;
    const QList<QByteArray> parameters = splitParameters(contentType);
    if (parameters.first().compare("multipart/form-data", Qt::CaseInsensitive) != 0) {
        form.m_error = Error::NotMultipart;
        return form;
    }
    const QByteArray boundary = parameter(parameters, "boundary");
    if (boundary.isEmpty() || boundary.size() > 70) {
        form.m_error = Error::NoBoundary;
        return form;
    }
    const QByteArray delimiter = "--" + boundary;
    // The first delimiter opens the body or follows a preamble and a CRLF.
    qsizetype at = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (at < 0) {
        form.m_error = Error::Unterminated;
        return form;
    }
    if (at > 0)
        at += 2;
    for (;;) {
        at += delimiter.size();
        if (QByteArrayView(body).sliced(at).startsWith("--"))
            return form; // the closing delimiter; what follows is the epilogue
        while (at < body.size() && (body.at(at) == ' ' || body.at(at) == '\t'))
            ++at; // transport padding
        if (body.size() - at < 2) {
            form.m_error = Error::Unterminated;
            return form;
        }
        if (!QByteArrayView(body).sliced(at).startsWith("\r\n")) {
            form.m_error = Error::Malformed;
            return form;
        }
        if (form.m_parts.size() == MaxParts) {
            form.m_error = Error::TooManyParts;
            return form;
        }
        const qsizetype dataEnd = form.readPart(body, at + 2, delimiter);
        if (dataEnd < 0)
            return form;
        at = dataEnd + 2;
    }
}

qsizetype MultipartFormData::readPart(const QByteArray &body, qsizetype from,
                                      const QByteArray &delimiter)
{
    const qsizetype headEnd = body.indexOf("\r\n\r\n", from - 2);
    if (headEnd < 0 || headEnd + 2 - from > MaxPartHeadBytes) {
        m_error = headEnd < 0 ? Error::Unterminated : Error::Malformed;
        return -1;
    }
    const qsizetype dataStart = headEnd + 4;
    const qsizetype dataEnd = body.indexOf("\r\n" + delimiter, dataStart);
    if (dataEnd < 0) {
        m_error = Error::Unterminated;
        return -1;
    }
    FormPart part;
    bool disposed = false;
    const QList<QByteArray> lines =
        headEnd > from ? body.sliced(from, headEnd - from).split('\n') : QList<QByteArray>();
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 ||
            line.first(colon).trimmed().compare("Content-Disposition", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> parameters = splitParameters(line.sliced(colon + 1).trimmed());
        if (parameters.first().compare("form-data", Qt::CaseInsensitive) != 0)
            break;
        disposed = true;
        part.name = parameter(parameters, "name");
        const QByteArray plainName = parameter(parameters, "filename");
        const QByteArray extendedName = parameter(parameters, "filename*");
        part.hasFileName = !plainName.isNull() || !extendedName.isNull();
        // Browsers send UTF-8 in the plain parameter; filename* wins when both are given.
        part.fileName =
            extendedName.isNull() ? QString::fromUtf8(plainName) : extendedValue(extendedName);
    }
    if (!disposed || part.name.isEmpty()) {
        m_error = Error::Malformed;
        return -1;
    }
    part.data = body.sliced(dataStart, dataEnd - dataStart);
    m_parts.append(std::move(part));
    return dataEnd;
}

QList<FormPart> MultipartFormData::partsNamed(QByteArrayView name) const
{
    QList<FormPart> named;
    for (const FormPart &part : m_parts) {
        if (part.name == name)
            named.append(part);
    }
    return named;
}

} // namespace envisage::sandbox
