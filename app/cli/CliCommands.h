#pragma once
// The commands of envisage-cli. Each runs on the event loop and ends the program with
// QCoreApplication::exit(code); one that cannot even start (no token, bad input) returns
// its exit code at once instead, and -1 means "run the event loop".
#include "inbox/ServerProfile.h"

#include <QString>
#include <QStringList>

namespace envisage::cli {

struct CliContext
{
    inbox::ServerProfile profile;
    QString token;     // --token or ENVISAGE_TOKEN
    QString cachePath; // --cache; empty: the account's cache folder
};

int startLogin(const CliContext &context, const QString &email, const QString &password);
int startConversations(const CliContext &context, int page, int perPage);
int startMessages(const CliContext &context, qint64 conversationId, bool all);
int startSend(const CliContext &context, qint64 conversationId, const QString &text,
              const QStringList &attachments = {});
int startDownload(const CliContext &context, const QString &attachmentId, const QString &path);
int startSync(const CliContext &context);
int startWatch(const CliContext &context, qint64 conversationId);
// CliSearch.cpp: the server's matches; the cache's (--cache) when it cannot be reached.
int startSearch(const CliContext &context, const QString &query, int page);

} // namespace envisage::cli
