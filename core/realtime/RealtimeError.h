#pragma once
// An error of the realtime client as a value: a kind to act on, the Pusher code or
// HTTP status when there is one, and a sentence for people.
#include <QMetaType>
#include <QString>

namespace envisage::realtime {

struct RealtimeError
{
    enum class Kind {
        Network,      // the socket failed or closed unexpectedly
        Tls,          // certificate or TLS failure
        Handshake,    // no valid pusher:connection_established
        Refused,      // the server refused the connection (4001–4099): no retry
        Server,       // an in-band pusher:error
        Frame,        // a malformed, oversize or unexpected frame
        Authorization,// a channel authorization failed (type/status as Pusher reports them)
        Subscription, // the server refused a subscription
        ClientEvent,  // a client event refused locally or by the server
        Decryption,   // an encrypted channel's event could not be decrypted
    };

    Kind kind = Kind::Network;
    int code = 0;       // Pusher error or close code; 0 when none
    int httpStatus = 0; // authorization endpoint status; 0 when none
    QString type;       // Pusher's error type, e.g. "AuthError", "PusherError"
    QString message;
    QString channel;    // the channel concerned, if any

    QString toString() const;
};

QString kindName(RealtimeError::Kind kind);

} // namespace envisage::realtime

Q_DECLARE_METATYPE(envisage::realtime::RealtimeError)
