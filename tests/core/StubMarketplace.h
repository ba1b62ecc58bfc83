#pragma once
// A marketplace that speaks only §4 of the contract (attachments and message posts), in
// the test's own process, with everything it was sent kept for the test to look at:
// uploads by client_id (a repeated client_id answers 200 with the same attachment),
// messages by client_id (likewise), downloads with ETag and If-None-Match. `override`
// answers a request first when it returns a reply (422s, garbage, 5xx).
#include "HttpService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace envisage::testing {

struct MultipartPart
{
    QByteArray disposition;
    QByteArray contentType;
    QByteArray body;
};

// The parts of a multipart/form-data body (a strict reading, for assertions).
QList<MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body);

class StubMarketplace
{
public:
    struct Upload
    {
        QString id;
        QString clientId;
        QString name;
        QByteArray mime;
        QByteArray bytes;
    };

    StubMarketplace();
    QUrl url() const;

    std::function<std::optional<sandbox::HttpReply>(const QHttpServerRequest &)> override;
    // Called when a message post is stored (before it is answered).
    std::function<void()> onMessageStored;

    QList<Upload> uploads; // in the order created
    int uploadRequests = 0;
    QList<QJsonObject> messages; // created ones
    int messageRequests = 0;
    QHash<QString, QByteArray> files;     // GET path → bytes
    QHash<QString, QByteArray> fileMimes; // GET path → Content-Type
    int conditionalGets = 0;              // requests with If-None-Match
    int notModified = 0;
    QList<QByteArray> lastContentTypes; // of every upload request

    static QJsonObject messageJson(qint64 id, const QString &body, const QString &clientId,
                                   const QJsonArray &attachments);
    QJsonObject attachmentJson(const Upload &upload) const;

private:
    sandbox::HttpReply answer(const QHttpServerRequest &request);
    sandbox::HttpReply upload(const QHttpServerRequest &request);
    sandbox::HttpReply post(const QHttpServerRequest &request);
    sandbox::HttpReply download(const QHttpServerRequest &request);

    sandbox::HttpService m_server;
    quint16 m_port = 0;
};

} // namespace envisage::testing
