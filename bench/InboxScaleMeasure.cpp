#include "InboxScaleMeasure.h"

#include "BoundedWait.h"
#include "Figures.h"
#include "InboxScaleCache.h"
#include "ProcessStats.h"
#include "inbox/CachedConversations.h"
#include "inbox/ConversationListModel.h"
#include "inbox/MessageListModel.h"
#include "store/Store.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace envisage::bench::scale {

using namespace Qt::StringLiterals;
using inbox::ConversationListModel;
using inbox::MessageListModel;

namespace {

double toMs(qint64 ns)
{
    return double(ns) / 1e6;
}

// Per-event costs: total, and nearest-rank percentiles in microseconds.
QJsonObject costFigures(const std::vector<qint64> &costsNs)
{
    qint64 total = 0;
    for (const qint64 cost : costsNs)
        total += cost;
    const Percentiles costs = percentilesOf(costsNs);
    return {{u"count"_s, qint64(costsNs.size())},
            {u"total_ms"_s, jsonNumber(toMs(total), 3)},
            {u"mean_us"_s,
             jsonNumber(costsNs.empty() ? NAN : double(total) / 1e3 / double(costsNs.size()), 2)},
            {u"p50_us"_s, jsonNumber(costs.p50Ms * 1e3, 2)},
            {u"p99_us"_s, jsonNumber(costs.p99Ms * 1e3, 2)},
            {u"max_us"_s, jsonNumber(costs.maxMs * 1e3, 2)}};
}

class ScaleRun
{
public:
    ScaleRun(const MeasureSetup &setup, const QElapsedTimer &sinceMain, qint64 mainEntryNs)
        : m_setup(setup), m_sinceMain(sinceMain), m_store(setup.path)
    {
        m_summary[u"main_entry_ns"_s] = mainEntryNs;
        m_conversations.setMyUserId(SellerId);
        // Rows are inserted only while the cache loads (upserts later move existing rows).
        QObject::connect(&m_conversations, &ConversationListModel::rowsInserted, &m_context,
                         [this] { m_lastConversationInsertMs = sinceMainMs(); });
    }

    int run();

private:
    double sinceMainMs() const { return toMs(m_sinceMain.nsecsElapsed()); }
    bool openStore();
    int cachedConversationCount();
    void showConversations();
    void showMessages();
    void appendMessages();
    void upsertConversations();
    void pageHistory();
    QList<api::Message> realtimeMessages(int count);

