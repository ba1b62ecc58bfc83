#include "StubMarketplace.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace envisage::testing {

using namespace Qt::StringLiterals;
using sandbox::HttpReply;

QList<MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QList<MultipartPart> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype from = body.indexOf(delimiter);
    while (from >= 0) {
        from += delimiter.size();
        if (body.mid(from, 2) == "--")
            break; // the closing delimiter
        from += 2; // CRLF
        const qsizetype next = body.indexOf("\r\n" + delimiter, from);
        if (next < 0)
            break;
        const QByteArray part = body.mid(from, next - from);
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        MultipartPart parsed;
        for (const QByteArray &line : part.left(headEnd).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-disposition:"))
                parsed.disposition = trimmed.mid(20).trimmed();
            else if (trimmed.toLower().startsWith("content-type:"))
                parsed.contentType = trimmed.mid(13).trimmed();
        }
        parsed.body = part.mid(headEnd + 4);
        parts.append(parsed);
        from = next + 2;
    }
    return parts;
}

StubMarketplace::StubMarketplace()
{
    sandbox::HttpLimits limits;
    limits.maxBodyBytes = 32 << 20;
    m_server.setLimits(limits);
    m_server.notFound = [this](const QHttpServerRequest &request) { return answer(request); };
    m_port = m_server.listenWithLowDelay(QHostAddress::LocalHost, 0);
}

QUrl StubMarketplace::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QJsonObject StubMarketplace::messageJson(qint64 id, const QString &body, const QString &clientId,
                                         const QJsonArray &attachments)
{
    return {
        {u"id"_s, id},
        {u"conversation_id"_s, 1},
        {u"sender_id"_s, 2},
        {u"sender"_s,
         QJsonObject{{u"id"_s, 2}, {u"name"_s, u"Sam"_s}, {u"avatar_url"_s, QJsonValue::Null}}},
        {u"body"_s, body},
        {u"client_id"_s, clientId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(clientId)},
        {u"created_at"_s, u"2026-11-26T10:44:05.123Z"_s},
        {u"read_at"_s, QJsonValue::Null},
        {u"attachments"_s, attachments}};
}

QJsonObject StubMarketplace::attachmentJson(const Upload &upload) const
{
    return {{u"id"_s, upload.id},
            {u"name"_s, upload.name},
            {u"mime"_s, QString::fromLatin1(upload.mime)},
            {u"size"_s, upload.bytes.size()},
            {u"width"_s, QJsonValue::Null},
            {u"height"_s, QJsonValue::Null},
            {u"url"_s, u"/api/attachments/"_s + upload.id},
            {u"thumbnail_url"_s, QJsonValue::Null}};
}

HttpReply StubMarketplace::answer(const QHttpServerRequest &request)
{
    if (override) {
        if (std::optional<HttpReply> reply = override(request))
            return *reply;
    }
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Post && path == u"/api/attachments"_s)
        return upload(request);
    if (request.method() == QHttpServerRequest::Method::Post &&
        QRegularExpression(u"^/api/conversations/\\d+/messages$"_s).match(path).hasMatch())
        return post(request);
    if (request.method() == QHttpServerRequest::Method::Get)
        return download(request);
    return HttpReply::json(404, QJsonObject{{u"message"_s, u"Not found."_s}});
}

HttpReply StubMarketplace::upload(const QHttpServerRequest &request)
{
    ++uploadRequests;
    const QByteArray contentType = request.value("Content-Type");
    lastContentTypes.append(contentType);
    const QList<MultipartPart> parts = parseMultipart(contentType, request.body());
    Upload upload;
    for (const MultipartPart &part : parts) {
        if (part.disposition.contains("name=\"client_id\"")) {
            upload.clientId = QString::fromUtf8(part.body);
        } else if (part.disposition.contains("name=\"file\"")) {
            upload.bytes = part.body;
            upload.mime = part.contentType;
            const qsizetype star = part.disposition.indexOf("filename*=UTF-8''");
            upload.name = star >= 0 ? QString::fromUtf8(QByteArray::fromPercentEncoding(
                                          part.disposition.mid(star + 17)))
                                    : QString();
        }
    }
    if (upload.clientId.isEmpty() || upload.bytes.isEmpty())
        return HttpReply::json(
            422,
            QJsonObject{{u"message"_s, u"The file field is required."_s},
                        {u"errors"_s,
                         QJsonObject{{u"file"_s, QJsonArray{u"The file field is required."_s}}}}});
    for (const Upload &known : std::as_const(uploads)) {
        if (known.clientId == upload.clientId)
            return HttpReply::json(200, QJsonObject{{u"data"_s, attachmentJson(known)}});
    }
    upload.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    uploads.append(upload);
    files.insert(u"/api/attachments/"_s + upload.id, upload.bytes);
    fileMimes.insert(u"/api/attachments/"_s + upload.id, upload.mime);
    return HttpReply::json(201, QJsonObject{{u"data"_s, attachmentJson(upload)}});
}

HttpReply StubMarketplace::post(const QHttpServerRequest &request)
{
    ++messageRequests;
    const QJsonObject input = QJsonDocument::fromJson(request.body()).object();
    const QString clientId = input.value(u"client_id"_s).toString();
    for (const QJsonObject &known : std::as_const(messages)) {
        if (known.value(u"client_id"_s).toString() == clientId)
            return HttpReply::json(200, QJsonObject{{u"data"_s, known}});
    }
    QJsonArray attachments;
    for (const QJsonValue &id : input.value(u"attachment_ids"_s).toArray()) {
        const auto found = std::find_if(uploads.cbegin(), uploads.cend(),
                                        [&](const Upload &u) { return u.id == id.toString(); });
        if (found == uploads.cend())
            return HttpReply::json(
                422, QJsonObject{{u"message"_s, u"The selected attachment_ids is invalid."_s}});
        attachments.append(attachmentJson(*found));
    }
    const QJsonObject message = messageJson(
        1000 + messages.size(), input.value(u"body"_s).toString(), clientId, attachments);
    messages.append(message);
    if (onMessageStored)
        onMessageStored();
    return HttpReply::json(201, QJsonObject{{u"data"_s, message}});
}

HttpReply StubMarketplace::download(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto file = files.constFind(path);
    if (file == files.cend())
        return HttpReply::json(404, QJsonObject{{u"message"_s, u"Not found."_s}});
    const QByteArray etag =
        '"' + QCryptographicHash::hash(*file, QCryptographicHash::Sha1).toHex().left(16) + '"';
    const QByteArray ifNoneMatch = request.value("If-None-Match");
    if (!ifNoneMatch.isEmpty()) {
        ++conditionalGets;
        if (ifNoneMatch == etag) {
            ++notModified;
            HttpReply reply;
            reply.status = 304;
            reply.contentType.clear();
            return reply.withHeader("ETag", etag);
        }
    }
    HttpReply reply;
    reply.status = 200;
    reply.contentType = fileMimes.value(path, "application/octet-stream");
    reply.body = *file;
    return reply.withHeader("ETag", etag);
}

} // namespace envisage::testing
