// envisage-cli: the inbox without a window, for scripts, tests and benchmarks.
//   envisage-cli [server options] login EMAIL            (password from --password or stdin)
//   envisage-cli [server options] conversations [--page N] [--per-page M] [--filter F]
//   envisage-cli [server options] archive ID | unarchive ID | unread ID
//   envisage-cli [server options] messages ID [--all]
//   envisage-cli [server options] send ID TEXT [--attach FILE]…   (up to 3 files; TEXT may be "")
//   envisage-cli [server options] download ATTACHMENT_ID -o PATH
//   envisage-cli [server options] sync                   (send what an earlier run left unsent)
//   envisage-cli [server options] watch [ID]             (one JSON line per realtime event)
//   envisage-cli [server options] replies list | add TITLE SHORTCUT BODY | rm ID
//   envisage-cli [server options] search QUERY [--page N] (messages; --cache: offline too)
#include "CliCommands.h"
#include "CliOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace envisage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Envisage"_s);
    QCoreApplication::setApplicationName(u"envisage-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ENVISAGE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Envisage Inbox without a window. Commands: login, conversations, "
        "messages, send, download, sync, watch, replies, archive, unarchive, unread, search. "
        "Output: JSON lines."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"server"_s, u"REST API base URL (default http://127.0.0.1:8000)."_s, u"url"_s},
        {u"ws-host"_s, u"Pusher WebSocket host (default 127.0.0.1)."_s, u"host"_s},
        {u"ws-port"_s, u"Pusher WebSocket port (default 6001)."_s, u"port"_s},
        {u"ws-tls"_s, u"Use wss:// for the WebSocket."_s},
        {u"app-key"_s, u"Pusher app key (default local)."_s, u"key"_s},
        {u"sandbox-ready"_s,
         u"A sandbox's JSON ready line (sets server, ws-host, ws-port, app-key)."_s, u"json"_s},
        {u"token"_s, u"Bearer token (default: ENVISAGE_TOKEN)."_s, u"token"_s},
        {u"cache"_s, u"Cache file for the outbox (default: the account's cache)."_s, u"path"_s},
        {u"password"_s, u"login: the password (default: read from stdin)."_s, u"password"_s},
        {u"page"_s, u"conversations, search: the page (default 1)."_s, u"n"_s},
        {u"per-page"_s, u"conversations: page size (default 20)."_s, u"n"_s},
        {u"filter"_s, u"conversations: inbox (default), unread, awaiting_reply, archived or all."_s,
         u"f"_s},
        {u"all"_s, u"messages: every page, not only the newest."_s},
        {u"attach"_s, u"send: a file to attach (up to 3; repeat the option)."_s, u"file"_s},
        {{u"o"_s, u"output"_s}, u"download: where to write the file."_s, u"path"_s},
        {u"verbose"_s, u"Log what happens (stderr)."_s},
    });
    parser.addPositionalArgument(u"command"_s,
                                 u"login | conversations | messages | send | download | sync | "
                                 "watch | replies | archive | unarchive | unread | search"_s);
    parser.process(app);
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(
            u"envisage.*.info=false"_s); // stdout/stderr stay parseable

    cli::CliContext context;
    context.profile = inbox::ServerProfile::localSandbox();
    if (parser.isSet(u"sandbox-ready"_s))
        context.profile = inbox::ServerProfile::fromSandboxReady(
            QJsonDocument::fromJson(parser.value(u"sandbox-ready"_s).toUtf8()).object());
    if (parser.isSet(u"server"_s))
        context.profile.apiUrl = QUrl(parser.value(u"server"_s));
    if (parser.isSet(u"ws-host"_s))
        context.profile.wsHost = parser.value(u"ws-host"_s);
    if (parser.isSet(u"ws-port"_s))
        context.profile.wsPort = quint16(parser.value(u"ws-port"_s).toUInt());
    if (parser.isSet(u"ws-tls"_s))
        context.profile.wsTls = true;
    if (parser.isSet(u"app-key"_s))
        context.profile.appKey = parser.value(u"app-key"_s);
    context.token = parser.isSet(u"token"_s) ? parser.value(u"token"_s)
                                             : qEnvironmentVariable("ENVISAGE_TOKEN");
    context.cachePath = parser.value(u"cache"_s);
    if (!context.profile.apiUrl.isValid() || context.profile.apiUrl.scheme().isEmpty())
        return cli::printError(
            u"usage"_s, u"--server must be a URL such as http://127.0.0.1:8000"_s, cli::Usage);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const auto idArgument = [&args](qint64 *id) {
        bool ok = false;
        *id = args.value(1).toLongLong(&ok);
        return ok && *id > 0;
    };
    int started = -1;
    qint64 id = 0;
    if (command == u"login"_s && args.size() == 2) {
        QString password = parser.value(u"password"_s);
        if (!parser.isSet(u"password"_s))
            password = QTextStream(stdin).readLine();
        started = cli::startLogin(context, args.at(1), password);
    } else if (command == u"conversations"_s && args.size() == 1) {
        const std::optional<api::ConversationListFilter> filter =
            cli::parseFilter(parser.value(u"filter"_s));
        if (!filter)
            return cli::printError(
                u"usage"_s, u"--filter must be inbox, unread, awaiting_reply, archived or all"_s,
                cli::Usage);
        started = cli::startConversations(
            context, std::max(1, parser.value(u"page"_s).toInt()),
            parser.isSet(u"per-page"_s) ? std::clamp(parser.value(u"per-page"_s).toInt(), 1, 100)
                                        : 20,
            *filter);
    } else if (command == u"archive"_s && args.size() == 2 && idArgument(&id)) {
        started = cli::startTriage(context, id, cli::TriageAction::Archive);
    } else if (command == u"unarchive"_s && args.size() == 2 && idArgument(&id)) {
        started = cli::startTriage(context, id, cli::TriageAction::Unarchive);
    } else if (command == u"unread"_s && args.size() == 2 && idArgument(&id)) {
        started = cli::startTriage(context, id, cli::TriageAction::MarkUnread);
    } else if (command == u"messages"_s && args.size() == 2 && idArgument(&id)) {
        started = cli::startMessages(context, id, parser.isSet(u"all"_s));
    } else if (command == u"send"_s && args.size() == 3 && idArgument(&id)) {
        started = cli::startSend(context, id, args.at(2), parser.values(u"attach"_s));
    } else if (command == u"download"_s && args.size() == 2 && parser.isSet(u"output"_s)) {
        started = cli::startDownload(context, args.at(1), parser.value(u"output"_s));
    } else if (command == u"sync"_s && args.size() == 1) {
        started = cli::startSync(context);
    } else if (command == u"search"_s && args.size() == 2) {
        started =
            cli::startSearch(context, args.at(1), std::max(1, parser.value(u"page"_s).toInt()));
    } else if (command == u"watch"_s && args.size() <= 2) {
        if (args.size() == 2 && !idArgument(&id))
            return cli::printError(u"usage"_s, u"watch takes a conversation id"_s, cli::Usage);
        started = cli::startWatch(context, id);
    } else if (command == u"replies"_s) {
        started = cli::startReplies(context, args.mid(1));
    } else {
        return cli::printError(u"usage"_s, parser.helpText(), cli::Usage);
    }
    if (started >= 0)
        return started; // finished before the event loop was needed
    return app.exec();
}
