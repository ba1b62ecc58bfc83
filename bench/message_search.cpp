// bench-message-search: the offline cache's message search per keystroke (issue 12,
// docs/benchmarks.md "Message search"). A cache of 100,000 messages (bench-inbox-scale's,
// written with StoreDatabase, so the FTS5 index is kept by the same triggers as in the app)
// is searched the way the window searches it: MessageSearch with no debounce, a few
// realistic queries typed letter by letter, each keystroke timed from setQuery() to the
// moment the cache's matches are in the results model (the store thread's query, the hop
// back to this thread and the model's update). A keystroke that does not change the words
// ("still " after "still") or leaves fewer than two characters asks nothing and is not
// counted. Target: p99 ≤ 30 ms.
#include "BoundedWait.h"
#include "CommandLine.h"
#include "Figures.h"
#include "InboxScaleCache.h"
#include "Problem.h"

#include "api/MarketplaceApi.h"
#include "inbox/MessageSearch.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace envisage::bench {
namespace {

constexpr double TargetP99Ms = 30;
constexpr int AnswerTimeoutMs = 10000;

// What a seller looks for in their own messages, typed as they would type it.
const QStringList Queries{u"still available"_s,     u"scratch on the left"_s,
                          u"pick it up tomorrow"_s, u"original box and receipt"_s,
                          u"shipping 9.90"_s,       u"I paid just now"_s,
                          u"measurements"_s,        u"café"_s};

struct Measured
{
    std::vector<qint64> keystrokeNs;
    std::vector<qint64> firstRoundNs; // the first time each keystroke's query ran
    int skipped = 0;                  // keystrokes that asked nothing
    qint64 matches = 0;               // rows shown, summed over the measured keystrokes
};

Problem typeQueries(inbox::MessageSearch &search, int rounds, Measured *measured)
{
    bool answered = false;
    QObject::connect(&search, &inbox::MessageSearch::cacheAnswered, &search,
                     [&answered] { answered = true; });
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : Queries) {
            search.setQuery(QString()); // a new search each time
            for (qsizetype length = 1; length <= query.size(); ++length) {
                const QString typed = query.left(length);
                const store::SearchTerms terms = store::SearchTerms::parse(typed);
                if (terms.isEmpty() || terms.words() == search.terms().words()) {
                    ++measured->skipped;
                    search.setQuery(typed);
                    continue;
                }
                answered = false;
                QElapsedTimer timer;
                timer.start();
                search.setQuery(typed);
                if (!spinUntil([&answered] { return answered; }, AnswerTimeoutMs))
                    return u"no answer for \"%1\" within %2 ms"_s.arg(typed).arg(AnswerTimeoutMs);
                const qint64 ns = timer.nsecsElapsed();
                measured->keystrokeNs.push_back(ns);
                if (round == 0)
                    measured->firstRoundNs.push_back(ns);
                measured->matches += search.results()->rowCount();
            }
        }
    }
    return {};
}

