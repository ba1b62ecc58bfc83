#include "RealtimeError.h"

namespace envisage::realtime {

using namespace Qt::StringLiterals;

QString kindName(RealtimeError::Kind kind)
{
    switch (kind) {
    case RealtimeError::Kind::Network: return u"network"_s;
    case RealtimeError::Kind::Tls: return u"tls"_s;
    case RealtimeError::Kind::Handshake: return u"handshake"_s;
    case RealtimeError::Kind::Refused: return u"refused"_s;
    case RealtimeError::Kind::Server: return u"server"_s;
    case RealtimeError::Kind::Frame: return u"frame"_s;
    case RealtimeError::Kind::Authorization: return u"authorization"_s;
    case RealtimeError::Kind::Subscription: return u"subscription"_s;
    case RealtimeError::Kind::ClientEvent: return u"client-event"_s;
    case RealtimeError::Kind::Decryption: return u"decryption"_s;
    }
    return u"unknown"_s;
}

QString RealtimeError::toString() const
{
    QString text = kindName(kind) + u": "_s + message;
    if (code != 0)
        text += u" (code %1)"_s.arg(code);
    if (httpStatus != 0)
        text += u" (HTTP %1)"_s.arg(httpStatus);
    if (!channel.isEmpty())
        text += u" [%1]"_s.arg(channel);
    return text;
}

} // namespace envisage::realtime
