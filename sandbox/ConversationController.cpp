#include "ConversationController.h"

#include "AttachmentController.h"
#include "Attachments.h"
#include "Conversations.h"
#include "CursorPaginator.h"
#include "LaravelReplies.h"
#include "MarketplaceEvents.h"
#include "RateLimiter.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

// ?per_page=M within [1, maximum], the default when absent or not a number.
int perPage(const QHttpServerRequest &request, int fallback, int maximum)
{
    bool ok = false;
    const int value = request.query().queryItemValue(u"per_page"_s).toInt(&ok);
    return ok ? std::clamp(value, 1, maximum) : fallback;
}

QJsonValue pageUrl(const QString &base, int page, int perPage)
{
    return u"%1?page=%2&per_page=%3"_s.arg(base).arg(page).arg(perPage);
}

} // namespace

void ConversationController::registerRoutes(HttpService &http)
{
    using Method = QHttpServerRequest::Method;
    http.addRoute(
        Method::Get, u"^/api/conversations$"_s,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) { return index(r); });
    http.addRoute(
        Method::Post, u"^/api/conversations$"_s,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) { return create(r); });
    const auto bind = [this](Handler handler) {
        return [this, handler](const QHttpServerRequest &r, const QRegularExpressionMatch &m) {
            return withConversation(r, m.captured(1).toLongLong(), handler);
        };
    };
    http.addRoute(Method::Get, u"^/api/conversations/(\\d+)$"_s,
                  bind(&ConversationController::show));
    http.addRoute(Method::Get, u"^/api/conversations/(\\d+)/messages$"_s,
                  bind(&ConversationController::messages));
    http.addRoute(Method::Post, u"^/api/conversations/(\\d+)/messages$"_s,
                  bind(&ConversationController::postMessage));
    http.addRoute(Method::Post, u"^/api/conversations/(\\d+)/typing$"_s,
                  bind(&ConversationController::typing));
    http.addRoute(Method::Post, u"^/api/conversations/(\\d+)/read$"_s,
                  bind(&ConversationController::markRead));
}

HttpReply ConversationController::withConversation(const QHttpServerRequest &request,
                                                   qint64 conversationId, Handler handler)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    const std::optional<ConversationRecord> conversation =
        m_context.conversations.conversation(conversationId);
    if (!conversation)
        return Laravel::modelNotFound(u"Conversation"_s, conversationId);
    if (!conversation->hasParticipant(user->id))
        return Laravel::forbidden();
    return (this->*handler)(request, *user, *conversation);
}

HttpReply ConversationController::index(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    const int size = perPage(request, 20, 100);
    const int page = std::max(1, request.query().queryItemValue(u"page"_s).toInt());
    const int total = m_context.conversations.conversationCountForUser(user->id);
    const int lastPage = std::max(1, (total + size - 1) / size);

    QJsonArray data;
    const QList<qint64> ids =
        m_context.conversations.conversationIdsForUser(user->id, (page - 1) * size, size);
    for (qint64 id : ids) {
        if (const std::optional<ConversationRecord> conversation =
                m_context.conversations.conversation(id))
            data.append(m_context.conversations.conversationJson(*conversation, user->id));
    }
    const QString base = Laravel::pathUrl(request);
    const int from = (page - 1) * size + 1;
    return HttpReply::json(
        200,
        QJsonObject{
            {u"current_page"_s, page},
            {u"data"_s, data},
            {u"first_page_url"_s, pageUrl(base, 1, size)},
            {u"from"_s, data.isEmpty() ? QJsonValue::Null : QJsonValue(from)},
            {u"last_page"_s, lastPage},
            {u"last_page_url"_s, pageUrl(base, lastPage, size)},
            {u"next_page_url"_s,
             page < lastPage ? pageUrl(base, page + 1, size) : QJsonValue::Null},
            {u"path"_s, base},
            {u"per_page"_s, size},
            {u"prev_page_url"_s, page > 1 ? pageUrl(base, page - 1, size) : QJsonValue::Null},
            {u"to"_s, data.isEmpty() ? QJsonValue::Null : QJsonValue(from + int(data.size()) - 1)},
            {u"total"_s, total},
        });
}

