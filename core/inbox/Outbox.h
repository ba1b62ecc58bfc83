#pragma once
// The seller's unsent messages, never lost and never sent twice (Kaidan's outbox):
// each is written to the cache with a fresh client_id in state pending *before* the
// first POST, sent one at a time in the order written, retried with the same client_id
// after temporary failures and reconnects (the server answers a repeated client_id with
// the stored message), and marked failed after a final error (422, 403, 404) until the
// seller chooses Retry or Discard. What was pending when the app stopped is sent after
// the next start.
//
// Attachments (marketplace-api.md §4) go the same way: enqueue() first copies the files
// into the account's outbox folder on a worker thread (photos cleaned of their location,
// OutboxFiles), then writes the entry with the copies, then each copy is uploaded with
// its own client_id and the server's id saved as it comes, then the message is posted
// with the ids, then the copies are deleted. A crash at any step resumes from the
// entry: an upload repeated with its client_id gets the same attachment back, a post
// repeated with its client_id the same message, so each is delivered once.
#include "api/MarketplaceApi.h"
#include "common/Backoff.h"
#include "store/StoreTypes.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

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
    // Queues a message; returns its client_id at once. With files, the message waits
    // (in its place in the order) until their copies are made; if they cannot be, it is
    // removed again and enqueueFailed() says why. Empty when the files are refused at
    // once (more than 3, unreadable, too large): *error then says why.
    QString enqueue(qint64 conversationId, const QString &body, const QStringList &files = {},
                    QString *error = nullptr);
    void retry(const QString &clientId);
    // Removes an unsent message and its copies; an upload in flight is aborted. False
    // when it cannot be taken back: its post is already on its way.
    bool discard(const QString &clientId);
    bool cancel(const QString &clientId) { return discard(clientId); }
    // Where the copies of attachments go (the account's outbox folder); a private
    // temporary folder when none is given.
    void setFolder(const QString &folder);
    QString folder() const;
    // Off by default: photos lose their location and other metadata before upload.
    void setKeepPhotoMetadata(bool keep) { m_keepPhotoMetadata = keep; }
    bool keepsPhotoMetadata() const { return m_keepPhotoMetadata; }
    // Copies left by a crash before their message was written are removed at load()
    // once older than this (another process may be making them right now).
    void setOrphanAge(std::chrono::seconds age) { m_orphanAge = age; }
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
    // After delivered(): the entry's removal reached the cache and its copies are
    // deleted (or the cache refused the removal; then it is sent again, once, after a
    // restart). What a process that exits after sending waits for.
    void entryCleared(const QString &clientId);
    // Upload progress of file `index` of a queued message.
    void uploadProgress(const QString &clientId, int index, qint64 sent, qint64 total);
    // The server has file `index` (emitted before its id is written to the cache).
    void attachmentUploaded(const QString &clientId, int index, const QString &attachmentId);
    // The copies of the message's files are made (before the entry is written).
    void filesCopied(const QString &clientId);
    // The files could not be copied: the message was not queued (entryRemoved too).
    void enqueueFailed(const QString &clientId, const QString &message);
    // The cache refused a write: something the seller should know, translated.
    void storeFailed(const QString &message);

private:
    void persist(const store::OutboxEntry &entry);
    // Writes the entries whose turn has come: those not behind one still being copied.
    void writeReadyEntries();
    void write(QFuture<bool> write, const char *what);
    void sendNext();
    void uploadNext(const QString &clientId);
    void onUploaded(const QString &clientId, int index,
                    const api::ApiResult<api::UploadedAttachment> &result);
    void post(const store::OutboxEntry &entry);
    void onSent(const store::OutboxEntry &entry, const api::ApiResult<api::SentMessage> &result);
    // A temporary failure keeps the entry pending and tries again later; a final one
    // marks it failed with `reason`.
    void onSendingFailed(const QString &clientId, const api::ApiError &error,
                         const QString &reason);
    void onFilesPrepared(const QString &clientId, const QString &error,
                         const QList<store::OutboxAttachment> &files);
    store::OutboxEntry *find(const QString &clientId);

    api::MarketplaceApi &m_api;
    store::Store &m_store;
    QList<store::OutboxEntry> m_entries; // in sending order
    QSet<QString> m_unstored;            // client ids whose cache write is still on its way
    QSet<QString> m_preparing;           // client ids whose files are being copied
    QSet<QString> m_awaitingWrite;       // ready, written once no earlier one is copying
    bool m_sending = false;
    bool m_posting = false; // the message post of the first entry is on its way
    QString m_sendingClientId;
    // The context of the upload in flight: destroying it aborts the upload.
    std::unique_ptr<QObject> m_uploadScope;
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_temporaryFolder;
    bool m_keepPhotoMetadata = false;
    std::chrono::seconds m_orphanAge{3600};
    bool m_paused = false;
    bool m_loaded = false;
    Backoff m_backoff;
    QTimer m_retryTimer;
};

} // namespace envisage::inbox
