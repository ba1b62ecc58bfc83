#include "Triage.h"

#include "ConversationListModel.h"
#include "CoreLogging.h"
#include "api/MarketplaceApi.h"

namespace envisage::inbox {

Triage::Triage(api::MarketplaceApi &api, ConversationListModel &conversations, QObject *parent)
    : QObject(parent), m_api(api), m_conversations(conversations)
{
}

void Triage::setArchived(qint64 conversationId, bool archived)
{
    const std::optional<api::Conversation> known = m_conversations.conversation(conversationId);
    if (known && known->archived == archived)
        return;
    m_conversations.amend(conversationId,
                          [archived](api::Conversation &c) { c.archived = archived; });
    const auto done = [this, conversationId,
                       archived](const api::ApiResult<api::NoContent> &result) {
        if (result.ok())
            return;
        qCInfo(lcInbox) << (archived ? "archiving" : "unarchiving") << "conversation"
                        << conversationId << "refused:" << result.error().toString();
        // Back as it was, unless something else has changed it since.
        m_conversations.amend(conversationId, [archived](api::Conversation &c) {
            if (c.archived == archived)
                c.archived = !archived;
        });
        Q_EMIT refused(conversationId,
                       refusal(archived ? Action::Archive : Action::Unarchive, result.error()));
    };
    if (archived)
        m_api.archive(this, conversationId, done);
    else
        m_api.unarchive(this, conversationId, done);
}

void Triage::markUnread(qint64 conversationId)
{
    const std::optional<api::Conversation> known = m_conversations.conversation(conversationId);
    if (known && known->markedUnread)
        return;
    m_conversations.amend(conversationId, [](api::Conversation &c) { c.markedUnread = true; });
    m_api.markUnread(
        this, conversationId, [this, conversationId](const api::ApiResult<api::NoContent> &result) {
            if (result.ok())
                return;
            qCInfo(lcInbox) << "marking conversation" << conversationId
                            << "unread refused:" << result.error().toString();
            m_conversations.amend(conversationId,
                                  [](api::Conversation &c) { c.markedUnread = false; });
            Q_EMIT refused(conversationId, refusal(Action::MarkUnread, result.error()));
        });
}

void Triage::markRead(qint64 conversationId, qint64 lastMessageId)
{
    if (lastMessageId <= 0)
        return;
    const int unread = m_conversations.unreadCount(conversationId);
    m_conversations.setUnreadCount(conversationId, 0);
    m_api.markRead(this, conversationId, lastMessageId,
                   [this, conversationId, unread](const api::ApiResult<api::NoContent> &result) {
                       if (result.ok())
                           return;
                       qCInfo(lcInbox) << "marking conversation" << conversationId
                                       << "read refused:" << result.error().toString();
                       // Back as it was, unless something else has changed it since.
                       if (unread > 0 && m_conversations.unreadCount(conversationId) == 0)
                           m_conversations.setUnreadCount(conversationId, unread);
                       Q_EMIT refused(conversationId, refusal(Action::MarkRead, result.error()));
                   });
}

QString Triage::refusal(Action action, const api::ApiError &error)
{
    if (error.kind == api::ApiError::Kind::Forbidden) {
        switch (action) {
        case Action::Archive:
            return tr("This conversation was not archived: you are no longer part of it.");
        case Action::Unarchive:
            return tr("This conversation was not moved back to the inbox: you are no longer part "
                      "of it.");
        case Action::MarkUnread:
            return tr("This conversation was not marked unread: you are no longer part of it.");
        case Action::MarkRead:
            return tr("This conversation was not marked read: you are no longer part of it.");
        }
    }
    switch (action) {
    case Action::Archive:
        return tr("This conversation was not archived. %1").arg(error.message());
    case Action::Unarchive:
        return tr("This conversation was not moved back to the inbox. %1").arg(error.message());
    case Action::MarkRead:
        return tr("This conversation was not marked read. %1").arg(error.message());
    case Action::MarkUnread:
        break;
    }
    return tr("This conversation was not marked unread. %1").arg(error.message());
}

} // namespace envisage::inbox
