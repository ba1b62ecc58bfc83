#include "Outbox.h"

#include "store/Store.h"

#include "CoreLogging.h"
#include <QUuid>

namespace envisage::inbox {

using namespace Qt::StringLiterals;
using store::OutboxEntry;

Outbox::Outbox(api::MarketplaceApi &api, store::Store &store, QObject *parent)
    : QObject(parent), m_api(api), m_store(store),
      m_backoff(std::chrono::milliseconds(2000), std::chrono::milliseconds(60000))
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
    Q_EMIT entryAdded(entry);
    persist(entry);
    return entry.clientId;
}

void Outbox::persist(const OutboxEntry &entry)
{
    m_unstored.insert(entry.clientId);
    // Written before anything is sent: a crash from here on still sends it later.
    m_store.addToOutbox(entry).then(this, [this, clientId = entry.clientId](bool written) {
        if (written) {
            m_unstored.remove(clientId);
            Q_EMIT entryStored(clientId);
            sendNext();
            return;
        }
        // Not on disk (full, read-only): not sent either, since a crash would lose the
        // seller's only copy without a word. It stays on screen as failed; Retry writes
        // it again and then sends it.
        qCWarning(lcOutbox) << "a queued message could not be written to the cache";
        if (OutboxEntry *failed = find(clientId)) {
            failed->state = OutboxEntry::State::Failed;
            failed->lastError =
                tr("Not saved on this computer (is the disk full?). Retry saves and sends it.");
            Q_EMIT entryChanged(*failed);
        }
        Q_EMIT storeFailed(tr("A message could not be saved on this computer (is the disk full?). "
                              "It is kept on screen; choose Retry to save and send it."));
        sendNext(); // later messages that were stored still go
    });
}

void Outbox::write(QFuture<bool> write, const char *what)
{
    write.then(this, [this, what](bool written) {
        if (written)
            return;
        qCWarning(lcOutbox) << "the cache refused to" << what << "an outbox entry";
        Q_EMIT storeFailed(tr("The offline cache could not record a change to an unsent message "
                              "(is the disk full?)."));
    });
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
    Q_EMIT entryChanged(*entry);
    if (m_unstored.contains(clientId))
        persist(*entry); // its first write failed: write it now, then it is sent
    else
        write(m_store.updateOutbox(*entry), "update");
    resume();
}

void Outbox::discard(const QString &clientId)
{
    OutboxEntry *entry = find(clientId);
    // A message being sent right now cannot be taken back.
    if (!entry || (m_sending && m_entries.first().clientId == clientId &&
                   entry->state == OutboxEntry::State::Pending))
        return;
    m_entries.removeIf([&](const OutboxEntry &e) { return e.clientId == clientId; });
    m_unstored.remove(clientId);
    write(m_store.removeFromOutbox(clientId), "remove");
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
        write(m_store.updateOutbox(*stored), "update");
    }
    m_api.sendMessage(
        this, entry.conversationId, entry.body, entry.clientId,
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
        // If this fails the entry is sent again after a restart, with the same client_id:
        // the server answers with the stored message, so nothing is doubled.
        write(m_store.removeFromOutbox(sent.clientId), "remove");
        Q_EMIT delivered(done, message);
        sendNext();
        return;
    }
    const api::ApiError &error = result.error();
    if (error.isTemporary() || error.kind == api::ApiError::Kind::Unauthenticated) {
        // Kept pending; a 401 waits for the next sign-in (setPaused), others back off.
        const std::chrono::milliseconds delay = api::ApiTransport::retryDelay(error, m_backoff);
        qCInfo(lcOutbox) << "sending failed (" << api::kindName(error.kind) << "); retrying in"
                         << delay.count() << "ms";
        if (error.kind != api::ApiError::Kind::Unauthenticated)
            m_retryTimer.start(delay);
        return;
    }
    if (entry) {
        entry->state = OutboxEntry::State::Failed;
        entry->lastError = error.message();
        write(m_store.updateOutbox(*entry), "update");
        qCInfo(lcOutbox) << "a message failed for good:" << api::kindName(error.kind);
        Q_EMIT entryChanged(*entry);
    }
    sendNext(); // later messages still go
}

} // namespace envisage::inbox
