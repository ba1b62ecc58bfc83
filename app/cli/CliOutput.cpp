#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace envisage::cli {

using namespace Qt::StringLiterals;

ExitCode exitCodeFor(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    switch (error.kind) {
    case Kind::Unauthenticated:
        return Unauthenticated;
    case Kind::Forbidden:
    case Kind::NotFound:
        return Refused;
    case Kind::Validation:
        return Invalid;
    case Kind::RateLimited:
        return RateLimited;
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Server:
        return Unreachable;
    case Kind::Protocol:
        return Protocol;
    case Kind::Client:
        return Failure;
    }
    return Failure;
}

void printLine(const QJsonObject &object)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int printError(const QString &kind, const QString &message, ExitCode code)
{
    const QJsonObject object{
        {u"error"_s, kind}, {u"message"_s, message}, {u"exit_code"_s, int(code)}};
    std::fprintf(stderr, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    return code;
}

int printError(const api::ApiError &error)
{
    QJsonObject object{{u"error"_s, api::kindName(error.kind)},
                       {u"message"_s, error.message()},
                       {u"exit_code"_s, int(exitCodeFor(error))}};
    if (error.httpStatus != 0)
        object.insert(u"status"_s, error.httpStatus);
    if (!error.detail.isEmpty())
        object.insert(u"detail"_s, error.detail);
    if (!error.fieldErrors.isEmpty()) {
        QJsonObject fields; // 422: what each field was refused for
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
            fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
        object.insert(u"errors"_s, fields);
    }
    std::fprintf(stderr, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    return exitCodeFor(error);
}

} // namespace envisage::cli
