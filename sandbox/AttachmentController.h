#pragma once
// Attachments (marketplace-api.md §4): the multipart upload with its idempotent
// client_id, the download with Range and ETag, the thumbnail, and the checks of the
// attachment_ids a message post names.
#include "ApiContext.h"

#include <QStringList>

namespace envisage::sandbox {

class AttachmentThumbnails;
struct AttachmentRecord;
namespace Laravel {
class Validation;
}

class AttachmentController
{
public:
    // An upload's body: the largest file plus room for the multipart framing and the
    // client_id field. A larger declared body is refused before it is read.
    static constexpr qint64 MaxRequestBytes = (10 << 20) + (64 << 10);
    static constexpr int MaxPerMessage = 3;

    AttachmentController(ApiContext &context, AttachmentThumbnails &thumbnails)
        : m_context(context), m_thumbnails(thumbnails)
    {
    }
    void registerRoutes(HttpService &http);

    // The ids of a message post's attachment_ids (absent: none), each an upload of the
    // sender not yet attached, at most MaxPerMessage; problems go into `validation`.
    static QStringList attachableIds(const QJsonValue &value, qint64 senderId,
                                     const Attachments &attachments,
                                     Laravel::Validation &validation);

private:
    HttpReply upload(const QHttpServerRequest &request);
    HttpReply download(const QHttpServerRequest &request, const QString &id);
    HttpReply thumbnail(const QHttpServerRequest &request, const QString &id);
    // The attachment when the caller uploaded it or takes part in its conversation;
    // otherwise *denied holds the 401, 403 or 404.
    std::optional<AttachmentRecord> readable(const QHttpServerRequest &request, const QString &id,
                                             HttpReply *denied);

    ApiContext &m_context;
    AttachmentThumbnails &m_thumbnails;
};

} // namespace envisage::sandbox
