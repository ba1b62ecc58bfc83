// bench-inbox-scale: the inbox at scale (docs/benchmarks.md, "Inbox scale"). A cache with
// 10,000 conversations and one conversation of 100,000 messages; how long from process
// start until each model shows its first page, how much memory, and what realtime traffic
// costs the models once everything is loaded.
//
// Two phases, so that start-up is measured on a warm cache file as a seller would see it:
//   --generate PATH   writes the cache with StoreDatabase (MarketplaceJson records)
//   --measure PATH    a fresh process that opens it like the app (InboxScaleMeasure.h)
// Without either, the benchmark makes the cache if it is missing or of another shape, then
// starts one `--measure` child per way of loading the conversations and prints a table and
// a JSON line. The parent takes its own time from just before it spawns a child to the
// moment that child's "shown" line arrives, which includes exec and dynamic linking.
#include "CommandLine.h"
#include "Figures.h"
#include "InboxScaleCache.h"
#include "InboxScaleMeasure.h"
#include "MeasureChild.h"
#include "MonotonicClock.h"
#include "Problem.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace envisage::bench {
namespace {

constexpr int ChildTimeoutMs = 300000;
constexpr double FirstPageTargetMs = 100;
constexpr qint64 RssTargetKiB = 80'000'000 / 1024; // 80 MB, decimal as the issue writes it

enum class Mode { Benchmark, Generate, Measure };

struct Options
{
    Mode mode = Mode::Benchmark;
    QString path;
    bool regenerate = false;
    scale::CacheShape shape;
    scale::MeasureSetup measure;
    QList<scale::ConversationLoad> loads{scale::ConversationLoad::All,
                                         scale::ConversationLoad::FirstPage};
};

QString loadName(scale::ConversationLoad load)
{
    return load == scale::ConversationLoad::All ? u"all"_s : u"first-page"_s;
}

// The lines a `--measure` child prints the moment a first page is in its model.
const QString ConversationsShown = u"conversations_shown"_s;
const QString MessagesShown = u"messages_shown"_s;

MeasureChildRun runChild(const Options &options, scale::ConversationLoad load)
{
    const QStringList arguments{
        u"--measure"_s,       options.path,
        u"--load"_s,          loadName(load),
        u"--appends"_s,       QString::number(options.measure.appends),
        u"--upserts"_s,       QString::number(options.measure.upserts),
        u"--history-pages"_s, QString::number(options.measure.historyPages)};
    return runMeasureChild(arguments, {ConversationsShown, MessagesShown}, ChildTimeoutMs);
}

QString costText(const QJsonValue &costs)
{
    const auto us = [&costs](const QString &key) {
        return QString::number(costs.toObject().value(key).toDouble(), 'f', 1);
    };
    return u"%1 / %2 / %3 µs"_s.arg(us(u"p50_us"_s), us(u"p99_us"_s), us(u"max_us"_s));
}

QString burstText(const QJsonValue &costs, int count)
{
    const double total = costs.toObject().value(u"total_ms"_s).toDouble();
    return u"%1 ms (%2 µs each)"_s.arg(total, 0, 'f', 1).arg(total * 1e3 / count, 0, 'f', 1);
}

bool firstPagesMet(const MeasureChildRun &run)
{
    return run.seenAtMs(ConversationsShown) < FirstPageTargetMs &&
           run.seenAtMs(MessagesShown) < FirstPageTargetMs;
}

bool rssMet(const MeasureChildRun &run)
{
    const qint64 peak = run.summary.value(u"peak_rss_kib"_s).toInteger(-1);
    return peak >= 0 && peak < RssTargetKiB;
}

void printResults(const Options &options, const QList<scale::ConversationLoad> &loads,
                  const QList<MeasureChildRun> &runs, qint64 cacheBytes)
{
    QStringList header{u"figure"_s};
    for (const scale::ConversationLoad load : loads)
        header.append(load == scale::ConversationLoad::All ? u"all at once (before)"_s
                                                           : u"loadCachedConversations (now)"_s);
    MeasureRunTable table(header, runs);
    using Run = MeasureChildRun;
    const int appends = options.measure.appends;
    const int upserts = options.measure.upserts;
    const int pages = options.measure.historyPages;
    const QString page = QString::number(options.measure.messagePage);
    table.row(u"spawn → main() (seen by the parent)"_s,
              [](const Run &r) { return msText(r.spawnToMainMs); });
    table.row(u"main() → Store open"_s, msCell(u"store_open_ms"_s));
    table.row(u"main() → conversation list first page"_s, msCell(u"conversations_shown_ms"_s));
    table.row(u"  rows in that first page"_s, [](const Run &r) {
        return QString::number(r.figure(u"conversations_first_rows"_s).toInt());
    });
    table.row(u"  ask → rows arrive (store thread: SQL + JSON)"_s,
              msCell(u"conversations_query_ms"_s));
    table.row(u"  upsert + flush (GUI thread)"_s, msCell(u"conversations_model_ms"_s));
    table.row(u"main() → message list first page (%1)"_s.arg(page), msCell(u"messages_shown_ms"_s));
    table.row(u"  ask → shown (messagesBefore, historyState)"_s, msCell(u"messages_step_ms"_s));
    table.row(u"main() → all conversations in the model"_s, msCell(u"conversations_all_ms"_s));
    table.row(u"spawn → conversation list first page (parent)"_s,
              [](const Run &r) { return msText(r.seenAtMs(ConversationsShown)); });
    table.row(u"spawn → message list first page (parent)"_s,
              [](const Run &r) { return msText(r.seenAtMs(MessagesShown)); });
    table.row(u"RSS after the first pages"_s, mibCell(u"rss_after_first_pages_kib"_s));
    table.row(u"RSS with all conversations loaded"_s,
              mibCell(u"rss_after_all_conversations_kib"_s));
    // Realtime traffic fed to a model one event per event-loop turn (its total, then each
    // event's cost), and then as many events in one turn.
    const auto trafficRows = [&table](const QString &onePerTurn, const QString &perEvent,
                                      const QString &oneTurn, const QString &key, int count) {
        table.row(onePerTurn, msCell(key + u"_one_per_turn.total_ms"_s));
        table.row(perEvent,
                  [key](const Run &r) { return costText(r.figure(key + u"_one_per_turn"_s)); });
        table.row(oneTurn, [key, count](const Run &r) {
            return burstText(r.figure(key + u"_one_turn"_s), count);
        });
    };
    trafficRows(u"%1 realtime merges, one per turn: total"_s.arg(appends),
                u"  per message p50 / p99 / max"_s,
                u"%1 realtime merges in one turn"_s.arg(appends), u"append"_s, appends);
    trafficRows(u"%1 upserts to the top, one per turn: total"_s.arg(upserts),
                u"  per upsert p50 / p99 / max"_s, u"%1 upserts in one turn"_s.arg(upserts),
                u"upsert"_s, upserts);
    table.row(u"RSS at the end / peak RSS (VmHWM)"_s, [](const Run &r) {
        return mibText(r.figure(u"rss_end_kib"_s)) + u" / "_s +
               mibText(r.figure(u"peak_rss_kib"_s));
    });
    table.row(u"then %1 older pages: total, last page"_s.arg(pages), [](const Run &r) {
        return u"%1, %2 ms"_s.arg(msText(r.figure(u"history_pages.total_ms"_s)))
            .arg(r.figure(u"history_pages.last_page_us"_s).toDouble() / 1e3, 0, 'f', 2);
    });
    table.row(u"  messages in the model, peak RSS"_s, [](const Run &r) {
        return u"%1, %2"_s.arg(r.figure(u"history_pages.messages_in_model"_s).toInt())
            .arg(mibText(r.figure(u"history_pages.peak_rss_after_kib"_s)));
    });
    table.row(u"target: first pages < 100 ms from spawn"_s,
              [](const Run &r) { return firstPagesMet(r) ? u"met"_s : u"not met"_s; });
    table.row(u"target: peak RSS < 80 MB"_s,
              [](const Run &r) { return rssMet(r) ? u"met"_s : u"not met"_s; });
    std::printf("cache: %s (%.1f MiB), %d conversations, %d messages in conversation %lld\n\n",
                qPrintable(QDir::toNativeSeparators(options.path)), double(cacheBytes) / 1048576.0,
                options.shape.conversations, options.shape.messages, scale::LongConversationId);
    printTable(table.rows(), {46});

    QJsonObject byLoad;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QJsonObject figures = runs[i].reportedFigures();
        figures[u"spawn_to_conversations_shown_ms"_s] =
            jsonNumber(runs[i].seenAtMs(ConversationsShown), 3);
        figures[u"spawn_to_messages_shown_ms"_s] = jsonNumber(runs[i].seenAtMs(MessagesShown), 3);
        figures[u"target_first_pages_100ms"_s] = firstPagesMet(runs[i]);
        figures[u"target_peak_rss_80mb"_s] = rssMet(runs[i]);
        byLoad[loadName(loads[i])] = figures;
    }
    const QJsonObject json{{u"bench"_s, u"inbox_scale"_s},
                           {u"conversations"_s, options.shape.conversations},
                           {u"messages"_s, options.shape.messages},
                           {u"cache_bytes"_s, cacheBytes},
                           {u"appends"_s, appends},
                           {u"upserts"_s, upserts},
                           {u"runs"_s, byLoad}};
    std::printf("\n");
    printJsonLine(json);
}

