#include "ChannelAuthorizer.h"

#include "CoreLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace envisage::realtime {

using namespace Qt::StringLiterals;

HttpChannelAuthorizer::HttpChannelAuthorizer(QUrl endpoint, HeadersProvider headers,
                                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_headers(std::move(headers)),
      m_network(network ? network : new QNetworkAccessManager(this))
{
}

void HttpChannelAuthorizer::authorize(const QString &socketId, const QString &channel,
                                      Callback done)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    if (m_headers) {
        for (const auto &[name, value] : m_headers())
            request.setRawHeader(name, value);
    }
    QUrlQuery form;
    form.addQueryItem(u"socket_id"_s, socketId);
    form.addQueryItem(u"channel_name"_s, channel);
    const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, channel, done, endpoint = m_endpoint] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status == 200) {
            done(parseResponse(channel, answer));
            return;
        }
        AuthorizationFailure failure;
        failure.status = status;
        failure.message =
            status == 0
                ? u"Could not reach the authorization endpoint %1: %2"_s.arg(endpoint.toString(),
                                                                             reply->errorString())
                : u"Unable to retrieve auth string from channel-authorization endpoint - received "
                  "status: %1 from %2"_s.arg(status)
                      .arg(endpoint.toString());
        qCInfo(lcRealtimeAuth) << "authorization for" << channel << "failed with status" << status;
        done(failure);
    });
}

AuthorizationResult HttpChannelAuthorizer::parseResponse(const QString &channel,
                                                         const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const auto invalid = [&body](const QString &why) {
        return AuthorizationFailure{
            u"AuthError"_s, u"%1 Data was: %2"_s.arg(why, QString::fromUtf8(body.left(200))), 200};
    };
    if (!object.value(u"auth"_s).isString() || object.value(u"auth"_s).toString().isEmpty())
        return invalid(
            u"JSON returned from channel-authorization endpoint was invalid, yet status code was 200."_s);
    ChannelAuthorization result;
    result.auth = object.value(u"auth"_s).toString();
    if (channel.startsWith(u"presence-"_s)) {
        if (!object.value(u"channel_data"_s).isString())
            return invalid(u"The presence authorization has no channel_data string."_s);
        result.channelData = object.value(u"channel_data"_s).toString();
    }
    if (channel.startsWith(u"private-encrypted-"_s)) {
        const QByteArray key =
            QByteArray::fromBase64(object.value(u"shared_secret"_s).toString().toLatin1());
        if (key.size() != 32)
            return invalid(
                u"No shared_secret key in auth payload for encrypted channel: %1"_s.arg(channel));
        result.sharedSecret = key;
    }
    return result;
}

} // namespace envisage::realtime
