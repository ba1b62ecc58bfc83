#pragma once
// The SQLite side of the Store: one connection, used only on the store's thread.
// Schema versions live in PRAGMA user_version with ordered migrations. A file that
// cannot be used (unreadable, or written by a newer version) is kept whole, with its
// -wal and -shm, under a new name, and the cache rebuilt: the server has the messages,
// but the unsent ones and the drafts exist only here, so they are carried over into the
// new file when the old one can still be read. Files are private: 0600 in 0700 folders.
#include "ConversationSearch.h"
#include "MessageSearchText.h"
#include "StoreTypes.h"
#include "api/ApiTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace envisage::store {

class StoreDatabase
{
public:
    // 4 attachments (outbox), 5 saved replies, 6 triage flags, 7 message search.
    static constexpr int SchemaVersion = 7;
    static constexpr int MessageSearchSchema = 7;

    explicit StoreDatabase(QString path) : m_path(std::move(path)) {}
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    OpenResult open();
    int schemaVersion();
    // Brings an older file up to date; exposed so tests can start from version 1.
    bool migrate(QString *error);
    bool isNewerThanKnown() { return schemaVersion() > SchemaVersion; }
    static QStringList migrationStatements(int toVersion);

    // Conversations (StoreConversations.cpp). Most recent activity first.
    QList<api::Conversation> conversations(int limit);
    // How many match the query, and the first `limit` of them in its order.
    ConversationHead conversationHead(int limit, const ConversationQuery &query = {});
    // The place of every conversation in the list, or of those that match the query: a
    // triage filter and a search (searchNeedle(); the counterpart of the query's user, the
    // listing, the last message), in the query's order.
    QList<ConversationKey> conversationKeys(const ConversationQuery &query);
    // How many conversations each triage filter holds.
    ConversationCounts conversationCounts();
    // Conversations with unread messages, and how many.
    QHash<qint64, int> unreadCounts();
    // These conversations, in no particular order; those the cache does not have are left out.
    QList<api::Conversation> conversationsById(const QList<qint64> &ids);
    // Whether the write reached the file.
    bool saveConversations(const QList<api::Conversation> &conversations);
    // 0 also ends a "mark unread", as reading does at the server.
    bool setUnreadCount(qint64 conversationId, int unread);
    void deleteConversation(qint64 id);

    // Newest first, older than beforeId (0: the newest).
    QList<api::Message> messagesBefore(qint64 conversationId, qint64 beforeId, int limit);
    QList<api::Message> messagesAfter(qint64 conversationId, qint64 afterId, int limit);
    qint64 newestMessageId(qint64 conversationId);
    qint64 messageCount(qint64 conversationId);
    void saveMessages(const QList<api::Message> &messages);
    HistoryState historyState(qint64 conversationId);
    void saveHistoryState(qint64 conversationId, const HistoryState &state);
    // The newest `limit` cached messages that match, with their snippets and conversations
    // (StoreMessageSearch.cpp).
    QList<MessageSearchHit> searchMessages(const SearchTerms &terms, int limit);

    QHash<qint64, QString> drafts();
    void saveDraft(qint64 conversationId, const QString &text);

    QList<OutboxEntry> outbox();
    // Each says whether the write reached the file (a full disk, a read-only file).
    bool addToOutbox(OutboxEntry entry);
    bool updateOutbox(const OutboxEntry &entry);
    bool removeFromOutbox(const QString &clientId); // with its attachments
    // Records the server's id of an entry's attachment (by its place in the entry).
    bool setOutboxAttachmentId(const QString &messageClientId, int position,
                               const QString &attachmentId);

    // Saved replies (StoreSavedReplies.cpp): the server's list and the queued edits.
    SavedReplyCache savedReplyCache();
    bool saveSavedReplies(const QList<api::SavedReply> &replies);
    // Each says whether the write reached the file. An edit is stored after the others.
    bool addSavedReplyEdit(const SavedReplyEdit &edit);
    bool updateSavedReplyEdit(const SavedReplyEdit &edit);
    bool removeSavedReplyEdits(const QStringList &editIds);
    // In one transaction: the edit is gone, the list is the server's answer, and later
    // edits of a reply created by it name its server id instead of the local one.
    bool savedReplyEditApplied(const QString &editId, const QList<api::SavedReply> &replies,
                               qint64 localId, qint64 serverId);

    // True when the id was not yet recorded (notify once, also across restarts).
    bool markNotified(qint64 messageId);

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

    // From now on every write fails as on a full or read-only disk (tests of that path).
    bool setQueryOnly(bool on)
    {
        return exec(on ? QStringLiteral("PRAGMA query_only = ON")
                       : QStringLiteral("PRAGMA query_only = OFF"));
    }

private:
    bool openFile(QString *error);
    // What a migration computes rather than states: version 3's search columns.
    bool migrateData(int toVersion, QString *error);
    static QStringList messageSearchMigration();
    bool fillConversationColumns(QString *error);
    bool exec(const QString &statement, QString *error = nullptr);
    // Renames the file and its -wal/-shm together; returns the new name of the file.
    QString moveAside(const QString &reason);
    // Copies the outbox and drafts of the kept file into this (new) one.
    void salvageFrom(const QString &keptPath, OpenResult *result);
    void makePrivate();
    // Fills the entries' attachments from a connection that has them (an older file has not).
    static void readOutboxAttachments(QSqlDatabase db, QList<OutboxEntry> &entries);

    QString m_path;
    QString m_connectionName;
};

} // namespace envisage::store
