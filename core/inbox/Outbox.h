#pragma once
// The seller's unsent messages, never lost and never sent twice (Kaidan's outbox):
// each is written to the cache with a fresh client_id in state pending *before* the
// first POST, sent one at a time in the order written, retried with the same client_id
// after temporary failures and reconnects (the server answers a repeated client_id with
// the stored message), and marked failed after a final error (422, 403, 404) until the
// seller chooses Retry or Discard. What was pending when the app stopped is sent after
// the next start.
#include "api/MarketplaceApi.h"
#include "common/Backoff.h"
#include "store/StoreTypes.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(api::MarketplaceApi &api, store::Store &store, QObject *parent = nullptr);

    // Loads what the cache holds (pending entries from an earlier run) and starts sending.
    void load();
    // Queues a message; returns its client_id at once.
    QString enqueue(qint64 conversationId, const QString &body);
    void retry(const QString &clientId);
    void discard(const QString &clientId);
    // Sending stops while paused (signed out, offline) and resumes here.
    void setPaused(bool paused);
    // Try now instead of waiting for the backoff (after a reconnect).
    void resume();

    bool isLoaded() const { return m_loaded; }
    QList<store::OutboxEntry> entries() const { return m_entries; }
    QList<store::OutboxEntry> entriesFor(qint64 conversationId) const;
    void setRetryDelays(std::chrono::milliseconds base, std::chrono::milliseconds max);

Q_SIGNALS:
    void entryAdded(const envisage::store::OutboxEntry &entry);
    void entryStored(const QString &clientId); // on disk: it survives a crash from here on
    void entryChanged(const envisage::store::OutboxEntry &entry); // failed, or pending again
    void entryRemoved(const QString &clientId);                   // discarded
    void delivered(const envisage::store::OutboxEntry &entry,
                   const envisage::api::Message &message);
    void loaded();
    // The cache refused a write: something the seller should know, translated.
    void storeFailed(const QString &message);

private:
    void persist(const store::OutboxEntry &entry);
    void write(QFuture<bool> write, const char *what);
    void sendNext();
    void onSent(const store::OutboxEntry &entry, const api::ApiResult<api::SentMessage> &result);
    store::OutboxEntry *find(const QString &clientId);

    api::MarketplaceApi &m_api;
    store::Store &m_store;
    QList<store::OutboxEntry> m_entries; // in sending order
    QSet<QString> m_unstored;            // client ids whose cache write is still on its way
    bool m_sending = false;
    bool m_paused = false;
    bool m_loaded = false;
    Backoff m_backoff;
    QTimer m_retryTimer;
};

} // namespace envisage::inbox
