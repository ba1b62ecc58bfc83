#pragma once
// Request input and error bodies exactly as a Laravel API writes them, so that the
// client is tested against the real shapes: {"message"} and, for 422,
// {"message","errors":{field:[...]}}.
#include "HttpService.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace envisage::sandbox::Laravel {

// Query + body (JSON or form), with Laravel's TrimStrings and
// ConvertEmptyStringsToNull middleware applied.
QJsonObject input(const QHttpServerRequest &request);
QString bearerToken(const QHttpServerRequest &request);
// The request URL without query, for paginator links.
QString pathUrl(const QHttpServerRequest &request);

HttpReply unauthenticated();
// Laravel's default sentence, or a policy's own (Response::deny) when given.
HttpReply forbidden(const QString &message = {});
HttpReply modelNotFound(const QString &model, qint64 id);
HttpReply routeNotFound(const QHttpServerRequest &request);
HttpReply methodNotAllowed(const QHttpServerRequest &request, const QStringList &allowed);
HttpReply tooManyAttempts(int retryAfterSeconds, int limit);
HttpReply tooLarge(int status, const HttpLimits &limits); // 413 or 431

// Collects field errors in the order rules run, as Laravel's validator does.
class Validation
{
public:
    explicit Validation(const QJsonObject &input) : m_input(input) {}

    // Each returns the value when valid; on failure records the message.
    QString requiredString(const QString &field, int maxCharacters = -1);
    QString optionalString(const QString &field, int maxCharacters);
    std::optional<qint64> requiredInteger(const QString &field, qint64 minimum = 0);
    QString requiredEmail(const QString &field);
    void addError(const QString &field, const QString &message);

    bool failed() const { return !m_errors.isEmpty(); }
    HttpReply reply() const; // 422

private:
    static QString attribute(const QString &field);
    QJsonObject m_input;
    QList<QPair<QString, QStringList>> m_errors;
};

} // namespace envisage::sandbox::Laravel
