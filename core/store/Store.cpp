#include "Store.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace envisage::store {

using namespace Qt::StringLiterals;

Store::Store(const QString &path, QObject *parent)
    : QObject(parent), m_worker(new QObject),
      m_database(std::make_shared<std::unique_ptr<StoreDatabase>>()), m_path(path)
{
    m_thread.setObjectName(u"envisage-store"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Store::~Store()
{
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [database = m_database] { database->reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString Store::pathForAccount(const QString &host, qint64 userId)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString safeHost = host;
    safeHost.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    return QDir(folder).filePath(u"accounts/%1-%2/cache.sqlite"_s.arg(safeHost).arg(userId));
}

QFuture<OpenResult> Store::open()
{
    auto promise = std::make_shared<QPromise<OpenResult>>();
    QFuture<OpenResult> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [database = m_database, path = m_path, promise] {
            *database = std::make_unique<StoreDatabase>(path);
            promise->addResult((*database)->open());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<QList<api::Conversation>> Store::conversations(int limit)
{
    return run<QList<api::Conversation>>(
        [limit](StoreDatabase &db) { return db.conversations(limit); });
}

QFuture<ConversationHead> Store::conversationHead(int limit, const ConversationQuery &query)
{
    return run<ConversationHead>(
        [limit, query](StoreDatabase &db) { return db.conversationHead(limit, query); });
}

QFuture<QList<ConversationKey>> Store::conversationKeys(const ConversationQuery &query)
{
    return run<QList<ConversationKey>>(
        [query](StoreDatabase &db) { return db.conversationKeys(query); });
}

QFuture<ConversationCounts> Store::conversationCounts()
{
    return run<ConversationCounts>([](StoreDatabase &db) { return db.conversationCounts(); });
}

QFuture<QList<ConversationKey>> Store::conversationKeys(const QString &needle, qint64 myUserId)
{
    return run<QList<ConversationKey>>([=](StoreDatabase &db) {
        return db.conversationKeys({needle, {}, {}, myUserId});
    });
}

QFuture<QHash<qint64, int>> Store::unreadCounts()
{
    return run<QHash<qint64, int>>([](StoreDatabase &db) { return db.unreadCounts(); });
}

QFuture<QList<api::Conversation>> Store::conversationsById(const QList<qint64> &ids)
{
    return run<QList<api::Conversation>>(
        [ids](StoreDatabase &db) { return db.conversationsById(ids); });
}

QFuture<bool> Store::saveConversations(const QList<api::Conversation> &conversations)
{
    return run<bool>(
        [conversations](StoreDatabase &db) { return db.saveConversations(conversations); });
}

QFuture<bool> Store::setUnreadCount(qint64 conversationId, int unread)
{
    return run<bool>([=](StoreDatabase &db) { return db.setUnreadCount(conversationId, unread); });
}

QFuture<QList<api::Message>> Store::messagesBefore(qint64 conversationId, qint64 beforeId,
                                                   int limit)
{
    return run<QList<api::Message>>(
        [=](StoreDatabase &db) { return db.messagesBefore(conversationId, beforeId, limit); });
}

QFuture<QList<api::Message>> Store::messagesAfter(qint64 conversationId, qint64 afterId, int limit)
{
    return run<QList<api::Message>>(
        [=](StoreDatabase &db) { return db.messagesAfter(conversationId, afterId, limit); });
}

QFuture<qint64> Store::newestMessageId(qint64 conversationId)
{
    return run<qint64>([=](StoreDatabase &db) { return db.newestMessageId(conversationId); });
}

QFuture<void> Store::saveMessages(const QList<api::Message> &messages)
{
    return run<void>([messages](StoreDatabase &db) { db.saveMessages(messages); });
}

QFuture<HistoryState> Store::historyState(qint64 conversationId)
{
    return run<HistoryState>([=](StoreDatabase &db) { return db.historyState(conversationId); });
}

QFuture<void> Store::saveHistoryState(qint64 conversationId, const HistoryState &state)
{
    return run<void>([=](StoreDatabase &db) { db.saveHistoryState(conversationId, state); });
}

QFuture<QHash<qint64, QString>> Store::drafts()
{
    return run<QHash<qint64, QString>>([](StoreDatabase &db) { return db.drafts(); });
}

QFuture<void> Store::saveDraft(qint64 conversationId, const QString &text)
{
    return run<void>([=](StoreDatabase &db) { db.saveDraft(conversationId, text); });
}

QFuture<QList<OutboxEntry>> Store::outbox()
{
    return run<QList<OutboxEntry>>([](StoreDatabase &db) { return db.outbox(); });
}

QFuture<bool> Store::addToOutbox(const OutboxEntry &entry)
{
    return run<bool>([entry](StoreDatabase &db) { return db.addToOutbox(entry); });
}

QFuture<bool> Store::updateOutbox(const OutboxEntry &entry)
{
    return run<bool>([entry](StoreDatabase &db) { return db.updateOutbox(entry); });
}

QFuture<bool> Store::removeFromOutbox(const QString &clientId)
{
    return run<bool>([clientId](StoreDatabase &db) { return db.removeFromOutbox(clientId); });
}

QFuture<bool> Store::setOutboxAttachmentId(const QString &messageClientId, int position,
                                           const QString &attachmentId)
{
    return run<bool>([=](StoreDatabase &db) {
        return db.setOutboxAttachmentId(messageClientId, position, attachmentId);
    });
}

QString Store::folderBeside(const QString &cachePath, const QString &what)
{
    if (cachePath.isEmpty() || cachePath == u":memory:"_s)
        return {};
    const QFileInfo info(cachePath);
    return info.dir().filePath(info.completeBaseName() + u'-' + what);
}

QFuture<SavedReplyCache> Store::savedReplyCache()
{
    return run<SavedReplyCache>([](StoreDatabase &db) { return db.savedReplyCache(); });
}

QFuture<bool> Store::saveSavedReplies(const QList<api::SavedReply> &replies)
{
    return run<bool>([replies](StoreDatabase &db) { return db.saveSavedReplies(replies); });
}

QFuture<bool> Store::addSavedReplyEdit(const SavedReplyEdit &edit)
{
    return run<bool>([edit](StoreDatabase &db) { return db.addSavedReplyEdit(edit); });
}

QFuture<bool> Store::updateSavedReplyEdit(const SavedReplyEdit &edit)
{
    return run<bool>([edit](StoreDatabase &db) { return db.updateSavedReplyEdit(edit); });
}

QFuture<bool> Store::removeSavedReplyEdits(const QStringList &editIds)
{
    return run<bool>([editIds](StoreDatabase &db) { return db.removeSavedReplyEdits(editIds); });
}

QFuture<bool> Store::savedReplyEditApplied(const QString &editId,
                                           const QList<api::SavedReply> &replies, qint64 localId,
                                           qint64 serverId)
{
    return run<bool>([=](StoreDatabase &db) {
        return db.savedReplyEditApplied(editId, replies, localId, serverId);
    });
}

QFuture<bool> Store::markNotified(qint64 messageId)
{
    return run<bool>([messageId](StoreDatabase &db) { return db.markNotified(messageId); });
}

QFuture<QString> Store::meta(const QString &key)
{
    return run<QString>([key](StoreDatabase &db) { return db.meta(key); });
}

QFuture<void> Store::setMeta(const QString &key, const QString &value)
{
    return run<void>([=](StoreDatabase &db) { db.setMeta(key, value); });
}

} // namespace envisage::store