int generate(const Options &options)
{
    std::printf("generating %s: %d conversations, %d messages in one …\n", qPrintable(options.path),
                options.shape.conversations, options.shape.messages);
    std::fflush(stdout);
    const scale::GeneratedCache made = scale::generateCache(options.path, options.shape);
    if (!made.error.isEmpty())
        return reportProblem(made.error);
    std::printf("generated in %.2f s (messages %.2f s, conversations %.2f s), %.1f MiB\n",
                made.totalSeconds, made.messagesSeconds, made.conversationsSeconds,
                double(made.fileBytes) / 1048576.0);
    std::fflush(stdout);
    return 0;
}

int benchmark(const Options &options)
{
    const std::optional<scale::CacheShape> existing = scale::cacheShapeOf(options.path);
    if (options.regenerate || !existing || existing->conversations != options.shape.conversations ||
        existing->messages != options.shape.messages) {
        if (const int code = generate(options); code != 0)
            return code;
    } else {
        std::printf("using the existing cache %s (--regenerate makes a new one)\n",
                    qPrintable(options.path));
    }
    QList<MeasureChildRun> runs;
    for (const scale::ConversationLoad load : options.loads) {
        runs.append(runChild(options, load));
        if (runs.last().problem)
            return reportProblem(*runs.last().problem);
    }
    printResults(options, options.loads, runs, QFileInfo(options.path).size());
    return 0;
}

