#include "SavedReplyController.h"

#include "LaravelReplies.h"
#include "MarketplaceEvents.h"
#include "SavedReplies.h"
#include "Timestamps.h"

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

HttpReply serverError()
{
    return HttpReply::json(500, QJsonObject{{u"message"_s, u"Server Error"_s}});
}

// The rules of one field set: what POST requires and PATCH checks when present.
class SavedReplyRules
{
public:
    SavedReplyRules(Laravel::Validation &validation, const SavedReplies &replies, qint64 userId,
                    qint64 replyId)
        : m_validation(validation), m_replies(replies), m_userId(userId), m_replyId(replyId)
    {
    }

    QString title()
    {
        return m_validation.requiredString(u"title"_s, SavedReplyController::MaxTitleCharacters);
    }

    QString body()
    {
        return m_validation.requiredString(u"body"_s, SavedReplyController::MaxBodyCharacters);
    }

    QString shortcut()
    {
        static const QRegularExpression pattern(u"^[a-z0-9-]+$"_s);
        const QString value =
            m_validation.requiredString(u"shortcut"_s, SavedReplyController::MaxShortcutCharacters);
        if (value.isEmpty())
            return {};
        if (!pattern.match(value).hasMatch()) {
            m_validation.addError(u"shortcut"_s, u"The shortcut field must only contain lowercase "
                                                 "letters, numbers and dashes."_s);
            return {};
        }
        // Named, so that the person knows which reply to rename.
        if (const std::optional<SavedReplyRecord> clash =
                m_replies.withShortcut(m_userId, value, m_replyId)) {
            m_validation.addError(u"shortcut"_s,
                                  u"The shortcut \"%1\" is already used by your saved reply "
                                  "\"%2\"."_s.arg(value, clash->title));
            return {};
        }
        return value;
    }

private:
    Laravel::Validation &m_validation;
    const SavedReplies &m_replies;
    qint64 m_userId;
    qint64 m_replyId;
};

} // namespace

void SavedReplyController::registerRoutes(HttpService &http)
{
    using Method = QHttpServerRequest::Method;
    http.addRoute(
        Method::Get, u"^/api/saved-replies$"_s,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) { return index(r); });
    http.addRoute(
        Method::Post, u"^/api/saved-replies$"_s,
        [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) { return create(r); });
    const auto bind = [this](Handler handler) {
        return [this, handler](const QHttpServerRequest &r, const QRegularExpressionMatch &m) {
            return withReply(r, m.captured(1).toLongLong(), handler);
        };
    };
    http.addRoute(Method::Get, u"^/api/saved-replies/(\\d+)$"_s, bind(&SavedReplyController::show));
    http.addRoute(Method::Patch, u"^/api/saved-replies/(\\d+)$"_s,
                  bind(&SavedReplyController::update));
    http.addRoute(Method::Delete, u"^/api/saved-replies/(\\d+)$"_s,
                  bind(&SavedReplyController::destroy));
}

HttpReply SavedReplyController::withReply(const QHttpServerRequest &request, qint64 replyId,
                                          Handler handler)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    const std::optional<SavedReplyRecord> reply = m_replies.find(replyId);
    if (!reply)
        return Laravel::modelNotFound(u"SavedReply"_s, replyId);
    if (reply->userId != user->id)
        return Laravel::forbidden(u"This saved reply belongs to someone else."_s);
    return (this->*handler)(request, *user, *reply);
}

HttpReply SavedReplyController::index(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    return HttpReply::json(
        200, QJsonObject{{u"data"_s, SavedReplies::json(m_replies.forUser(user->id))}});
}

HttpReply SavedReplyController::create(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    Laravel::Validation validation(Laravel::input(request));
    if (m_replies.countForUser(user->id) >= SavedReplies::MaxPerUser) {
        validation.addError(u"saved_replies"_s,
                            u"You can keep at most %1 saved replies: delete one first."_s.arg(
                                SavedReplies::MaxPerUser));
        return validation.reply();
    }
    SavedReplyRules rules(validation, m_replies, user->id, 0);
    const QString title = rules.title();
    const QString shortcut = rules.shortcut();
    const QString body = rules.body();
    if (validation.failed())
        return validation.reply();
    const std::optional<SavedReplyRecord> created =
        m_replies.create(user->id, title, shortcut, body, nowMs());
    if (!created)
        return serverError();
    broadcast(request, user->id);
    return HttpReply::json(201, QJsonObject{{u"data"_s, SavedReplies::json(*created)}});
}

HttpReply SavedReplyController::show(const QHttpServerRequest &, const UserRecord &,
                                     const SavedReplyRecord &reply)
{
    return HttpReply::json(200, QJsonObject{{u"data"_s, SavedReplies::json(reply)}});
}

HttpReply SavedReplyController::update(const QHttpServerRequest &request, const UserRecord &user,
                                       const SavedReplyRecord &reply)
{
    const QJsonObject input = Laravel::input(request);
    Laravel::Validation validation(input);
    SavedReplyRules rules(validation, m_replies, user.id, reply.id);
    // PATCH changes the fields it names (Laravel's "sometimes"); a named field must be valid.
    SavedReplyRecord changed = reply;
    if (input.contains(u"title"_s))
        changed.title = rules.title();
    if (input.contains(u"shortcut"_s))
        changed.shortcut = rules.shortcut();
    if (input.contains(u"body"_s))
        changed.body = rules.body();
    if (validation.failed())
        return validation.reply();
    if (changed.title == reply.title && changed.shortcut == reply.shortcut &&
        changed.body == reply.body)
        return show(request, user, reply); // nothing changed: no new updated_at, no broadcast
    const std::optional<SavedReplyRecord> updated = m_replies.update(changed, nowMs());
    if (!updated)
        return serverError();
    broadcast(request, user.id);
    return HttpReply::json(200, QJsonObject{{u"data"_s, SavedReplies::json(*updated)}});
}

HttpReply SavedReplyController::destroy(const QHttpServerRequest &request, const UserRecord &user,
                                        const SavedReplyRecord &reply)
{
    if (!m_replies.remove(reply.id))
        return serverError();
    broadcast(request, user.id);
    return HttpReply::noContent();
}

void SavedReplyController::broadcast(const QHttpServerRequest &request, qint64 userId)
{
    m_context.events.savedRepliesUpdated(userId, SavedReplies::json(m_replies.forUser(userId)),
                                         socketIdOf(request));
}

} // namespace envisage::sandbox
