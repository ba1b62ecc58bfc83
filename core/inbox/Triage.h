#pragma once
// What the seller does to sort the inbox (marketplace-api.md §5): archive, unarchive,
// mark unread, and mark read from outside the open conversation (a notification). Each
// shows at once (the conversation list's record changes, so its row moves between the
// filters) and is taken back when the server refuses, with a sentence saying why; the
// server broadcasts the change to the seller's other devices. Owned by the account: its
// requests end with it.
#include "api/ApiError.h"

#include <QObject>

namespace envisage::api {
class MarketplaceApi;
}

namespace envisage::inbox {

class ConversationListModel;

class Triage : public QObject
{
    Q_OBJECT
public:
    Triage(api::MarketplaceApi &api, ConversationListModel &conversations,
           QObject *parent = nullptr);

    void setArchived(qint64 conversationId, bool archived);
    void markUnread(qint64 conversationId);
    // Read up to lastMessageId (a message of that conversation): the badge goes at once.
    void markRead(qint64 conversationId, qint64 lastMessageId);

Q_SIGNALS:
    // The server refused; the change was taken back. Translated, for the seller.
    void refused(qint64 conversationId, const QString &message);

private:
    enum class Action { Archive, Unarchive, MarkUnread, MarkRead };
    static QString refusal(Action action, const api::ApiError &error);

    api::MarketplaceApi &m_api;
    ConversationListModel &m_conversations;
};

} // namespace envisage::inbox