Problem parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Start-up, memory and realtime cost of the inbox models on a cache with 10,000 "
        "conversations and one conversation of 100,000 messages."_s);
    parser.addHelpOption();
    parser.addOptions({
        scale::cacheFileOption(u"envisage-inbox-scale"_s),
        {u"regenerate"_s, u"Make a new cache even if one of this shape exists."_s},
        {u"generate"_s, u"Only write a cache file and exit."_s, u"path"_s},
        {u"measure"_s, u"Measure one start-up on an existing cache (what the benchmark spawns)."_s,
         u"path"_s},
        {u"load"_s,
         u"Ways to load the conversations: all (as before), first-page (as now); default both "
         "(--measure: first-page)."_s,
         u"list"_s, u"all,first-page"_s},
        {u"conversations"_s, u"Conversations in a new cache (default 10000)."_s, u"N"_s,
         u"10000"_s},
        {u"messages"_s, u"Messages in the long conversation of a new cache (default 100000)."_s,
         u"N"_s, u"100000"_s},
        {u"appends"_s, u"Realtime messages merged, and again in one turn (default 1000)."_s, u"N"_s,
         u"1000"_s},
        {u"upserts"_s, u"Conversation updates that move a row to the top (default 1000)."_s, u"N"_s,
         u"1000"_s},
        {u"history-pages"_s, u"Older pages of 50 fetched at the end (default 200)."_s, u"N"_s,
         u"200"_s},
    });
    parser.process(app);

    if (!integerOption(parser, u"conversations"_s, 1, 1'000'000, &options->shape.conversations))
        return u"--conversations must be a whole number from 1 to 1000000."_s;
    if (!integerOption(parser, u"messages"_s, 1, 10'000'000, &options->shape.messages))
        return u"--messages must be a whole number from 1 to 10000000."_s;
    if (!integerOption(parser, u"appends"_s, 1, 1'000'000, &options->measure.appends))
        return u"--appends must be a whole number from 1 to 1000000."_s;
    if (!integerOption(parser, u"upserts"_s, 1, 1'000'000, &options->measure.upserts))
        return u"--upserts must be a whole number from 1 to 1000000."_s;
    if (!integerOption(parser, u"history-pages"_s, 0, 1'000'000, &options->measure.historyPages))
        return u"--history-pages must be a whole number from 0 to 1000000."_s;
    options->loads.clear();
    for (const QString &name : parser.value(u"load"_s).split(u',', Qt::SkipEmptyParts)) {
        if (name == u"all"_s)
            options->loads.append(scale::ConversationLoad::All);
        else if (name == u"first-page"_s)
            options->loads.append(scale::ConversationLoad::FirstPage);
        else
            return u"--load knows all and first-page, not %1."_s.arg(name);
    }
    if (options->loads.isEmpty())
        return u"--load names no way of loading."_s;
    if (parser.isSet(u"generate"_s) && parser.isSet(u"measure"_s))
        return u"--generate and --measure are separate phases; give one."_s;
    if (parser.isSet(u"generate"_s)) {
        options->mode = Mode::Generate;
        options->path = parser.value(u"generate"_s);
    } else if (parser.isSet(u"measure"_s)) {
        options->mode = Mode::Measure;
        options->path = parser.value(u"measure"_s);
        if (!parser.isSet(u"load"_s))
            options->loads = {scale::ConversationLoad::FirstPage}; // what the app does
        if (options->loads.size() != 1)
            return u"--measure takes one --load."_s;
        if (!QFileInfo::exists(options->path))
            return u"--measure: no cache at %1 (make one with --generate)."_s.arg(options->path);
    } else {
        options->path = parser.value(u"cache"_s);
        options->regenerate = parser.isSet(u"regenerate"_s);
    }
    options->path = QFileInfo(options->path).absoluteFilePath();
    options->measure.path = options->path;
    options->measure.load = options->loads.first();
    return {};
}

} // namespace
} // namespace envisage::bench

int main(int argc, char *argv[])
{
    using namespace envisage::bench;
    // First thing: "from process start" for a --measure child is from here (the parent
    // adds what came before, exec and dynamic linking).
    QElapsedTimer sinceMain;
    sinceMain.start();
    const qint64 mainEntryNs = monotonicNs();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench-inbox-scale"_s);
    Options options;
    if (const Problem problem = parseOptions(app, &options))
        return reportProblem(*problem, 2);
    switch (options.mode) {
    case Mode::Generate:
        return generate(options);
    case Mode::Measure:
        return scale::runMeasure(options.measure, sinceMain, mainEntryNs);
    case Mode::Benchmark:
        break;
    }
    return benchmark(options);
}