    MeasureSetup m_setup;
    const QElapsedTimer &m_sinceMain;
    QJsonObject m_summary;
    // Members in the order the session has them: models first, then the store.
    ConversationListModel m_conversations;
    MessageListModel m_messages;
    store::Store m_store;
    QObject m_context; // where continuations run, as the session's `this`
    double m_lastConversationInsertMs = NAN;
    QDateTime m_realtimeClock = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
};

bool ScaleRun::openStore()
{
    std::optional<store::OpenResult> opened;
    m_store.open().then(&m_context,
                        [&opened](const store::OpenResult &result) { opened = result; });
    spinUntil([&opened] { return opened.has_value(); });
    m_summary[u"store_open_ms"_s] = jsonNumber(sinceMainMs(), 3);
    if (!opened->ok || opened->rebuilt) {
        std::fprintf(stderr, "bench-inbox-scale: the cache could not be opened as it is: %s\n",
                     qPrintable(opened->error));
        return false;
    }
    return true;
}

int ScaleRun::cachedConversationCount()
{
    // Asked only once the first pages are shown, so it cannot delay them.
    return m_store
        .run<int>([](store::StoreDatabase &db) {
            return db.meta(ConversationCountKey.toString()).toInt();
        })
        .result();
}

void ScaleRun::showConversations()
{
    QElapsedTimer step;
    step.start();
    double arrivedMs = NAN; // only where the bench sees the rows arrive
    double shownMs = NAN;
    const auto shown = [&] {
        shownMs = sinceMainMs();
        printJsonLine({{u"event"_s, u"conversations_shown"_s}, {u"since_main_ms"_s, shownMs}});
    };
    if (m_setup.load == ConversationLoad::All) {
        // InboxSession::loadCache before CachedConversations.
        m_store.conversations().then(&m_context, [&](const QList<api::Conversation> &cached) {
            arrivedMs = toMs(step.nsecsElapsed());
            m_conversations.upsert(cached);
            m_conversations.flush();
            shown();
        });
    } else {
        inbox::loadCachedConversations(m_store, m_conversations, &m_context, shown);
    }
    spinUntil([&shownMs] { return !std::isnan(shownMs); });
    m_summary[u"conversations_shown_ms"_s] = jsonNumber(shownMs, 3);
    m_summary[u"conversations_first_rows"_s] = m_conversations.rowCount();
    m_summary[u"conversations_query_ms"_s] = jsonNumber(arrivedMs, 3);
    m_summary[u"conversations_model_ms"_s] = jsonNumber(toMs(step.nsecsElapsed()) - arrivedMs, 3);
    m_summary[u"rss_after_conversations_kib"_s] = memoryKiB("VmRSS");
}

void ScaleRun::showMessages()
{
    QElapsedTimer step;
    step.start();
    double shownMs = NAN;
    const int page = m_setup.messagePage;
    const qint64 id = LongConversationId;
    m_messages.reset(id, SellerId);
    m_messages.setHistoryLoading(true);
    // OpenConversation::open: the cached page, then how far back the cache reaches.
    m_store.messagesBefore(id, 0, page)
        .then(&m_context, [&, id, page](const QList<api::Message> &cached) {
            m_store.historyState(id).then(&m_context, [&, cached,
                                                       page](const store::HistoryState &state) {
                m_messages.prependHistory(cached, state.reachedStart && cached.size() < page);
                shownMs = sinceMainMs();
                printJsonLine({{u"event"_s, u"messages_shown"_s}, {u"since_main_ms"_s, shownMs}});
            });
        });
    spinUntil([this] { return m_messages.messageCount() > 0; });
    m_summary[u"messages_shown_ms"_s] = jsonNumber(shownMs, 3);
    m_summary[u"messages_step_ms"_s] = jsonNumber(toMs(step.nsecsElapsed()), 3);
    m_summary[u"messages_first_rows"_s] = m_messages.messageCount();
}

QList<api::Message> ScaleRun::realtimeMessages(int count)
{
    QList<api::Message> messages;
    qint64 id = m_messages.newestId();
    for (int i = 0; i < count; ++i) {
        api::Message m;
        m.id = ++id;
        m.conversationId = LongConversationId;
        const bool mine = i % 3 == 0;
        m.senderId = mine ? SellerId : LongConversationBuyerId;
        m.sender = {m.senderId, mine ? u"Sam Okafor"_s : u"Ada Novak"_s, QString()};
        m.body = u"Realtime message %1: is the table still there on Saturday?"_s.arg(i);
        m_realtimeClock = m_realtimeClock.addSecs(1);
        m.createdAt = m_realtimeClock;
        messages.append(m);
    }
    return messages;
}

void ScaleRun::appendMessages()
{
    // One message per event-loop turn, as message.sent frames arrive: merge + its flush.
    std::vector<qint64> costs;
    costs.reserve(size_t(m_setup.appends));
    for (const api::Message &message : realtimeMessages(m_setup.appends)) {
        const int expected = m_messages.messageCount() + 1;
        QElapsedTimer cost;
        cost.start();
        m_messages.merge(message);
        spinUntil([this, expected] { return m_messages.messageCount() == expected; });
        costs.push_back(cost.nsecsElapsed());
    }
    m_summary[u"append_one_per_turn"_s] = costFigures(std::move(costs));

    // The same number in one turn (a catch-up page after a reconnect): one flush.
    const QList<api::Message> burst = realtimeMessages(m_setup.appends);
    const int expected = m_messages.messageCount() + int(burst.size());
    QElapsedTimer cost;
    cost.start();
    m_messages.merge(burst);
    spinUntil([this, expected] { return m_messages.messageCount() == expected; });
    m_summary[u"append_one_turn"_s] = costFigures({cost.nsecsElapsed()});
}

void ScaleRun::upsertConversations()
{
    // conversation.updated for the least recent conversation: it moves to the top, the
    // largest re-sort there is. Built before timing; the model's work is what is timed.
    const auto freshen = [this](int row, int i) {
        const qint64 id =
            m_conversations.data(m_conversations.index(row), ConversationListModel::IdRole)
                .toLongLong();
        // The list keeps only a window of records in memory: the others from the cache.
        const std::optional<api::Conversation> known = m_conversations.conversation(id);
        api::Conversation c = known ? *known : m_store.conversationsById({id}).result().value(0);
        api::Message last = *c.lastMessage;
        last.id = 2'000'000 + i;
        last.senderId = c.buyer.id;
        last.sender = {c.buyer.id, c.buyer.name, c.buyer.avatarUrl};
        last.body = u"New message %1 for an old conversation"_s.arg(i);
        last.createdAt = QDateTime(QDate(2024, 6, 2), QTime(0, 0), Qt::UTC).addSecs(i);
        last.readAt = {};
        c.lastMessage = last;
        c.updatedAt = last.createdAt;
        c.unreadCount += 1;
        return c;
    };
    std::vector<qint64> costs;
    costs.reserve(size_t(m_setup.upserts));
    for (int i = 0; i < m_setup.upserts; ++i) {
        const api::Conversation c = freshen(m_conversations.rowCount() - 1, i);
        QElapsedTimer cost;
        cost.start();
        m_conversations.upsert(c);
        spinUntil([this, &c] { return m_conversations.rowOfConversation(c.id) == 0; });
        costs.push_back(cost.nsecsElapsed());
    }
    m_summary[u"upsert_one_per_turn"_s] = costFigures(std::move(costs));

    QList<api::Conversation> burst;
    for (int i = 0; i < m_setup.upserts; ++i)
        burst.append(freshen(m_conversations.rowCount() - 1 - i, m_setup.upserts + i));
    QElapsedTimer cost;
    cost.start();
    m_conversations.upsert(burst);
    spinUntil([this, &burst] { return m_conversations.rowOfConversation(burst.last().id) == 0; });
    m_summary[u"upsert_one_turn"_s] = costFigures({cost.nsecsElapsed()});
}

void ScaleRun::pageHistory()
{
    // Scrolling back: fetchMore's cache path (OpenConversation::loadOlder), page by page.
    std::vector<qint64> costs;
    for (int i = 0; i < m_setup.historyPages; ++i) {
        const int expected = m_messages.messageCount() + m_setup.messagePage;
        bool done = false;
        QElapsedTimer cost;
        cost.start();
        m_store.messagesBefore(LongConversationId, m_messages.oldestId(), m_setup.messagePage)
            .then(&m_context, [this, &done](const QList<api::Message> &older) {
                m_messages.prependHistory(older, false);
                done = true;
            });
        spinUntil([&done] { return done; });
        costs.push_back(cost.nsecsElapsed());
        if (m_messages.messageCount() != expected)
            break;
    }
    const qint64 last = costs.empty() ? 0 : costs.back();
    QJsonObject figures = costFigures(std::move(costs));
    figures[u"last_page_us"_s] = jsonNumber(double(last) / 1e3, 2);
    figures[u"messages_in_model"_s] = m_messages.messageCount();
    figures[u"rss_after_kib"_s] = memoryKiB("VmRSS");
    figures[u"peak_rss_after_kib"_s] = memoryKiB("VmHWM");
    m_summary[u"history_pages"_s] = figures;
}

int ScaleRun::run()
{
    if (!openStore())
        return 1;
    showConversations();
    showMessages();
    m_summary[u"rss_after_first_pages_kib"_s] = memoryKiB("VmRSS");
    const int total = cachedConversationCount();
    spinUntil([this, total] { return m_conversations.rowCount() >= total; });
    m_summary[u"conversations_all_ms"_s] = jsonNumber(m_lastConversationInsertMs, 3);
    m_summary[u"conversations_all_rows"_s] = m_conversations.rowCount();
    m_summary[u"rss_after_all_conversations_kib"_s] = memoryKiB("VmRSS");
    appendMessages();
    upsertConversations();
    m_summary[u"rss_end_kib"_s] = memoryKiB("VmRSS");
    m_summary[u"peak_rss_kib"_s] = memoryKiB("VmHWM");
    pageHistory();
    m_summary[u"event"_s] = u"summary"_s;
    m_summary[u"load"_s] = m_setup.load == ConversationLoad::All ? u"all"_s : u"first-page"_s;
    printJsonLine(m_summary);
    return 0;
}

} // namespace

int runMeasure(const MeasureSetup &setup, const QElapsedTimer &sinceMain, qint64 mainEntryNs)
{
    ScaleRun run(setup, sinceMain, mainEntryNs);
    return run.run();
}

} // namespace envisage::bench::scale
