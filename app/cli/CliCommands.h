#pragma once
// The commands of envisage-cli. Each runs on the event loop and ends the program with
// QCoreApplication::exit(code); one that cannot even start (no token, bad input) returns
// its exit code at once instead, and -1 means "run the event loop".
#include "api/ApiTypes.h"
#include "inbox/ServerProfile.h"

#include <QString>
#include <QStringList>

namespace envisage::api {
class MarketplaceApi;
}

namespace envisage::cli {

struct CliContext
{
    inbox::ServerProfile profile;
    QString token;     // --token or ENVISAGE_TOKEN
    QString cachePath; // --cache; empty: the account's cache folder
};

// Ends the program with `code` (on the next turn of the event loop, after Qt's HTTP thread).
void finish(int code);
// A REST client with the context's server and token, owned by the application.
api::MarketplaceApi *makeApi(const CliContext &context);

int startLogin(const CliContext &context, const QString &email, const QString &password);
// filter: "inbox" (also empty), "unread", "awaiting_reply", "archived", "all"; nullopt otherwise.
std::optional<api::ConversationListFilter> parseFilter(const QString &name);
int startConversations(const CliContext &context, int page, int perPage,
                       api::ConversationListFilter filter = api::ConversationListFilter::Inbox);
// Prints {"archived":true,"conversation_id":ID} (or "marked_unread") when the server agreed.
enum class TriageAction { Archive, Unarchive, MarkUnread };
int startTriage(const CliContext &context, qint64 conversationId, TriageAction action);
int startMessages(const CliContext &context, qint64 conversationId, bool all);
int startSend(const CliContext &context, qint64 conversationId, const QString &text,
              const QStringList &attachments = {});
int startDownload(const CliContext &context, const QString &attachmentId, const QString &path);
int startSync(const CliContext &context);
int startWatch(const CliContext &context, qint64 conversationId);
// replies list | replies add TITLE SHORTCUT BODY | replies rm ID
int startReplies(const CliContext &context, const QStringList &arguments);
// CliSearch.cpp: the server's matches; the cache's (--cache) when it cannot be reached.
int startSearch(const CliContext &context, const QString &query, int page);

} // namespace envisage::cli
