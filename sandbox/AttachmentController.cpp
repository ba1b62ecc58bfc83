#include "AttachmentController.h"

#include "AttachmentInspector.h"
#include "AttachmentNames.h"
#include "AttachmentThumbnails.h"
#include "Attachments.h"
#include "Conversations.h"
#include "HttpRange.h"
#include "LaravelReplies.h"
#include "Logging.h"
#include "MultipartFormData.h"

#include <QFile>
#include <QMimeDatabase>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString FileField = u"file"_s;

HttpReply message(int status, const QString &text)
{
    return HttpReply::json(status, QJsonObject{{u"message"_s, text}});
}

// The file part of an upload, or the Laravel error for its absence or excess.
const FormPart *filePart(const QList<FormPart> &files, Laravel::Validation &validation)
{
    if (files.isEmpty())
        validation.addError(FileField, u"The file field is required."_s);
    else if (files.size() > 1)
        validation.addError(FileField, u"Only one file may be uploaded at a time."_s);
    else if (!files.first().hasFileName)
        validation.addError(FileField, u"The file field must be a file."_s);
    else
        return &files.first();
    return nullptr;
}

// The text fields of a form as Laravel's input() has them (trimmed, empty → null).
QJsonObject textFields(const MultipartFormData &form)
{
    QJsonObject fields;
    for (const FormPart &part : form.parts()) {
        if (part.hasFileName)
            continue;
        const QString text = QString::fromUtf8(part.data).trimmed();
        fields.insert(QString::fromUtf8(part.name),
                      text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    }
    return fields;
}

// A stored representation as a GET answers it: If-None-Match → 304, one Range → 206,
// an unsatisfiable one → 416, else 200.
HttpReply representation(const QHttpServerRequest &request, const QByteArray &bytes,
                         const QByteArray &mime, const QByteArray &etag,
                         const QByteArray &disposition)
{
    HttpReply reply;
    reply.withHeader("ETag", etag)
        .withHeader("Cache-Control", "private, no-cache")
        .withHeader("X-Content-Type-Options", "nosniff");
    if (HttpRange::noneMatchHits(requestHeader(request, "If-None-Match"), etag)) {
        reply.status = 304;
        reply.contentType.clear();
        return reply;
    }
    reply.withHeader("Accept-Ranges", "bytes");
    if (!disposition.isEmpty())
        reply.withHeader("Content-Disposition", disposition);
    const HttpRange::Request range = HttpRange::parse(
        requestHeader(request, "Range"), requestHeader(request, "If-Range"), etag, bytes.size());
    const QByteArray size = QByteArray::number(bytes.size());
    switch (range.kind) {
    case HttpRange::Request::Kind::Unsatisfiable:
        reply.status = 416;
        reply.body = R"({"message":"Requested Range Not Satisfiable"})";
        return reply.withHeader("Content-Range", "bytes */" + size);
    case HttpRange::Request::Kind::Partial:
        reply.status = 206;
        reply.contentType = mime;
        reply.body = bytes.sliced(range.first, range.last - range.first + 1);
        return reply.withHeader("Content-Range", "bytes " + QByteArray::number(range.first) + '-' +
                                                     QByteArray::number(range.last) + '/' + size);
    case HttpRange::Request::Kind::Whole:
        break;
    }
    reply.contentType = mime;
    reply.body = bytes;
    return reply;
}

} // namespace

void AttachmentController::registerRoutes(HttpService &http)
{
    using Method = QHttpServerRequest::Method;
    http.addRoute(
        Method::Post, u"^/api/attachments$"_s,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) { return upload(r); });
    http.addRoute(Method::Get, u"^/api/attachments/([^/]+)$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m) {
                      return download(r, m.captured(1));
                  });
    http.addRoute(Method::Get, u"^/api/attachments/([^/]+)/thumbnail$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m) {
                      return thumbnail(r, m.captured(1));
                  });
}

