#include "PusherSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace envisage::sandbox::PusherSigner {

using namespace Qt::StringLiterals;

namespace {
QString hmacHex(const QString &secret, const QString &message)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message.toUtf8(), secret.toUtf8(),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}
} // namespace

bool isValidSocketId(const QString &socketId)
{
    static const QRegularExpression pattern(u"^\\d+\\.\\d+$"_s);
    return pattern.match(socketId).hasMatch();
}

QString channelSignature(const QString &secret, const QString &socketId, const QString &channel,
                         const QString &channelData)
{
    QString message = socketId + u':' + channel;
    if (!channelData.isEmpty())
        message += u':' + channelData;
    return hmacHex(secret, message);
}

QString channelAuth(const QString &key, const QString &secret, const QString &socketId,
                    const QString &channel, const QString &channelData)
{
    return key + u':' + channelSignature(secret, socketId, channel, channelData);
}

QString userSignature(const QString &secret, const QString &socketId, const QString &userData)
{
    return hmacHex(secret, socketId + u"::user::"_s + userData);
}

QString canonicalQuery(const QList<QPair<QString, QString>> &parameters)
{
    QList<QPair<QString, QString>> sorted;
    for (const auto &[key, value] : parameters) {
        if (key != u"auth_signature"_s)
            sorted.append({key.toLower(), value});
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList joined;
    for (const auto &[key, value] : sorted)
        joined.append(key + u'=' + value);
    return joined.join(u'&');
}

QString requestSignature(const QString &secret, const QString &method, const QString &path,
                         const QList<QPair<QString, QString>> &parameters)
{
    return hmacHex(secret, method.toUpper() + u'\n' + path + u'\n' + canonicalQuery(parameters));
}

QUrlQuery signedQuery(const QString &key, const QString &secret, const QString &method,
                      const QString &path, const QByteArray &body, qint64 timestamp,
                      const QList<QPair<QString, QString>> &extra)
{
    QList<QPair<QString, QString>> parameters = extra;
    parameters.append({u"auth_key"_s, key});
    parameters.append({u"auth_timestamp"_s, QString::number(timestamp)});
    parameters.append({u"auth_version"_s, u"1.0"_s});
    if (!body.isEmpty()) {
        parameters.append({u"body_md5"_s,
                           QString::fromLatin1(
                               QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex())});
    }
    QUrlQuery query;
    query.setQueryItems(parameters);
    query.addQueryItem(u"auth_signature"_s, requestSignature(secret, method, path, parameters));
    return query;
}

} // namespace envisage::sandbox::PusherSigner
