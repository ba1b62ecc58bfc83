#pragma once
// A ChannelAuthorizer for tests: signs like a Laravel app with a known secret, or
// fails with a chosen HTTP status, and records every request.
#include "realtime/ChannelAuthorizer.h"

#include <QStringList>
#include <QTimer>

namespace envisage::testing {

class FakeAuthorizer : public realtime::ChannelAuthorizer
{
public:
    struct Request
    {
        QString socketId;
        QString channel;
    };

    int failWithStatus = 0;          // non-zero: every request fails with it
    QString presenceUserId = QStringLiteral("7");
    QList<QByteArray> sharedSecrets; // encrypted: handed out in turn (last one repeats)
    QList<Request> requests;

    void authorize(const QString &socketId, const QString &channel, Callback done) override
    {
        requests.append({socketId, channel});
        realtime::AuthorizationResult result;
        if (failWithStatus != 0) {
            result = realtime::AuthorizationFailure{QStringLiteral("AuthError"),
                                                    QStringLiteral("denied by the test"), failWithStatus};
        } else {
            realtime::ChannelAuthorization ok;
            ok.auth = QStringLiteral("key:signature-for-") + socketId;
            if (channel.startsWith(QStringLiteral("presence-")))
                ok.channelData = QStringLiteral("{\"user_id\":%1,\"user_info\":{\"name\":\"Me\"}}").arg(presenceUserId);
            if (!sharedSecrets.isEmpty())
                ok.sharedSecret = sharedSecrets.size() > 1 ? sharedSecrets.takeFirst() : sharedSecrets.first();
            result = ok;
        }
        QTimer::singleShot(0, [done, result] { done(result); });
    }
};

} // namespace envisage::testing