HttpReply AttachmentController::upload(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    const MultipartFormData form =
        MultipartFormData::parse(requestHeader(request, "Content-Type"), request.body());
    Laravel::Validation validation(textFields(form));
    if (form.error() != MultipartFormData::Error::None &&
        form.error() != MultipartFormData::Error::NotMultipart) {
        // What PHP makes of a broken body: the file did not arrive (UPLOAD_ERR_PARTIAL).
        qCInfo(lcSandboxApi) << "refusing a malformed multipart body" << int(form.error());
        validation.addError(FileField, u"The file failed to upload."_s);
        return validation.reply();
    }
    const QList<FormPart> files = form.partsNamed("file");
    const FormPart *file = filePart(files, validation);
    if (file && file->data.size() > Attachments::MaxFileBytes)
        return message(413, u"The file field must not be greater than 10240 kilobytes."_s);
    const QString clientId = validation.requiredString(u"client_id"_s, 100);
    if (validation.failed())
        return validation.reply();

    // A resend (the answer was lost, the app restarted) gets what is stored.
    if (const std::optional<AttachmentRecord> stored =
            m_context.attachments.findByClientId(user->id, clientId))
        return HttpReply::json(200, QJsonObject{{u"data"_s, Attachments::json(*stored)}});
    if (m_context.attachments.unattachedCount(user->id) >= Attachments::MaxUnattachedPerUser) {
        validation.addError(FileField, u"Too many uploads are waiting for a message: send them "
                                       "with one, or wait until they expire after a day."_s);
        return validation.reply();
    }
    const InspectedFile content = AttachmentInspector::inspect(file->data);
    if (!content.accepted()) {
        qCInfo(lcSandboxApi) << "refusing an upload of user" << user->id << ":" << content.problem;
        validation.addError(FileField, content.problem);
        return validation.reply();
    }
    const QString name =
        AttachmentNames::sanitized(file->fileName, QMimeDatabase().mimeTypeForName(content.mime));
    const std::optional<AttachmentRecord> stored =
        m_context.attachments.store(user->id, clientId, name, content, file->data);
    if (!stored)
        return message(500, u"Server Error"_s);
    if (stored->isImage())
        m_thumbnails.make(m_context.attachments.filePath(stored->id),
                          m_context.attachments.thumbnailPath(stored->id));
    qCDebug(lcSandboxApi) << "stored attachment" << stored->id << stored->mime << stored->size
                          << "bytes for user" << user->id;
    return HttpReply::json(201, QJsonObject{{u"data"_s, Attachments::json(*stored)}});
}

std::optional<AttachmentRecord> AttachmentController::readable(const QHttpServerRequest &request,
                                                               const QString &id, HttpReply *denied)
{
    const std::optional<UserRecord> user = m_context.authenticate(request, denied);
    if (!user)
        return std::nullopt;
    const std::optional<AttachmentRecord> attachment = m_context.attachments.find(id);
    if (!attachment) {
        *denied =
            message(404, u"No query results for model [App\\Models\\Attachment] %1"_s.arg(id));
        return std::nullopt;
    }
    if (attachment->uploaderId == user->id)
        return attachment;
    const std::optional<ConversationRecord> conversation =
        attachment->isAttached() ? m_context.conversations.conversation(attachment->conversationId)
                                 : std::nullopt;
    if (conversation && conversation->hasParticipant(user->id))
        return attachment;
    *denied = Laravel::forbidden();
    return std::nullopt;
}

HttpReply AttachmentController::download(const QHttpServerRequest &request, const QString &id)
{
    HttpReply denied;
    const std::optional<AttachmentRecord> attachment = readable(request, id, &denied);
    if (!attachment)
        return denied;
    QFile file(m_context.attachments.filePath(attachment->id));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandboxApi) << "the file of attachment" << id << "is missing";
        return message(500, u"Server Error"_s);
    }
    return representation(
        request, file.readAll(), attachment->mime.toUtf8(), '"' + attachment->sha256Hex + '"',
        AttachmentNames::contentDisposition(attachment->name, attachment->isImage()));
}

HttpReply AttachmentController::thumbnail(const QHttpServerRequest &request, const QString &id)
{
    HttpReply denied;
    const std::optional<AttachmentRecord> attachment = readable(request, id, &denied);
    if (!attachment)
        return denied;
    if (!attachment->isImage())
        return message(404, u"Documents have no thumbnail."_s);
    const QByteArray bytes =
        m_thumbnails.bytes(m_context.attachments.filePath(attachment->id),
                           m_context.attachments.thumbnailPath(attachment->id));
    if (bytes.isEmpty())
        return message(500, u"Server Error"_s);
    return representation(request, bytes, "image/jpeg", "\"" + attachment->sha256Hex + "-t\"", {});
}

QStringList AttachmentController::attachableIds(const QJsonValue &value, qint64 senderId,
                                                const Attachments &attachments,
                                                Laravel::Validation &validation)
{
    const QString field = u"attachment_ids"_s;
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        validation.addError(field, u"The attachment ids field must be an array."_s);
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > MaxPerMessage) {
        validation.addError(
            field,
            u"The attachment ids field must not have more than %1 items."_s.arg(MaxPerMessage));
        return {};
    }
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString key = u"%1.%2"_s.arg(field).arg(i);
        const QString id = array.at(i).toString();
        // Someone else's upload is answered like an unknown id: ids are not probed.
        const std::optional<AttachmentRecord> attachment =
            id.isEmpty() ? std::nullopt : attachments.find(id);
        if (!attachment || attachment->uploaderId != senderId)
            validation.addError(key, u"The selected %1 is invalid."_s.arg(key));
        else if (ids.contains(id))
            validation.addError(key, u"The %1 field has a duplicate value."_s.arg(key));
        else if (attachment->isAttached())
            validation.addError(key, u"The %1 is already attached to a message."_s.arg(key));
        ids.append(id);
    }
    return ids;
}

} // namespace envisage::sandbox
