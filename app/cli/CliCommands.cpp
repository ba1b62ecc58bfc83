#include "CliCommands.h"

#include "CliOutput.h"
#include "api/MarketplaceApi.h"
#include "api/MarketplaceJson.h"
#include "inbox/InboxSession.h"
#include "inbox/Outbox.h"
#include "inbox/SavedReplyText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

namespace envisage::cli {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;

// Ends the run with `code` once Qt's HTTP thread is gone. A request's last steps (the
// connection going back to Qt's cache, the reply's clean-up) still run on that thread
// after our callback: quitting at once raced them, and the objects they were working
// on were never freed (LeakSanitizer saw it about once in 40 runs on a busy machine).
// clearConnectionCache() stops the thread and waits for it; the event loop then delivers
// what the thread sent last and stops on its next turn.
void finish(int code)
{
    for (QNetworkAccessManager *network : qApp->findChildren<QNetworkAccessManager *>())
        network->clearConnectionCache();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

api::MarketplaceApi *makeApi(const CliContext &context)
{
    auto *api = new api::MarketplaceApi(context.profile.apiUrl, nullptr, qApp);
    api->setTokenProvider([token = context.token] { return token; });
    return api;
}

namespace {

// Prints the error when there is no token. The caller returns Unauthenticated itself:
// this runs before the event loop, where QCoreApplication::exit() would be lost.
bool requireToken(const CliContext &context)
{
    if (!context.token.isEmpty())
        return true;
    printError(u"unauthenticated"_s,
               u"No token: run `envisage-cli login EMAIL` and pass --token or ENVISAGE_TOKEN."_s,
               Unauthenticated);
    return false;
}

// A session for the commands that need the outbox or realtime.
inbox::InboxSession *makeSession(const CliContext &context)
{
    inbox::InboxSession::Options options;
    options.cachePath = context.cachePath;
    options.rememberSignIn = false;
    options.deviceName = u"envisage-cli"_s;
    auto *session = new inbox::InboxSession(context.profile, nullptr, options, qApp);
    // A child of the application so that finish() finds its network manager; deleted before
    // the application object (and its SQLite driver) is.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp, [session] { delete session; });
    QObject::connect(session, &inbox::InboxSession::signInRequired, qApp,
                     [](const QString &reason) {
                         finish(printError(u"unauthenticated"_s, reason, Unauthenticated));
                     });
    QObject::connect(session, &inbox::InboxSession::signInFailed, qApp,
                     [](const api::ApiError &error) { finish(printError(error)); });
    return session;
}

// Runs work once the outbox has read the cache (which may already have happened).
void whenLoaded(inbox::Outbox *outbox, std::function<void()> work)
{
    if (outbox->isLoaded()) {
        work();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(outbox, &inbox::Outbox::loaded, qApp, [once, work] {
        QObject::disconnect(*once);
        work();
    });
}

QString connectionName(inbox::InboxSession::Connection connection)
{
    switch (connection) {
    case inbox::InboxSession::Connection::Online:
        return u"online"_s;
    case inbox::InboxSession::Connection::Connecting:
        return u"connecting"_s;
    case inbox::InboxSession::Connection::Offline:
        return u"offline"_s;
    }
    return {};
}

} // namespace

int startLogin(const CliContext &context, const QString &email, const QString &password)
{
    makeApi(context)->login(qApp, email, password, u"envisage-cli"_s,
                            [](const api::ApiResult<api::LoginResult> &result) {
                                if (!result.ok())
                                    return finish(printError(result.error()));
                                printLine({{u"token"_s, result.value().token},
                                           {u"user"_s, Json::writeUser(result.value().user)}});
                                finish(Ok);
                            });
    return -1;
}

std::optional<api::ConversationListFilter> parseFilter(const QString &name)
{
    using Filter = api::ConversationListFilter;
    static const QHash<QString, Filter> filters = {{u"inbox"_s, Filter::Inbox},
                                                   {u"unread"_s, Filter::Unread},
                                                   {u"awaiting_reply"_s, Filter::AwaitingReply},
                                                   {u"archived"_s, Filter::Archived},
                                                   {u"all"_s, Filter::All}};
    if (name.isEmpty())
        return Filter::Inbox;
    if (const auto it = filters.constFind(name); it != filters.cend())
        return *it;
    return std::nullopt;
}

int startConversations(const CliContext &context, int page, int perPage,
                       api::ConversationListFilter filter)
{
    if (!requireToken(context))
        return Unauthenticated;
    makeApi(context)->conversations(
        qApp, page, perPage, filter, [](const api::ApiResult<api::ConversationPage> &result) {
            if (!result.ok())
                return finish(printError(result.error()));
            for (const api::Conversation &conversation : result.value().conversations)
                printLine(Json::writeConversation(conversation));
            finish(Ok);
        });
    return -1;
}

int startTriage(const CliContext &context, qint64 conversationId, TriageAction action)
{
    if (!requireToken(context))
        return Unauthenticated;
    const auto done = [conversationId, action](const api::ApiResult<api::NoContent> &result) {
        if (!result.ok())
            return finish(printError(result.error()));
        const bool unread = action == TriageAction::MarkUnread;
        printLine(
            {{u"conversation_id"_s, conversationId},
             {unread ? u"marked_unread"_s : u"archived"_s, action != TriageAction::Unarchive}});
        finish(Ok);
    };
    api::MarketplaceApi *api = makeApi(context);
    switch (action) {
    case TriageAction::Archive:
        api->archive(qApp, conversationId, done);
        break;
    case TriageAction::Unarchive:
        api->unarchive(qApp, conversationId, done);
        break;
    case TriageAction::MarkUnread:
        api->markUnread(qApp, conversationId, done);
        break;
    }
    return -1;
}

int startMessages(const CliContext &context, qint64 conversationId, bool all)
{
    if (!requireToken(context))
        return Unauthenticated;
    api::MarketplaceApi *api = makeApi(context);
    // Newest first, page after page when --all; each message one line.
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    *fetch = [api, conversationId, all, fetch](const QString &cursor) {
        api->messages(qApp, conversationId, cursor, 100,
                      [all, fetch](const api::ApiResult<api::MessagePage> &result) {
                          if (!result.ok())
                              return finish(printError(result.error()));
                          for (const api::Message &message : result.value().messages)
                              printLine(Json::writeMessage(message));
                          if (all && !result.value().nextCursor.isEmpty())
                              return (*fetch)(result.value().nextCursor);
                          finish(Ok);
                      });
    };
    (*fetch)(QString());
    return -1;
}

int startSend(const CliContext &context, qint64 conversationId, const QString &text,
              const QStringList &attachments)
{
    if (!requireToken(context))
        return Unauthenticated;
    if ((text.trimmed().isEmpty() && attachments.isEmpty()) ||
        text.trimmed().toUcs4().size() > 5000)
        return printError(u"usage"_s, u"The message must have 1 to 5,000 characters, or files."_s,
                          Usage);
    if (attachments.size() > 3)
        return printError(u"usage"_s, u"At most 3 files (--attach) per message."_s, Usage);
    inbox::InboxSession *session = makeSession(context);
    // Tests: the process dies at one step of sending, as a crash would.
    //  ENVISAGE_CLI_EXIT_AFTER_COPY: the files are copied, the message is not written yet.
    //  ENVISAGE_CLI_EXIT_AFTER_QUEUE: the message is written, nothing is sent yet.
    //  ENVISAGE_CLI_EXIT_AFTER_UPLOAD: the first file is uploaded, its id not yet saved.
    const bool stopAfterCopy = qEnvironmentVariableIsSet("ENVISAGE_CLI_EXIT_AFTER_COPY");
    const bool stopAfterQueueing = qEnvironmentVariableIsSet("ENVISAGE_CLI_EXIT_AFTER_QUEUE");
    const bool stopAfterUpload = qEnvironmentVariableIsSet("ENVISAGE_CLI_EXIT_AFTER_UPLOAD");
    QObject::connect(session, &inbox::InboxSession::signedIn, qApp, [=] {
        inbox::Outbox *outbox = session->outbox();
        if (stopAfterQueueing || stopAfterCopy)
            outbox->setPaused(true);
        whenLoaded(outbox, [=] {
            // Connected first: the cache may have stored the message before sendMessage()
            // returns. Paused, this run stores nothing else.
            if (stopAfterCopy)
                QObject::connect(outbox, &inbox::Outbox::filesCopied, qApp,
                                 [](const QString &) { std::_Exit(0); });
            if (stopAfterQueueing)
                QObject::connect(outbox, &inbox::Outbox::entryStored, qApp,
                                 [](const QString &) { std::_Exit(0); });
            if (stopAfterUpload)
                QObject::connect(outbox, &inbox::Outbox::attachmentUploaded, qApp,
                                 [](const QString &, int, const QString &) { std::_Exit(0); });
            QString refused;
            const QString clientId =
                session->sendMessage(conversationId, text, attachments, &refused);
            if (clientId.isEmpty())
                return finish(printError(u"refused"_s, refused, Invalid));
            if (stopAfterQueueing || stopAfterCopy)
                return;
            QObject::connect(outbox, &inbox::Outbox::delivered, qApp,
                             [](const store::OutboxEntry &, const api::Message &message) {
                                 printLine({{u"delivered"_s, Json::writeMessage(message)}});
                             });
            // Once the cache knows (and the copies are gone): not sent again by `sync`.
            QObject::connect(outbox, &inbox::Outbox::entryCleared, qApp,
                             [clientId](const QString &cleared) {
                                 if (cleared == clientId)
                                     finish(Ok);
                             });
            QObject::connect(outbox, &inbox::Outbox::entryChanged, qApp,
                             [clientId](const store::OutboxEntry &entry) {
                                 if (entry.clientId == clientId &&
                                     entry.state == store::OutboxEntry::State::Failed)
                                     finish(printError(u"failed"_s, entry.lastError, Invalid));
                             });
            QObject::connect(outbox, &inbox::Outbox::enqueueFailed, qApp,
                             [clientId](const QString &failed, const QString &message) {
                                 if (failed == clientId)
                                     finish(printError(u"failed"_s, message, Failure));
                             });
        });
    });
    session->signInWithToken(context.token);
    return -1;
}

int startDownload(const CliContext &context, const QString &attachmentId, const QString &path)
{
    if (!requireToken(context))
        return Unauthenticated;
    // Written beside the target and renamed when whole: a failed download leaves no
    // half file under the name asked for.
    auto *file = new QFile(path + u".part"_s, qApp);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return printError(u"io"_s, file->errorString(), Failure);
    makeApi(context)->downloadAttachment(
        qApp,
        u"/api/attachments/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(attachmentId))),
        {}, file, {}, [file, path](const api::ApiResult<api::DownloadResult> &result) {
            file->close();
            if (!result.ok()) {
                file->remove();
                return finish(printError(result.error()));
            }
            QFile::remove(path);
            if (!file->rename(path)) {
                file->remove();
                return finish(printError(u"io"_s, file->errorString(), Failure));
            }
            printLine({{u"downloaded"_s, path},
                       {u"bytes"_s, result.value().bytes},
                       {u"mime"_s, result.value().mime},
                       {u"etag"_s, result.value().etag}});
            finish(Ok);
        });
    return -1;
}

int startSync(const CliContext &context)
{
    if (!requireToken(context))
        return Unauthenticated;
    inbox::InboxSession *session = makeSession(context);
    QObject::connect(session, &inbox::InboxSession::signedIn, qApp, [=] {
        inbox::Outbox *outbox = session->outbox();
        const auto finishWhenEmpty = [outbox] {
            const QList<store::OutboxEntry> entries = outbox->entries();
            if (std::none_of(entries.cbegin(), entries.cend(), [](const store::OutboxEntry &e) {
                    return e.state == store::OutboxEntry::State::Pending;
                }))
                finish(entries.isEmpty() ? Ok : Invalid);
        };
        QObject::connect(outbox, &inbox::Outbox::delivered, qApp,
                         [](const store::OutboxEntry &, const api::Message &message) {
                             printLine({{u"delivered"_s, Json::writeMessage(message)}});
                         });
        QObject::connect(outbox, &inbox::Outbox::entryCleared, qApp,
                         [finishWhenEmpty](const QString &) { finishWhenEmpty(); });
        whenLoaded(outbox, finishWhenEmpty);
    });
    session->signInWithToken(context.token);
    return -1;
}

int startWatch(const CliContext &context, qint64 conversationId)
{
    if (!requireToken(context))
        return Unauthenticated;
    inbox::InboxSession *session = makeSession(context);
    session->setViewing(false); // watching is not reading
    QObject::connect(
        session, &inbox::InboxSession::connectionChanged, qApp,
        [](inbox::InboxSession::Connection connection) {
            printLine({{u"type"_s, u"connection"_s}, {u"state"_s, connectionName(connection)}});
        });
    QObject::connect(session, &inbox::InboxSession::messageReceived, qApp,
                     [](qint64 id, const api::Message &message) {
                         printLine({{u"type"_s, u"message"_s},
                                    {u"conversation_id"_s, id},
                                    {u"message"_s, Json::writeMessage(message)}});
                     });
    QObject::connect(session, &inbox::InboxSession::typingChanged, qApp,
                     [](qint64 id, const QStringList &names) {
                         printLine({{u"type"_s, u"typing"_s},
                                    {u"conversation_id"_s, id},
                                    {u"names"_s, QJsonArray::fromStringList(names)}});
                     });
    QObject::connect(
        session, &inbox::InboxSession::presenceChanged, qApp, [](qint64 userId, bool online) {
            printLine({{u"type"_s, u"presence"_s}, {u"user_id"_s, userId}, {u"online"_s, online}});
        });
    QObject::connect(session, &inbox::InboxSession::signedIn, qApp, [=] {
        if (conversationId != 0)
            session->openConversation(conversationId);
    });
    session->signInWithToken(context.token);
    return -1;
}

int startReplies(const CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    bool idOk = false;
    const qint64 id = arguments.value(1).toLongLong(&idOk);
    const bool usable = (action == u"list"_s && arguments.size() == 1) ||
                        (action == u"add"_s && arguments.size() == 4) ||
                        (action == u"rm"_s && arguments.size() == 2 && idOk && id > 0);
    if (!usable)
        return printError(
            u"usage"_s, u"replies list | replies add TITLE SHORTCUT BODY | replies rm ID"_s, Usage);
    if (!requireToken(context))
        return Unauthenticated;
    api::MarketplaceApi *api = makeApi(context);
    if (action == u"list"_s) {
        api->savedReplies(qApp, [](const api::ApiResult<QList<api::SavedReply>> &result) {
            if (!result.ok())
                return finish(printError(result.error()));
            for (const api::SavedReply &reply : result.value())
                printLine(Json::writeSavedReply(reply));
            finish(Ok);
        });
    } else if (action == u"add"_s) {
        // The contract's rules first, so that a typo does not cost a round trip; the
        // server still decides (a shortcut clash is its to name).
        const inbox::SavedReplyInput input =
            inbox::SavedReplyInput{arguments.at(1), arguments.at(2), arguments.at(3)}.trimmed();
        const QMap<QString, QString> errors = inbox::validateSavedReply(input, {});
        if (!errors.isEmpty()) {
            api::ApiError error;
            error.kind = api::ApiError::Kind::Validation;
            for (auto it = errors.cbegin(); it != errors.cend(); ++it)
                error.fieldErrors.insert(it.key(), {it.value()});
            return printError(error);
        }
        api->createSavedReply(qApp, input.title, input.shortcut, input.body,
                              [](const api::ApiResult<api::SavedReply> &result) {
                                  if (!result.ok())
                                      return finish(printError(result.error()));
                                  printLine(Json::writeSavedReply(result.value()));
                                  finish(Ok);
                              });
    } else {
        api->deleteSavedReply(qApp, id, [id](const api::ApiResult<api::NoContent> &result) {
            if (!result.ok())
                return finish(printError(result.error()));
            printLine({{u"deleted"_s, id}});
            finish(Ok);
        });
    }
    return -1;
}

} // namespace envisage::cli
