#pragma once
// What envisage-cli prints: one JSON object per line on stdout, errors as one JSON
// object on stderr, and exit codes a script can rely on.
#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QJsonObject>

namespace envisage::cli {

enum ExitCode {
    Ok = 0,
    Failure = 1,         // anything not below
    Usage = 2,           // wrong arguments
    Unauthenticated = 3, // no token, or the server refused it: run `login`
    Refused = 4,         // forbidden or not found
    Invalid = 5,         // the server refused the input (422)
    RateLimited = 6,
    Unreachable = 7, // offline, timeout, TLS or a server error
    Protocol = 8,    // the server's answer broke the contract
};

ExitCode exitCodeFor(const api::ApiError &error);
void printLine(const QJsonObject &object);
// {"error":kind,"status":N,"message":…} on stderr; returns the exit code to use.
int printError(const api::ApiError &error);
int printError(const QString &kind, const QString &message, ExitCode code);

} // namespace envisage::cli
