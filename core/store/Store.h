#pragma once
// The offline cache of one account, off the GUI thread: a StoreDatabase lives on its
// own QThread with its own connection, and every call answers with a QFuture that the
// caller continues on its own thread (`whenFinished(this, store.conversations(50), …)`,
// common/FutureWatch.h). Jobs run in the order they were asked for, so a write is done
// before a later read.
#include "StoreDatabase.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>

namespace envisage::store {

class Store : public QObject
{
    Q_OBJECT
public:
    // path: a file (made with its folders) or ":memory:".
    explicit Store(const QString &path, QObject *parent = nullptr);
    ~Store() override;

    // The folder for an account's cache: <app data>/accounts/<host>-<user id>/cache.sqlite
    static QString pathForAccount(const QString &host, qint64 userId);
    // Folders beside the cache file for the account's files: "<dir>/<name>-<what>", e.g.
    // cache-outbox (copies of unsent attachments) and cache-attachments (downloads).
    // Empty for ":memory:".
    static QString folderBeside(const QString &cachePath, const QString &what);
    const QString &path() const { return m_path; }

    QFuture<OpenResult> open();

    // Most recent activity first.
    QFuture<QList<api::Conversation>> conversations(int limit = -1);
    // What the conversation list reads (StoreDatabase has the details): how many there
    // are with the first `limit`, every conversation's place or a search's matches, the
    // unread counts, and the records of the rows it shows.
    // The query picks a triage filter, a search and an order (default: all, by activity).
    QFuture<ConversationHead> conversationHead(int limit, const ConversationQuery &query = {});
    QFuture<QList<ConversationKey>> conversationKeys(const ConversationQuery &query);
    QFuture<QList<ConversationKey>> conversationKeys(const QString &needle, qint64 myUserId);
    QFuture<ConversationCounts> conversationCounts();
    QFuture<QHash<qint64, int>> unreadCounts();
    QFuture<QList<api::Conversation>> conversationsById(const QList<qint64> &ids);
    // true once the write is on disk.
    QFuture<bool> saveConversations(const QList<api::Conversation> &conversations);
    QFuture<bool> setUnreadCount(qint64 conversationId, int unread);
    QFuture<QList<api::Message>> messagesBefore(qint64 conversationId, qint64 beforeId, int limit);
    QFuture<QList<api::Message>> messagesAfter(qint64 conversationId, qint64 afterId, int limit);
    QFuture<qint64> newestMessageId(qint64 conversationId);
    QFuture<void> saveMessages(const QList<api::Message> &messages);
    QFuture<HistoryState> historyState(qint64 conversationId);
    QFuture<void> saveHistoryState(qint64 conversationId, const HistoryState &state);
    QFuture<QHash<qint64, QString>> drafts();
    QFuture<void> saveDraft(qint64 conversationId, const QString &text);
    QFuture<QList<OutboxEntry>> outbox();
    // true once the write is on disk; false when it failed (or the store is closed).
    QFuture<bool> addToOutbox(const OutboxEntry &entry);
    QFuture<bool> updateOutbox(const OutboxEntry &entry);
    QFuture<bool> removeFromOutbox(const QString &clientId);
    QFuture<bool> setOutboxAttachmentId(const QString &messageClientId, int position,
                                        const QString &attachmentId);
    // Saved replies and their queued edits (StoreDatabase has the details).
    QFuture<SavedReplyCache> savedReplyCache();
    QFuture<bool> saveSavedReplies(const QList<api::SavedReply> &replies);
    QFuture<bool> addSavedReplyEdit(const SavedReplyEdit &edit);
    QFuture<bool> updateSavedReplyEdit(const SavedReplyEdit &edit);
    QFuture<bool> removeSavedReplyEdits(const QStringList &editIds);
    QFuture<bool> savedReplyEditApplied(const QString &editId,
                                        const QList<api::SavedReply> &replies, qint64 localId,
                                        qint64 serverId);
    QFuture<bool> markNotified(qint64 messageId);
    QFuture<QString> meta(const QString &key);
    QFuture<void> setMeta(const QString &key, const QString &value);

    // Runs any job on the store thread (tests, migrations, one-off queries).
    template <typename T> QFuture<T> run(std::function<T(StoreDatabase &)> job);

private:
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; owns nothing but marks where jobs run
    std::shared_ptr<std::unique_ptr<StoreDatabase>> m_database;
    QString m_path;
};

template <typename T> QFuture<T> Store::run(std::function<T(StoreDatabase &)> job)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [database = m_database, promise, job = std::move(job)] {
            if (!*database) {
                // Closed: a default answer (false, empty), so a continuation always has one.
                if constexpr (!std::is_void_v<T>)
                    promise->addResult(T{});
                promise->finish();
                return;
            }
            if constexpr (std::is_void_v<T>) {
                job(**database);
            } else {
                promise->addResult(job(**database));
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace envisage::store