// The upgrade of a cache written before message search: a copy of the cache made a
// version-6 file again (no index, no body column), then opened as the app opens it, which
// indexes every message in the migration. Seconds, or NAN with a problem.
double timeBackfill(const QString &path, QString *problem)
{
    const QString copy = path + u".v6"_s;
    QFile::remove(copy);
    if (!QFile::copy(path, copy)) {
        *problem = u"cannot copy the cache to "_s + copy;
        return NAN;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(copy);
        QSqlQuery query(db);
        for (const QString &statement :
             {u"DROP TRIGGER message_search_insert"_s, u"DROP TRIGGER message_search_delete"_s,
              u"DROP TRIGGER message_search_update"_s, u"DROP TABLE message_search"_s,
              u"ALTER TABLE messages DROP COLUMN body"_s, u"PRAGMA user_version = 6"_s,
              u"VACUUM"_s}) {
            if (!db.open() || !query.exec(statement)) {
                *problem = statement + u": "_s + query.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    if (!problem->isEmpty())
        return NAN;
    QElapsedTimer timer;
    timer.start();
    double seconds = NAN;
    {
        store::StoreDatabase db(copy);
        const store::OpenResult opened = db.open();
        seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!opened.ok || opened.rebuilt)
            *problem = u"the version-6 copy did not upgrade: "_s + opened.error;
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(copy + suffix);
    return seconds;
}

int run(const QString &path, int messages, int rounds, bool regenerate)
{
    const scale::CacheShape shape{1000, messages};
    double generatedSeconds = NAN;
    const std::optional<scale::CacheShape> existing = scale::cacheShapeOf(path);
    if (regenerate || !existing || existing->messages != shape.messages ||
        existing->conversations != shape.conversations) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        std::fprintf(stderr, "writing a cache of %d messages to %s …\n", messages,
                     qPrintable(path));
        const scale::GeneratedCache made = scale::generateCache(path, shape);
        if (!made.error.isEmpty())
            return reportProblem(made.error);
        generatedSeconds = made.totalSeconds;
    }

    store::Store store(path);
    QElapsedTimer opening;
    opening.start();
    QFuture<store::OpenResult> opened = store.open();
    opened.waitForFinished();
    if (!opened.result().ok)
        return reportProblem(u"the cache cannot be opened: "_s + opened.result().error);
    const double openMs = double(opening.nsecsElapsed()) / 1e6;

    api::MarketplaceApi offline(QUrl(u"http://127.0.0.1:9"_s)); // never asked
    inbox::MessageSearch search(offline);
    search.attach(&store, scale::SellerId);
    search.setServerReachable(false);
    search.setDebounce(std::chrono::milliseconds(0));
    Measured measured;
    if (const Problem problem = typeQueries(search, rounds, &measured))
        return reportProblem(*problem);
    search.attach(nullptr, 0);
    QString backfillProblem;
    const double backfillSeconds = timeBackfill(path, &backfillProblem);
    if (!backfillProblem.isEmpty())
        return reportProblem(backfillProblem);

    const Percentiles all = percentilesOf(measured.keystrokeNs);
    const Percentiles first = percentilesOf(measured.firstRoundNs);
    const double averageMatches =
        measured.keystrokeNs.empty()
            ? NAN
            : double(measured.matches) / double(measured.keystrokeNs.size());
    printFigureTable({
        {u"cached messages"_s, QString::number(messages)},
        {u"cache file"_s, mibText(QFileInfo(path).size() / 1024)},
        {u"cache written (this run)"_s, fixedText(generatedSeconds, 1, u" s"_s)},
        {u"store open"_s, msText(openMs)},
        {u"index backfill (v6 → 7 migration)"_s, fixedText(backfillSeconds, 2, u" s"_s)},
        {u"queries × rounds"_s, u"%1 × %2"_s.arg(Queries.size()).arg(rounds)},
        {u"keystrokes measured"_s, QString::number(measured.keystrokeNs.size())},
        {u"keystrokes that asked nothing"_s, QString::number(measured.skipped)},
        {u"rows shown per keystroke (mean)"_s, fixedText(averageMatches, 1)},
        {u"per keystroke p50"_s, fixedText(all.p50Ms, 2, u" ms"_s)},
        {u"per keystroke p90"_s, fixedText(all.p90Ms, 2, u" ms"_s)},
        {u"per keystroke p99"_s, fixedText(all.p99Ms, 2, u" ms"_s)},
        {u"per keystroke max"_s, fixedText(all.maxMs, 2, u" ms"_s)},
        {u"first round p99 (cold pages)"_s, fixedText(first.p99Ms, 2, u" ms"_s)},
        {u"target p99"_s, fixedText(TargetP99Ms, 0, u" ms"_s)},
    });
    QJsonObject json{{u"bench"_s, u"message_search"_s},
                     {u"messages"_s, messages},
                     {u"rounds"_s, rounds},
                     {u"keystrokes"_s, qint64(measured.keystrokeNs.size())},
                     {u"skipped"_s, measured.skipped},
                     {u"cache_bytes"_s, QFileInfo(path).size()},
                     {u"open_ms"_s, jsonNumber(openMs, 1)},
                     {u"backfill_s"_s, jsonNumber(backfillSeconds, 2)},
                     {u"mean_rows"_s, jsonNumber(averageMatches, 1)}};
    insertPercentiles(json, u"keystroke_"_s, all, {50, 90, 99, 100});
    insertPercentiles(json, u"first_round_"_s, first, {50, 99});
    printJsonLine(json);
    return all.p99Ms <= TargetP99Ms ? 0 : 3;
}

} // namespace
} // namespace envisage::bench

int main(int argc, char *argv[])
{
    using namespace envisage::bench;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench-message-search"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The offline cache's message search per keystroke over a cache of many messages "
        "(docs/benchmarks.md, \"Message search\"). Exit code 3 when p99 is over 30 ms."_s);
    parser.addHelpOption();
    parser.addOption(scale::cacheFileOption(u"envisage-bench-message-search"_s));
    parser.addOption(
        {u"messages"_s, u"Messages in the cache (default 100000)."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"rounds"_s, u"Times each query is typed (default 10)."_s, u"n"_s, u"10"_s});
    parser.addOption({u"regenerate"_s, u"Write the cache again even if it has this shape."_s});
    parser.process(app);
    int messages = 0;
    int rounds = 0;
    if (!integerOption(parser, u"messages"_s, 1, 10'000'000, &messages) ||
        !integerOption(parser, u"rounds"_s, 1, 1000, &rounds))
        return reportProblem(u"--messages and --rounds take whole numbers"_s, 2);
    return run(parser.value(u"cache"_s), messages, rounds, parser.isSet(u"regenerate"_s));
}
