#include "ApiError.h"

#include <QCoreApplication>

namespace envisage::api {

using namespace Qt::StringLiterals;

bool ApiError::isTemporary() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Offline: return u"offline"_s;
    case ApiError::Kind::Tls: return u"tls"_s;
    case ApiError::Kind::Timeout: return u"timeout"_s;
    case ApiError::Kind::Unauthenticated: return u"unauthenticated"_s;
    case ApiError::Kind::Forbidden: return u"forbidden"_s;
    case ApiError::Kind::NotFound: return u"not-found"_s;
    case ApiError::Kind::Validation: return u"validation"_s;
    case ApiError::Kind::RateLimited: return u"rate-limited"_s;
    case ApiError::Kind::Server: return u"server"_s;
    case ApiError::Kind::Client: return u"client"_s;
    case ApiError::Kind::Protocol: return u"protocol"_s;
    }
    return u"unknown"_s;
}

QString ApiError::message() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("envisage::api::ApiError", text); };
    switch (kind) {
    case Kind::Offline:
        return tr("The marketplace cannot be reached. Check your connection.");
    case Kind::Tls:
        return tr("The marketplace's security certificate is not trusted, so the connection was refused.");
    case Kind::Timeout:
        return tr("The marketplace did not answer in time.");
    case Kind::Unauthenticated:
        return tr("Your session has ended. Please sign in again.");
    case Kind::Forbidden:
        return tr("You are not allowed to do this.");
    case Kind::NotFound:
        return tr("This conversation no longer exists.");
    case Kind::Validation: {
        // Laravel's first field message is already a sentence for people.
        for (const QStringList &messages : fieldErrors) {
            if (!messages.isEmpty())
                return messages.first();
        }
        return serverMessage.isEmpty() ? tr("The marketplace refused the input.") : serverMessage;
    }
    case Kind::RateLimited:
        if (retryAfterSeconds > 0) {
            return QCoreApplication::translate("envisage::api::ApiError",
                                               "Too many requests. Try again in %n second(s).", nullptr,
                                               retryAfterSeconds);
        }
        return tr("Too many requests. Try again shortly.");
    case Kind::Server:
        return tr("The marketplace had a problem. Trying again shortly.");
    case Kind::Client:
        return tr("The marketplace refused the request.");
    case Kind::Protocol:
        return tr("The marketplace sent an answer this app does not understand.");
    }
    return {};
}

QString ApiError::toString() const
{
    QString text = kindName(kind);
    if (httpStatus != 0)
        text += u" (%1)"_s.arg(httpStatus);
    text += u": "_s + (serverMessage.isEmpty() ? message() : serverMessage);
    if (!detail.isEmpty())
        text += u" ["_s + detail + u']';
    return text;
}

} // namespace envisage::api
