// bench-attachments: photos, from the seller's disk to the sandbox and from the sandbox to
// the bubbles (docs/benchmarks.md, "Attachments").
//
// Upload: three phone photos of about 8 MiB each (4032 × 3024 JPEGs with EXIF orientation
// and GPS), a message's worth, sent one after another as the outbox sends them, --rounds
// times each way (PhotoUploads.h): MarketplaceApi alone; the web frontend's fetch +
// FormData in Node, the npm world's peer, in the same run; and `envisage-cli send
// --attach` ×3, the whole send with the photos cleaned. MiB/s, and the CPU time of the
// uploader and of the sandbox.
//
// A conversation of photos: buyer5 starts a conversation and fills it through the REST API
// (ImageHistorySeed.h, by default 2,000 messages, 500 of them with 1–3 photos; with
// --photo-every 0 text alone, for comparison); then the
// real window opens it in a process of its own (ImageConversationWindow.h), three times:
// with nothing cached (thumbnails from the sandbox), with the cache that run left
// (thumbnails from the disk) scrolling back to the first message with the older pages from
// the sandbox, and once more with the whole history cached, for the history-page figures
// with image rows.
//
// All on loopback. Run it from the release build, under the platform to measure:
//   QT_QPA_PLATFORM=offscreen build/release/bench/bench-attachments
#include "BoundedWait.h"
#include "BuyerPosts.h"
#include "CommandLine.h"
#include "DemoSeeder.h"
#include "DemoSellerWindow.h"
#include "DesktopAppSetup.h"
#include "Figures.h"
#include "ImageConversationWindow.h"
#include "ImageHistorySeed.h"
#include "PeerProcess.h"
#include "PhotoUploads.h"
#include "ProcessStats.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace envisage::bench::attachments {
namespace {

using sandbox::DemoAccounts;

constexpr int ReadyTimeoutMs = 15000;
constexpr int UploadRoundTimeoutMs = 120000;
constexpr int SeedTimeoutMs = 600000;
constexpr int WindowTimeoutMs = 900000;
constexpr int StopGraceMs = 5000;
constexpr int Photos = 3; // per message, the contract's most
const QString FifthBuyer = u"buyer5@envisage.test"_s;

struct Options
{
    int rounds = 5;
    int photoMiB = 8;
    int messages = 2000;
    int photoEvery = 4;
    QString sandboxPath;
    QString cliPath;
    QString nodePath;
    std::optional<WindowSetup> window; // `--window`: be the seller's window
};

// The median of a figure of the rounds; NAN when none.
double medianOf(const QList<UploadRound> &rounds, double UploadRound::*figure)
{
    std::vector<double> values;
    for (const UploadRound &round : rounds)
        values.push_back(round.*figure);
    if (values.empty())
        return NAN;
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

// A way of uploading, summed up from its rounds: the medians.
struct UploadFigures
{
    QString way;
    QList<UploadRound> rounds;

    double wallMs() const { return medianOf(rounds, &UploadRound::wallMs); }
    double mibPerSecond() const
    {
        return rounds.isEmpty() ? NAN : double(rounds.first().bytes) / 1048576.0 / (wallMs() / 1e3);
    }
    double clientCpuMs() const { return medianOf(rounds, &UploadRound::clientCpuMs); }
    double serverCpuMs() const { return medianOf(rounds, &UploadRound::serverCpuMs); }
    QJsonObject json() const
    {
        QJsonArray each;
        for (const UploadRound &round : rounds)
            each.append(QJsonObject{{u"wall_ms"_s, jsonNumber(round.wallMs, 1)},
                                    {u"client_cpu_ms"_s, jsonNumber(round.clientCpuMs, 1)},
                                    {u"server_cpu_ms"_s, jsonNumber(round.serverCpuMs, 1)}});
        return {{u"median_wall_ms"_s, jsonNumber(wallMs(), 1)},
                {u"mib_per_s"_s, jsonNumber(mibPerSecond(), 1)},
                {u"median_client_cpu_ms"_s, jsonNumber(clientCpuMs(), 1)},
                {u"median_server_cpu_ms"_s, jsonNumber(serverCpuMs(), 1)},
                {u"rounds"_s, each}};
    }
};

class AttachmentsBench
{
public:
    explicit AttachmentsBench(Options options);
    ~AttachmentsBench();

    int run();

private:
    Problem startSandbox();
    Problem uploadWithTheApi(const QString &what, const QStringList &files, const QString &mime);
    Problem uploadWithNode(const QString &what, const QStringList &files, const QString &mime);
    Problem uploadEachWay();
    Problem sendWithTheCli();
    Problem seedImageConversation();
    Problem openInTheWindow(const QString &run, bool scroll);
    inbox::ServerProfile profile() const;
    void printResults() const;

    Options m_options;
    BoundedWait m_wait; // before what reports to it, so it outlives their handlers
    SandboxProcess m_sandbox;
    QUrl m_apiUrl;
    testing::TestHttp m_setupHttp; // sign-in and setting up: nothing measured
    QString m_sellerToken;
    qint64 m_buyerConversationId = 0; // buyer1's, where the CLI's messages go
    QTemporaryDir m_folder;           // photos, the CLI's and the window's caches
    QStringList m_photoPaths;
    qint64 m_photoBytes = 0;
    QStringList m_documentPaths;

    QList<UploadFigures> m_uploads;
    qint64 m_imageConversationId = 0;
    int m_seededMessages = 0, m_seededImageMessages = 0, m_seededPhotos = 0;
    double m_seedSeconds = NAN;
    QList<QPair<QString, QJsonObject>> m_windowRuns;
};

AttachmentsBench::AttachmentsBench(Options options)
    : m_options(std::move(options)), m_sandbox(m_options.sandboxPath)
{
    // Loopback only: an http_proxy in the environment must not see any request of ours.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

AttachmentsBench::~AttachmentsBench()
{
    m_sandbox.stop(StopGraceMs);
}

int AttachmentsBench::run()
{
    if (!m_folder.isValid())
        return reportProblem(u"no temporary folder: "_s + m_folder.errorString());
    std::printf("writing %d photos of about %d MiB …\n", Photos, m_options.photoMiB);
    std::fflush(stdout);
    Problem problem = writePhonePhotos(m_folder.path(), Photos,
                                       qint64(m_options.photoMiB) * 1024 * 1024, &m_photoPaths);
    for (const QString &path : std::as_const(m_photoPaths))
        m_photoBytes += QFileInfo(path).size();
    if (!problem)
        problem = writeDocuments(m_folder.path(), Photos, m_photoBytes / Photos, &m_documentPaths);
    if (!problem)
        problem = startSandbox();
    QString buyerToken;
    if (!problem)
        problem = bench::signIn(
            m_setupHttp, m_apiUrl, QString::fromLatin1(DemoAccounts::SellerEmail),
            QString::fromLatin1(DemoAccounts::SellerPassword), m_wait, &m_sellerToken);
    if (!problem)
        problem =
            bench::signIn(m_setupHttp, m_apiUrl, BuyerEmail.toString(),
                          QString::fromLatin1(DemoAccounts::BuyerPassword), m_wait, &buyerToken);
    if (!problem)
        problem = findConversationWithDemoSeller(m_setupHttp, m_apiUrl, buyerToken,
                                                 &m_buyerConversationId);
    const QList<Problem (AttachmentsBench::*)()> steps{&AttachmentsBench::uploadEachWay,
                                                       &AttachmentsBench::sendWithTheCli,
                                                       &AttachmentsBench::seedImageConversation};
    for (const auto step : steps) {
        if (!problem)
            problem = (this->*step)();
    }
    // Nothing cached; then the thumbnails of the newest messages cached (older pages come
    // from the sandbox); then the whole history and the thumbnails seen on the way cached.
    if (!problem && m_options.photoEvery > 0)
        problem = openInTheWindow(u"nothing cached"_s, false);
    if (!problem)
        problem = openInTheWindow(u"thumbnails cached"_s, true);
    if (!problem)
        problem = openInTheWindow(u"history cached"_s, true);
    printResults();
    m_sandbox.stop(StopGraceMs);
    return problem ? reportProblem(*problem) : 0;
}

Problem AttachmentsBench::startSandbox()
{
    Problem problem =
        m_sandbox.startAndWaitUntilReady(demoSandboxArguments(), m_wait, ReadyTimeoutMs);
    if (!problem)
        m_apiUrl = m_sandbox.endpoints()->apiUrl;
    return problem;
}

inbox::ServerProfile AttachmentsBench::profile() const
{
    return sandboxProfile(*m_sandbox.endpoints());
}

Problem AttachmentsBench::uploadEachWay()
{
    const QString jpeg = u"image/jpeg"_s;
    const QString pdf = u"application/pdf"_s;
    Problem problem = uploadWithTheApi(u"photos"_s, m_photoPaths, jpeg);
    if (!problem)
        problem = uploadWithNode(u"photos"_s, m_photoPaths, jpeg);
    if (!problem)
        problem = uploadWithTheApi(u"PDFs"_s, m_documentPaths, pdf);
    if (!problem)
        problem = uploadWithNode(u"PDFs"_s, m_documentPaths, pdf);
    return problem;
}

Problem AttachmentsBench::uploadWithTheApi(const QString &what, const QStringList &files,
                                           const QString &mime)
{
    std::printf("uploading %s with MarketplaceApi …\n", qPrintable(what));
    std::fflush(stdout);
    ApiUploadRounds uploads;
    QObject::connect(&uploads, &ApiUploadRounds::progressed, &m_wait, &BoundedWait::progress);
    QObject::connect(&uploads, &ApiUploadRounds::failed, &m_wait, &BoundedWait::fail);
    uploads.start({m_apiUrl, m_sellerToken, files, mime, m_options.rounds, m_sandbox.processId(),
                   m_buyerConversationId});
    const Problem problem =
        m_wait.waitUntil([&uploads] { return uploads.isDone(); },
                         UploadRoundTimeoutMs * m_options.rounds, u"the uploads"_s);
    m_uploads.append({u"%1: MarketplaceApi (C++)"_s.arg(what), uploads.rounds()});
    return problem;
}

Problem AttachmentsBench::uploadWithNode(const QString &what, const QStringList &files,
                                         const QString &mime)
{
    if (m_options.nodePath.isEmpty()) {
        std::printf("node not found: the fetch + FormData peer is left out\n");
        return {};
    }
    std::printf("uploading %s with fetch + FormData in Node …\n", qPrintable(what));
    std::fflush(stdout);
    PeerProcess node(u"Node"_s, u"uploader"_s);
    m_wait.follow(node);
    const double serverCpuBefore = m_sandbox.cpuSeconds();
    node.start(m_options.nodePath,
               QStringList{QString::fromUtf8(UPLOAD_PEER), u"--api-url"_s, m_apiUrl.toString(),
                           u"--email"_s, QString::fromLatin1(DemoAccounts::SellerEmail),
                           u"--password"_s, QString::fromLatin1(DemoAccounts::SellerPassword),
                           u"--rounds"_s, QString::number(m_options.rounds), u"--mime"_s, mime,
                           u"--conversation"_s, QString::number(m_buyerConversationId)} +
                   files);
    const Problem problem =
        m_wait.waitUntil([&node] { return node.summary().has_value(); },
                         UploadRoundTimeoutMs * m_options.rounds, u"the Node uploader's summary"_s);
    if (problem)
        return problem;
    // The sandbox's CPU time is only known for all the rounds together, with the sign-in
    // and the untimed posts.
    const double serverCpuMsPerRound =
        (m_sandbox.cpuSeconds() - serverCpuBefore) * 1e3 / m_options.rounds;
    UploadFigures figures{u"%1: fetch + FormData (Node)"_s.arg(what), {}};
    for (const QJsonValue &item : node.summary()->value(u"rounds"_s).toArray()) {
        const QJsonObject round = item.toObject();
        figures.rounds.append({round.value(u"wall_ms"_s).toDouble(NAN),
                               round.value(u"cpu_ms"_s).toDouble(NAN), serverCpuMsPerRound,
                               round.value(u"bytes"_s).toInteger()});
    }
    m_uploads.append(figures);
    node.stop(StopGraceMs);
    return {};
}

Problem AttachmentsBench::sendWithTheCli()
{
    std::printf("sending with envisage-cli send --attach …\n");
    std::fflush(stdout);
    // The profile's JSON has the keys of the sandbox's ready line that --sandbox-ready reads.
    const QJsonObject ready = profile().toJson();
    // Its cache, outbox and settings in the benchmark's folder, never the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"})
        environment.insert(QString::fromLatin1(variable), m_folder.filePath(u"cli-home"_s));
    UploadFigures figures{u"photos: envisage-cli send --attach ×3 (whole send)"_s, {}};
    for (int round = 0; round < m_options.rounds; ++round) {
        QStringList arguments{
            u"--sandbox-ready"_s,
            QString::fromUtf8(QJsonDocument(ready).toJson(QJsonDocument::Compact)),
            u"--token"_s,
            m_sellerToken,
            u"--cache"_s,
            m_folder.filePath(u"cli-cache.sqlite"_s),
            u"send"_s,
            QString::number(m_buyerConversationId),
            u"Photos of the drawer, round %1"_s.arg(round + 1)};
        for (const QString &path : std::as_const(m_photoPaths))
            arguments << u"--attach"_s << path;
        QProcess cli;
        cli.setProcessEnvironment(environment);
        const double cpuBefore = childrenCpuSeconds();
        const double serverCpuBefore = m_sandbox.cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        // Blocking is fine here: the sandbox is a process of its own, and nothing of ours
        // waits to be served meanwhile.
        cli.start(m_options.cliPath, arguments);
        if (!cli.waitForFinished(UploadRoundTimeoutMs))
            return u"envisage-cli send did not finish within %1 s"_s.arg(UploadRoundTimeoutMs /
                                                                         1000);
        const double wallMs = double(clock.nsecsElapsed()) / 1e6;
        if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
            return u"envisage-cli send failed (exit %1): %2"_s.arg(cli.exitCode())
                .arg(QString::fromUtf8(cli.readAllStandardError().left(500)));
        figures.rounds.append({wallMs, (childrenCpuSeconds() - cpuBefore) * 1e3,
                               (m_sandbox.cpuSeconds() - serverCpuBefore) * 1e3, m_photoBytes});
    }
    m_uploads.append(figures);
    return {};
}

// buyer5 asks about the first of the seller's listings it has not written about yet: a
// conversation of its own, with nothing in it but that question.
Problem AttachmentsBench::seedImageConversation()
{
    std::printf("seeding a conversation of %d messages with photos …\n", m_options.messages);
    std::fflush(stdout);
    QString buyerToken;
    if (Problem problem =
            bench::signIn(m_setupHttp, m_apiUrl, FifthBuyer,
                          QString::fromLatin1(DemoAccounts::BuyerPassword), m_wait, &buyerToken))
        return problem;
    const qint64 sellerId = m_setupHttp.get(m_apiUrl.resolved(QUrl(u"/api/user"_s)), m_sellerToken)
                                .json()
                                .value(u"id"_s)
                                .toInteger();
    for (int listing = 1; listing <= 50 && m_imageConversationId == 0; ++listing) {
        const testing::TestResponse started = m_setupHttp.postJson(
            m_apiUrl.resolved(QUrl(u"/api/conversations"_s)),
            {{u"listing_id"_s, listing}, {u"body"_s, u"Hello, is the bookcase still for sale?"_s}},
            buyerToken);
        const QJsonObject conversation = started.json().value(u"data"_s).toObject();
        if (started.status != 201 ||
            conversation.value(u"seller"_s).toObject().value(u"id"_s).toInteger() != sellerId)
            continue;
        const qint64 id = conversation.value(u"id"_s).toInteger();
        const testing::TestResponse page = m_setupHttp.get(
            m_apiUrl.resolved(QUrl(u"/api/conversations/%1/messages?per_page=5"_s.arg(id))),
            buyerToken);
        if (page.json().value(u"data"_s).toArray().size() == 1)
            m_imageConversationId = id;
    }
    if (m_imageConversationId == 0)
        return u"buyer5 found no listing of the demo seller to start a new conversation about"_s;

    ImageHistorySeed seed;
    QObject::connect(&seed, &ImageHistorySeed::progressed, &m_wait, &BoundedWait::progress);
    QObject::connect(&seed, &ImageHistorySeed::failed, &m_wait, &BoundedWait::fail);
    QElapsedTimer clock;
    clock.start();
    seed.start({m_apiUrl, buyerToken, m_sellerToken, m_imageConversationId, m_options.messages,
                m_options.photoEvery});
    const Problem problem =
        m_wait.waitUntil([&seed] { return seed.isDone(); }, SeedTimeoutMs, u"the seeding"_s);
    m_seedSeconds = double(clock.nsecsElapsed()) / 1e9;
    m_seededMessages = m_options.messages + 1; // and the question
    m_seededImageMessages = seed.imageMessages();
    m_seededPhotos = seed.photos();
    return problem;
}

Problem AttachmentsBench::openInTheWindow(const QString &run, bool scroll)
{
    std::printf("opening it in the window (%s) …\n", qPrintable(run));
    std::fflush(stdout);
    PeerProcess window(u"seller"_s, u"window"_s);
    m_wait.follow(window);
    QStringList arguments{
        u"--window"_s,
        QString::fromUtf8(QJsonDocument(profile().toJson()).toJson(QJsonDocument::Compact)),
        u"--conversation"_s,
        QString::number(m_imageConversationId),
        u"--cache-folder"_s,
        m_folder.filePath(u"window"_s)};
    if (scroll)
        arguments << u"--scroll"_s;
    window.start(QCoreApplication::applicationFilePath(), arguments);
    const Problem problem = m_wait.waitUntil([&window] { return window.summary().has_value(); },
                                             WindowTimeoutMs, u"the window's summary"_s);
    if (window.summary())
        m_windowRuns.append({run, *window.summary()});
    window.stop(StopGraceMs);
    return problem;
}

void AttachmentsBench::printResults() const
{
    std::printf("\n%d photos of %.2f MiB each (4032 × 3024 JPEG with EXIF), and %d PDFs of the "
                "same size, one after another, median of %d rounds\n\n",
                Photos, double(m_photoBytes) / Photos / 1048576.0, Photos, m_options.rounds);
    QList<QStringList> upload{
        {u"way"_s, u"wall"_s, u"MiB/s"_s, u"uploader CPU"_s, u"sandbox CPU"_s}};
    QJsonObject uploadJson;
    for (const UploadFigures &figures : m_uploads) {
        upload.append({figures.way, fixedText(figures.wallMs(), 1, u"ms"_s),
                       fixedText(figures.mibPerSecond(), 1),
                       fixedText(figures.clientCpuMs(), 1, u"ms"_s),
                       fixedText(figures.serverCpuMs(), 1, u"ms"_s)});
        uploadJson[figures.way] = figures.json();
    }
    printTable(upload, {44});

    std::printf("\nconversation %lld: %d messages, %d of them with %d photos, seeded in %.1f s\n\n",
                m_imageConversationId, m_seededMessages, m_seededImageMessages, m_seededPhotos,
                m_seedSeconds);
    QStringList header{u"figure"_s};
    for (const auto &[run, summary] : m_windowRuns)
        header.append(run);
    QList<QStringList> window{header};
    const auto row = [&](const QString &name,
                         const std::function<QString(const QJsonObject &)> &cell) {
        QStringList cells{name};
        for (const auto &[run, summary] : m_windowRuns)
            cells.append(cell(summary));
        window.append(cells);
    };
    const auto ms = [](const QString &path) {
        return [path](const QJsonObject &summary) {
            QJsonValue value = summary;
            for (const QString &key : path.split(u'.'))
                value = value.toObject().value(key);
            return msText(value);
        };
    };
    row(u"open → first page in the model"_s, ms(u"open_to_first_page_ms"_s));
    row(u"open → painted with them (first paint with thumbnails)"_s,
        ms(u"open_to_thumbnails_painted_ms"_s));
    row(u"  photos in sight"_s, [](const QJsonObject &s) {
        return QString::number(s.value(u"photos_in_sight"_s).toInt());
    });
    row(u"  CPU until then"_s, [](const QJsonObject &s) {
        return fixedText(s.value(u"cpu_to_thumbnails_painted_s"_s).toDouble(NAN) * 1e3, 1, u"ms"_s);
    });
    row(u"history pages to the first message"_s, [](const QJsonObject &s) {
        const QJsonObject scroll = s.value(u"scroll"_s).toObject();
        return scroll.isEmpty() ? u"–"_s
                                : u"%1 (%2)"_s.arg(scroll.value(u"pages"_s).toInt())
                                      .arg(scroll.value(u"stopped_by"_s).toString());
    });
    row(u"  page p50 / p99 / max, wall"_s, [&ms](const QJsonObject &s) {
        return ms(u"scroll.page_p50_ms"_s)(s) + u" / "_s + ms(u"scroll.page_p99_ms"_s)(s) +
               u" / "_s + ms(u"scroll.page_max_ms"_s)(s);
    });
    row(u"  page p50 / p99 / max, GUI thread CPU"_s, [&ms](const QJsonObject &s) {
        return ms(u"scroll.page_cpu_p50_ms"_s)(s) + u" / "_s + ms(u"scroll.page_cpu_p99_ms"_s)(s) +
               u" / "_s + ms(u"scroll.page_cpu_max_ms"_s)(s);
    });
    row(u"  first 10 / last 10 pages, mean wall"_s, [&ms](const QJsonObject &s) {
        return ms(u"scroll.first_10_pages_mean_ms"_s)(s) + u" / "_s +
               ms(u"scroll.last_10_pages_mean_ms"_s)(s);
    });
    row(u"thumbnails ready / failed"_s, [](const QJsonObject &s) {
        return u"%1 / %2"_s.arg(s.value(u"thumbnails_ready"_s).toInt())
            .arg(s.value(u"thumbnails_failed"_s).toInt());
    });
    row(u"RSS after opening / at the end (peak)"_s, [](const QJsonObject &s) {
        const QJsonObject end = s.value(u"scroll"_s).toObject().value(u"memory_kib"_s).toObject();
        return mibText(s.value(u"memory_after_open_kib"_s).toObject().value(u"VmRSS"_s)) +
               u" / "_s +
               (end.isEmpty() ? u"–"_s
                              : mibText(end.value(u"VmRSS"_s)) + u" ("_s +
                                    mibText(end.value(u"VmHWM"_s)) + u")"_s);
    });
    row(u"attachment cache on disk at the end"_s, [](const QJsonObject &s) {
        return mibText(s.value(u"attachment_cache_bytes_at_end"_s).toInteger() / 1024);
    });
    printTable(window, {52});

    QJsonObject windowJson;
    for (const auto &[run, summary] : m_windowRuns)
        windowJson[run] = summary;
    std::printf("\n");
    printJsonLine({{u"bench"_s, u"attachments"_s},
                   {u"photo_bytes"_s, m_photoBytes},
                   {u"uploads"_s, uploadJson},
                   {u"conversation_messages"_s, m_seededMessages},
                   {u"image_messages"_s, m_seededImageMessages},
                   {u"photos"_s, m_seededPhotos},
                   {u"window"_s, windowJson}});
}

Problem parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Photos from the disk to the sandbox (three of about 8 MiB: MarketplaceApi, Node's "
        "fetch + FormData, envisage-cli send --attach) and from the sandbox to the bubbles "
        "(a conversation of photos opened in the real window, with an empty and a warm "
        "attachment cache, then scrolled back to its first message)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"rounds"_s, u"Upload rounds per way (default 5)."_s, u"N"_s, u"5"_s},
        {u"photo-mib"_s, u"Size of each photo in MiB, at most 9 (default 8)."_s, u"MiB"_s, u"8"_s},
        {u"messages"_s,
         u"Messages in the conversation of photos; every fourth has 1–3 photos (default 2000)."_s,
         u"N"_s, u"2000"_s},
        {u"photo-every"_s,
         u"Every N-th message of that conversation has photos; 0: none, for comparison "
         "(default 4)."_s,
         u"N"_s, u"4"_s},
        {u"sandbox"_s, u"The envisage-sandbox binary (default: the one built with this)."_s,
         u"path"_s, QString::fromUtf8(SANDBOX_BIN)},
        {u"cli"_s, u"The envisage-cli binary (default: the one built with this)."_s, u"path"_s,
         QString::fromUtf8(CLI_BIN)},
        {u"node"_s, u"Node.js for the fetch + FormData peer (default: node on PATH)."_s, u"path"_s,
         QStandardPaths::findExecutable(u"node"_s)},
        {u"window"_s,
         u"Be the seller's window for this server profile (what the benchmark "
         "spawns)."_s,
         u"profile JSON"_s},
        {u"conversation"_s, u"--window: the conversation to open."_s, u"id"_s},
        {u"cache-folder"_s, u"--window: the folder of the account's cache."_s, u"path"_s},
        {u"scroll"_s, u"--window: scroll back to the first message."_s},
    });
    parser.process(app);
    if (!integerOption(parser, u"rounds"_s, 1, 1000, &options->rounds))
        return u"--rounds must be a whole number from 1 to 1000."_s;
    if (!integerOption(parser, u"photo-mib"_s, 1, 9, &options->photoMiB))
        return u"--photo-mib must be a whole number from 1 to 9 (the contract's limit is 10)."_s;
    if (!integerOption(parser, u"messages"_s, 4, 1'000'000, &options->messages))
        return u"--messages must be a whole number from 4 to 1000000."_s;
    if (!integerOption(parser, u"photo-every"_s, 0, 1'000'000, &options->photoEvery))
        return u"--photo-every must be a whole number from 0 to 1000000."_s;
    options->sandboxPath = parser.value(u"sandbox"_s);
    options->cliPath = parser.value(u"cli"_s);
    options->nodePath = parser.value(u"node"_s);
    if (!parser.isSet(u"window"_s))
        return {};
    WindowSetup window;
    window.profile = inbox::ServerProfile::fromJson(
        QJsonDocument::fromJson(parser.value(u"window"_s).toUtf8()).object());
    bool ok = false;
    window.conversationId = parser.value(u"conversation"_s).toLongLong(&ok);
    window.cacheFolder = parser.value(u"cache-folder"_s);
    window.scrollHistory = parser.isSet(u"scroll"_s);
    if (!ok || window.conversationId <= 0 || !window.profile.apiUrl.isValid() ||
        window.cacheFolder.isEmpty())
        return u"--window needs a server profile, --conversation and --cache-folder."_s;
    options->window = window;
    return {};
}

} // namespace
} // namespace envisage::bench::attachments

int main(int argc, char *argv[])
{
    using namespace envisage::bench;
    using namespace envisage::bench::attachments;
    const std::unique_ptr<QCoreApplication> app = applicationFor(argc, argv, "--window");
    QCoreApplication::setApplicationName(u"bench-attachments"_s);
    Options options;
    if (const Problem problem = parseOptions(*app, &options))
        return reportProblem(*problem, 2);
    if (options.window)
        return runImageConversationWindow(*options.window);
    return AttachmentsBench(std::move(options)).run();
}
