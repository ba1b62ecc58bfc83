#pragma once
// An API failure as a value: a kind to act on, what the server said, and a sentence
// for the seller. Temporary kinds are retried; the others are final for that request.
#include <QMap>
#include <QString>
#include <QStringList>

namespace envisage::api {

struct ApiError
{
    enum class Kind {
        Offline,         // DNS, refused or dropped connection: no answer at all
        Tls,             // certificate or TLS handshake failure
        Timeout,         // no answer in time, or HTTP 408
        Unauthenticated, // 401: the token is missing, revoked or expired
        Forbidden,       // 403
        NotFound,        // 404
        Validation,      // 422 with Laravel's field messages
        RateLimited,     // 429 (retryAfterSeconds says when)
        Server,          // 5xx
        Client,          // any other 4xx
        Protocol,        // an answer that does not follow the contract
    };

    Kind kind = Kind::Offline;
    int httpStatus = 0;
    QString serverMessage;                 // Laravel's "message", as sent
    QMap<QString, QStringList> fieldErrors; // 422: field → messages
    int retryAfterSeconds = 0;             // 429: from Retry-After
    QString detail;                        // technical detail for logs

    bool isTemporary() const;
    // A sentence for people, translated.
    QString message() const;
    // "validation (422): The body field is required." — for logs and the CLI.
    QString toString() const;
};

QString kindName(ApiError::Kind kind);

} // namespace envisage::api
