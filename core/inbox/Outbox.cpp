#include "Outbox.h"

#include "store/Store.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "envisage.outbox", QtInfoMsg)

namespace envisage::inbox {

using namespace Qt::StringLiterals;
using store::OutboxEntry;

Outbox::Outbox(api::MarketplaceApi &api, store::Store &store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_backoff(std::chrono::milliseconds(2000), std::chrono::milliseconds(60000))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendNext);
}

void Outbox::setRetryDelays(std::chrono::milliseconds base, std::chrono::milliseconds max)
{
    m_backoff = Backoff(base, max);
}

void Outbox::load()
{
    qCDebug(lcOutbox) << "loading the outbox from the cache";
    m_store.outbox().then(this, [this](const QList<OutboxEntry> &stored) {
        // Entries queued before the cache answered stay after the stored ones (the cache
        // may already hold some of them: their writes were queued before this read).
        const QList<OutboxEntry> queuedMeanwhile = std::exchange(m_entries, stored);
        for (const OutboxEntry &entry : queuedMeanwhile) {
            if (!find(entry.clientId))
                m_entries.append(entry);
        }
        m_loaded = true;
        qCDebug(lcOutbox) << "outbox loaded:" << m_entries.size() << "entries";
        if (!stored.isEmpty())
            qCInfo(lcOutbox) << stored.size() << "unsent message(s) from an earlier run";
        Q_EMIT loaded();
        sendNext();
    });
}

QString Outbox::enqueue(qint64 conversationId, const QString &body)
{
    OutboxEntry entry;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.conversationId = conversationId;
    entry.body = body;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.sequence = m_entries.isEmpty() ? 1 : m_entries.last().sequence + 1;
    m_entries.append(entry);
    m_unstored.insert(entry.clientId);
    Q_EMIT entryAdded(entry);
    // Written before anything is sent: a crash from here on still sends it later.
    m_store.addToOutbox(entry).then(this, [this, clientId = entry.clientId] {
        m_unstored.remove(clientId);
        Q_EMIT entryStored(clientId);
        sendNext();
    });
    return entry.clientId;
}

OutboxEntry *Outbox::find(const QString &clientId)
{
    for (OutboxEntry &entry : m_entries) {
        if (entry.clientId == clientId)
            return &entry;
    }
    return nullptr;
}

QList<OutboxEntry> Outbox::entriesFor(qint64 conversationId) const
{
    QList<OutboxEntry> result;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.conversationId == conversationId)
            result.append(entry);
    }
    return result;
}

void Outbox::retry(const QString &clientId)
{
    OutboxEntry *entry = find(clientId);
    if (!entry || entry->state != OutboxEntry::State::Failed)
        return;
    entry->state = OutboxEntry::State::Pending;
    entry->lastError.clear();
    m_store.updateOutbox(*entry);
    Q_EMIT entryChanged(*entry);
    resume();
}

void Outbox::discard(const QString &clientId)
{
    OutboxEntry *entry = find(clientId);
    // A message being sent right now cannot be taken back.
    if (!entry || (m_sending && m_entries.first().clientId == clientId && entry->state == OutboxEntry::State::Pending))
        return;
    m_entries.removeIf([&](const OutboxEntry &e) { return e.clientId == clientId; });
    m_store.removeFromOutbox(clientId);
    Q_EMIT entryRemoved(clientId);
}

void Outbox::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        resume();
}

void Outbox::resume()
{
    m_retryTimer.stop();
    m_backoff.reset();
    sendNext();
}

void Outbox::sendNext()
{
    if (m_sending || m_paused || !m_loaded || m_retryTimer.isActive())
        return;
    const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending;
    });
    // Not before its cache write has finished (then it resumes sending), whatever called
    // this meanwhile (a reconnect, resume()): in order, and nothing sent that a crash loses.
    if (next == m_entries.cend() || m_unstored.contains(next->clientId))
        return;
    m_sending = true;
    const OutboxEntry entry = *next;
    if (OutboxEntry *stored = find(entry.clientId)) {
        ++stored->attempts;
        m_store.updateOutbox(*stored);
    }
    m_api.sendMessage(entry.conversationId, entry.body, entry.clientId,
                      [this, entry](const api::ApiResult<api::SentMessage> &result) { onSent(entry, result); });
}

void Outbox::onSent(const OutboxEntry &sent, const api::ApiResult<api::SentMessage> &result)
{
    m_sending = false;
    OutboxEntry *entry = find(sent.clientId);
    if (result.ok()) {
        m_backoff.reset();
        const api::Message message = result.value().message;
        const OutboxEntry done = entry ? *entry : sent;
        m_entries.removeIf([&](const OutboxEntry &e) { return e.clientId == sent.clientId; });
        m_store.saveMessages({message});
        m_store.removeFromOutbox(sent.clientId);
        Q_EMIT delivered(done, message);
        sendNext();
        return;
    }
    const api::ApiError &error = result.error();
    if (error.isTemporary() || error.kind == api::ApiError::Kind::Unauthenticated) {
        // Kept pending; a 401 waits for the next sign-in (setPaused), others back off.
        const auto delay = error.kind == api::ApiError::Kind::RateLimited && error.retryAfterSeconds > 0
            ? std::chrono::milliseconds(error.retryAfterSeconds * 1000)
            : m_backoff.next();
        qCInfo(lcOutbox) << "sending failed (" << api::kindName(error.kind) << "); retrying in"
                         << delay.count() << "ms";
        if (error.kind != api::ApiError::Kind::Unauthenticated)
            m_retryTimer.start(delay);
        return;
    }
    if (entry) {
        entry->state = OutboxEntry::State::Failed;
        entry->lastError = error.message();
        m_store.updateOutbox(*entry);
        qCInfo(lcOutbox) << "a message failed for good:" << api::kindName(error.kind);
        Q_EMIT entryChanged(*entry);
    }
    sendNext(); // later messages still go
}

} // namespace envisage::inbox
