#pragma once
// The Pusher protocol's HMAC-SHA256 signatures (pusher-protocol.md §3 and §5):
// channel authorization strings and signed HTTP API requests.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace envisage::sandbox::PusherSigner {

// Socket ids have the form "123.456" (server SDKs refuse anything else).
bool isValidSocketId(const QString &socketId);

// hex(HMAC-SHA256(secret, "<socket_id>:<channel>[:<channel_data>]"))
QString channelSignature(const QString &secret, const QString &socketId, const QString &channel,
                         const QString &channelData = {});
// "<key>:<signature>", what /broadcasting/auth answers in "auth".
QString channelAuth(const QString &key, const QString &secret, const QString &socketId,
                    const QString &channel, const QString &channelData = {});
// hex(HMAC-SHA256(secret, "<socket_id>::user::<user_data>"))
QString userSignature(const QString &secret, const QString &socketId, const QString &userData);

// The query (without auth_signature) sorted by lower-cased key, joined unescaped.
QString canonicalQuery(const QList<QPair<QString, QString>> &parameters);
QString requestSignature(const QString &secret, const QString &method, const QString &path,
                         const QList<QPair<QString, QString>> &parameters);
// Adds auth_key, auth_timestamp, auth_version, body_md5 and auth_signature, as the
// server SDKs do. Used by tests and benchmarks that act as a Laravel backend.
QUrlQuery signedQuery(const QString &key, const QString &secret, const QString &method,
                      const QString &path, const QByteArray &body, qint64 timestamp,
                      const QList<QPair<QString, QString>> &extra = {});

} // namespace envisage::sandbox::PusherSigner