HttpReply ConversationController::show(const QHttpServerRequest &, const UserRecord &user,
                                       const ConversationRecord &conversation)
{
    return HttpReply::json(
        200,
        QJsonObject{{u"data"_s, m_context.conversations.conversationJson(conversation, user.id)}});
}

HttpReply ConversationController::messages(const QHttpServerRequest &request, const UserRecord &,
                                           const ConversationRecord &conversation)
{
    if (request.query().hasQueryItem(u"after_id"_s))
        return catchUp(request, conversation);
    const int size = perPage(request, 50, 100);
    const std::optional<Cursor> cursor =
        Cursor::decode(request.query().queryItemValue(u"cursor"_s, QUrl::FullyDecoded));
    const MessagePage page =
        cursor && !cursor->pointsToNextItems
            ? m_context.conversations.messagesNewerThan(conversation.id, cursor->id, size)
            : m_context.conversations.messagesBefore(conversation.id, cursor ? cursor->id : 0,
                                                     size);
    QJsonArray data;
    for (const MessageRecord &message : page.messages)
        data.append(Conversations::messageJson(message));
    return HttpReply::json(200, CursorPaginator::json(page, data, size, Laravel::pathUrl(request)));
}

HttpReply ConversationController::catchUp(const QHttpServerRequest &request,
                                          const ConversationRecord &conversation)
{
    Laravel::Validation validation(Laravel::input(request));
    const std::optional<qint64> afterId = validation.requiredInteger(u"after_id"_s);
    if (validation.failed())
        return validation.reply();
    QJsonArray data;
    for (const MessageRecord &message :
         m_context.conversations.messagesAfter(conversation.id, *afterId, MaxCatchUp))
        data.append(Conversations::messageJson(message));
    return HttpReply::json(200, QJsonObject{{u"data"_s, data}});
}

HttpReply ConversationController::postMessage(const QHttpServerRequest &request,
                                              const UserRecord &user,
                                              const ConversationRecord &conversation)
{
    if (std::optional<HttpReply> throttled = throttleSend(user))
        return *throttled;

    const QJsonObject input = Laravel::input(request);
    Laravel::Validation validation(input);
    // With attachments the body may be empty (marketplace-api.md §4).
    const QJsonValue attachmentIds = input.value(u"attachment_ids"_s);
    const bool withAttachments = attachmentIds.isArray() && !attachmentIds.toArray().isEmpty();
    QString body = withAttachments ? validation.optionalString(u"body"_s, MaxBodyCharacters)
                                   : validation.requiredString(u"body"_s, MaxBodyCharacters);
    if (body.isNull())
        body = u""_s; // bound as NULL otherwise, which the body column refuses
    const QString clientId = validation.optionalString(u"client_id"_s, 100);
    if (validation.failed())
        return validation.reply();
    // The same client_id again: answer with what is stored, no new broadcast. Checked
    // before the attachments, which that message holds already.
    if (!clientId.isEmpty()) {
        if (const std::optional<MessageRecord> stored =
                m_context.conversations.messageByClientId(conversation.id, user.id, clientId))
            return HttpReply::json(200,
                                   QJsonObject{{u"data"_s, Conversations::messageJson(*stored)}});
    }
    const QStringList attachments = AttachmentController::attachableIds(
        attachmentIds, user.id, m_context.attachments, validation);
    if (validation.failed())
        return validation.reply();

    std::optional<InsertResult> stored =
        storeMessage(conversation, user, body, clientId, attachments);
    if (!stored)
        return HttpReply::json(500, QJsonObject{{u"message"_s, u"Server Error"_s}});
    const InsertResult &result = *stored;
    if (!result.created)
        return HttpReply::json(
            200, QJsonObject{{u"data"_s, Conversations::messageJson(result.message)}});
    m_context.events.messageSent(conversation, result.message, socketIdOf(request));
    if (m_context.messagePosted)
        m_context.messagePosted(conversation, result.message);
    return HttpReply::json(201,
                           QJsonObject{{u"data"_s, Conversations::messageJson(result.message)}});
}

