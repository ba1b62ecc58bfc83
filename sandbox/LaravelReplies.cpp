#include "LaravelReplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace envisage::sandbox::Laravel {

using namespace Qt::StringLiterals;

namespace {

HttpReply message(int status, const QString &text)
{
    return HttpReply::json(status, QJsonObject{{u"message"_s, text}});
}

void mergeInto(QJsonObject &target, const QList<QPair<QString, QString>> &items)
{
    for (const auto &[key, value] : items)
        target.insert(key, value);
}

QJsonValue trimmedOrNull(const QJsonValue &value)
{
    if (!value.isString())
        return value;
    const QString trimmed = value.toString().trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
}

qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size(); // Laravel counts characters (mb_strlen), not UTF-16 units
}

} // namespace

QJsonObject input(const QHttpServerRequest &request)
{
    QJsonObject merged;
    mergeInto(merged, request.query().queryItems(QUrl::FullyDecoded));
    const QByteArray contentType = requestHeader(request, "Content-Type").toLower();
    const QByteArray body = request.body();
    if (contentType.contains("json")) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            merged.insert(it.key(), it.value());
    } else if (!body.isEmpty()) {
        QByteArray form = body;
        form.replace('+', ' ');
        mergeInto(merged, QUrlQuery(QString::fromUtf8(form)).queryItems(QUrl::FullyDecoded));
    }
    for (auto it = merged.begin(); it != merged.end(); ++it)
        it.value() = trimmedOrNull(it.value());
    return merged;
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = requestHeader(request, "Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(header.mid(7)).trimmed();
}

QString pathUrl(const QHttpServerRequest &request)
{
    QUrl url = request.url();
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

HttpReply unauthenticated()
{
    return message(401, u"Unauthenticated."_s);
}

HttpReply forbidden(const QString &text)
{
    return message(403, text.isEmpty() ? u"This action is unauthorized."_s : text);
}

HttpReply modelNotFound(const QString &model, qint64 id)
{
    return message(404, u"No query results for model [App\\Models\\%1] %2"_s.arg(model).arg(id));
}

HttpReply routeNotFound(const QHttpServerRequest &request)
{
    return message(404, u"The route %1 could not be found."_s.arg(request.url().path().mid(1)));
}

HttpReply methodNotAllowed(const QHttpServerRequest &request, const QStringList &allowed)
{
    return message(
        405, u"The %1 method is not supported for route %2. Supported methods: %3."_s.arg(
                 methodName(request.method()), request.url().path().mid(1), allowed.join(u", "_s)));
}

HttpReply tooLarge(int status, const HttpLimits &)
{
    // ValidatePostSize's PostTooLargeException; a web server answers 431 before PHP runs.
    return message(status, status == 413 ? u"The POST data is too large."_s
                                         : u"Request Header Fields Too Large"_s);
}

HttpReply tooManyAttempts(int retryAfterSeconds, int limit)
{
    return message(429, u"Too Many Attempts."_s)
        .withHeader("Retry-After", QByteArray::number(retryAfterSeconds))
        .withHeader("X-RateLimit-Limit", QByteArray::number(limit))
        .withHeader("X-RateLimit-Remaining", "0");
}

QString Validation::attribute(const QString &field)
{
    return QString(field).replace(u'_', u' ');
}

void Validation::addError(const QString &field, const QString &message)
{
    for (auto &[name, messages] : m_errors) {
        if (name == field) {
            messages.append(message);
            return;
        }
    }
    m_errors.append({field, {message}});
}

QString Validation::requiredString(const QString &field, int maxCharacters)
{
    const QJsonValue value = m_input.value(field);
    if (value.isNull() || value.isUndefined()) {
        addError(field, u"The %1 field is required."_s.arg(attribute(field)));
        return {};
    }
    return optionalString(field, maxCharacters);
}

QString Validation::optionalString(const QString &field, int maxCharacters)
{
    const QJsonValue value = m_input.value(field);
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString()) {
        addError(field, u"The %1 field must be a string."_s.arg(attribute(field)));
        return {};
    }
    if (maxCharacters >= 0 && characterCount(value.toString()) > maxCharacters) {
        addError(field,
                 u"The %1 field must not be greater than %2 characters."_s.arg(attribute(field))
                     .arg(maxCharacters));
        return {};
    }
    return value.toString();
}

std::optional<qint64> Validation::requiredInteger(const QString &field, qint64 minimum)
{
    const QJsonValue value = m_input.value(field);
    if (value.isNull() || value.isUndefined()) {
        addError(field, u"The %1 field is required."_s.arg(attribute(field)));
        return std::nullopt;
    }
    bool ok = false;
    qint64 number = 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        ok = d == double(qint64(d));
        number = qint64(d);
    } else if (value.isString()) {
        number = value.toString().toLongLong(&ok);
    }
    if (!ok) {
        addError(field, u"The %1 field must be an integer."_s.arg(attribute(field)));
        return std::nullopt;
    }
    if (number < minimum) {
        addError(field, u"The %1 field must be at least %2."_s.arg(attribute(field)).arg(minimum));
        return std::nullopt;
    }
    return number;
}

QString Validation::requiredEmail(const QString &field)
{
    const QString value = requiredString(field, 255);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+$"_s);
    if (!value.isEmpty() && !email.match(value).hasMatch()) {
        addError(field, u"The %1 field must be a valid email address."_s.arg(attribute(field)));
        return {};
    }
    return value;
}

HttpReply Validation::reply() const
{
    QJsonObject errors;
    int count = 0;
    for (const auto &[field, messages] : m_errors) {
        errors.insert(field, QJsonArray::fromStringList(messages));
        count += int(messages.size());
    }
    QString summary = m_errors.isEmpty() ? QString() : m_errors.first().second.first();
    if (count > 1)
        summary += u" (and %1 more error%2)"_s.arg(count - 1).arg(count > 2 ? u"s"_s : QString());
    return HttpReply::json(422, QJsonObject{{u"message"_s, summary}, {u"errors"_s, errors}});
}

} // namespace envisage::sandbox::Laravel