std::optional<InsertResult>
ConversationController::storeMessage(const ConversationRecord &conversation, const UserRecord &user,
                                     const QString &body, const QString &clientId,
                                     const QStringList &attachmentIds)
{
    // The message and its attachments are stored together or not at all.
    QSqlDatabase db = m_context.attachments.database();
    db.transaction();
    InsertResult result =
        m_context.conversations.insertMessage(conversation.id, user.id, body, clientId, nowMs());
    if (result.message.id == 0 ||
        (result.created &&
         !m_context.attachments.attach(attachmentIds, user.id, result.message.id))) {
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit())
        return std::nullopt;
    if (result.created && !attachmentIds.isEmpty())
        result.message.attachments =
            Attachments::jsonForMessages(db, {result.message.id}).value(result.message.id);
    return result;
}

std::optional<HttpReply> ConversationController::throttleSend(const UserRecord &user)
{
    const int limit = m_context.limits.sendsPerMinute;
    const QString throttleKey = u"send|%1"_s.arg(user.id);
    if (limit > 0 && !m_context.limiter.hit(throttleKey, limit, 60))
        return Laravel::tooManyAttempts(m_context.limiter.availableIn(throttleKey), limit);
    return std::nullopt;
}

HttpReply ConversationController::typing(const QHttpServerRequest &request, const UserRecord &user,
                                         const ConversationRecord &conversation)
{
    m_context.events.userTyping(conversation.id, user, socketIdOf(request));
    return HttpReply::noContent();
}

HttpReply ConversationController::markRead(const QHttpServerRequest &request,
                                           const UserRecord &user,
                                           const ConversationRecord &conversation)
{
    Laravel::Validation validation(Laravel::input(request));
    const std::optional<qint64> lastReadId =
        validation.requiredInteger(u"last_read_message_id"_s, 1);
    if (lastReadId && !m_context.conversations.messageBelongsTo(*lastReadId, conversation.id))
        validation.addError(u"last_read_message_id"_s,
                            u"The selected last read message id is invalid."_s);
    if (validation.failed())
        return validation.reply();
    const qint64 readAt = nowMs();
    m_context.conversations.markRead(conversation.id, user.id, *lastReadId, readAt);
    m_context.events.messagesRead(conversation, user.id, *lastReadId, readAt, socketIdOf(request));
    return HttpReply::noContent();
}

HttpReply ConversationController::create(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    // Starting a conversation stores its first message: a send like any other (the
    // throttle middleware runs before the controller's checks, as in Laravel).
    if (std::optional<HttpReply> throttled = throttleSend(*user))
        return *throttled;
    if (user->role != u"buyer"_s)
        return Laravel::forbidden();
    Laravel::Validation validation(Laravel::input(request));
    const std::optional<qint64> listingId = validation.requiredInteger(u"listing_id"_s, 1);
    if (listingId && !m_context.conversations.sellerOfListing(*listingId))
        validation.addError(u"listing_id"_s, u"The selected listing id is invalid."_s);
    const QString body = validation.requiredString(u"body"_s, MaxBodyCharacters);
    const QString clientId = validation.optionalString(u"client_id"_s, 100);
    if (validation.failed())
        return validation.reply();

    const qint64 now = nowMs();
    const std::optional<qint64> conversationId =
        m_context.conversations.conversationFor(*listingId, user->id, now);
    const std::optional<ConversationRecord> conversation =
        conversationId ? m_context.conversations.conversation(*conversationId) : std::nullopt;
    if (!conversation)
        return HttpReply::json(500, QJsonObject{{u"message"_s, u"Server Error"_s}});
    const InsertResult result =
        m_context.conversations.insertMessage(conversation->id, user->id, body, clientId, now);
    if (result.created) {
        m_context.events.messageSent(*conversation, result.message, socketIdOf(request));
        if (m_context.messagePosted)
            m_context.messagePosted(*conversation, result.message);
    }
    const std::optional<ConversationRecord> current =
        m_context.conversations.conversation(conversation->id);
    return HttpReply::json(
        201, QJsonObject{{u"data"_s, m_context.conversations.conversationJson(
                                         current.value_or(*conversation), user->id)}});
}

} // namespace envisage::sandbox
