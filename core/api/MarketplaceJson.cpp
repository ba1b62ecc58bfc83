#include "MarketplaceJson.h"

#include <QJsonArray>

#include <algorithm>

namespace envisage::api::MarketplaceJson {

using namespace Qt::StringLiterals;

namespace {

// Reads fields of one object; the first failure is kept with its path.
class FieldReader
{
public:
    FieldReader(const QJsonValue &value, QString path, QString *error)
        : m_object(value.toObject()), m_path(std::move(path)), m_error(error)
    {
        if (!value.isObject())
            fail(m_path, u"expected an object"_s);
    }

    bool ok() const { return m_ok; }
    QString path(const QString &field) const { return m_path + u'.' + field; }
    QJsonValue value(const QString &field) const { return m_object.value(field); }

    qint64 integer(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)))
            return fail(path(field), u"expected an integer"_s), 0;
        return qint64(number);
    }

    QString string(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isString())
            return fail(path(field), u"expected a string"_s), QString();
        return value.toString();
    }

    bool boolean(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isBool())
            return fail(path(field), u"expected true or false"_s), false;
        return value.toBool();
    }

    QString nullableString(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isNull())
            return {};
        if (!value.isString())
            return fail(path(field), u"expected a string or null"_s), QString();
        return value.toString();
    }

    QDateTime timestamp(const QString &field)
    {
        const QDateTime time = parseTimestamp(string(field));
        if (m_ok && !time.isValid())
            fail(path(field), u"expected an ISO 8601 timestamp"_s);
        return time;
    }

    QDateTime nullableTimestamp(const QString &field)
    {
        if (m_object.value(field).isNull())
            return {};
        return timestamp(field);
    }

    // Records a failure from a nested reader.
    template <typename T> T nested(std::optional<T> value)
    {
        if (!value) {
            m_ok = false;
            return T{};
        }
        return *value;
    }

    void fail(const QString &where, const QString &what)
    {
        if (m_ok && m_error && m_error->isEmpty())
            *m_error = where + u": "_s + what;
        m_ok = false;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    bool m_ok = true;
};

template <typename T> std::optional<T> finish(const FieldReader &reader, T value)
{
    return reader.ok() ? std::optional<T>(std::move(value)) : std::nullopt;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullable(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

std::optional<QList<Message>> readMessages(const QJsonObject &object, QString *error)
{
    const QJsonValue data = object.value(u"data"_s);
    if (!data.isArray()) {
        *error = u"data: expected an array"_s;
        return std::nullopt;
    }
    QList<Message> messages;
    const QJsonArray array = data.toArray();
    messages.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<Message> message = readMessage(array.at(i), error, u"data[%1]"_s.arg(i));
        if (!message)
            return std::nullopt;
        messages.append(std::move(*message));
    }
    return messages;
}

} // namespace

QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<User> readUser(const QJsonValue &value, QString *error, const QString &path)
{
    FieldReader reader(value, path, error);
    User user;
    user.id = reader.integer(u"id"_s);
    user.name = reader.string(u"name"_s);
    // Counterparts inside a conversation may omit email and role in some deployments;
    // the contract has them, so a mistyped value is still an error.
    if (!reader.value(u"email"_s).isUndefined())
        user.email = reader.nullableString(u"email"_s);
    if (!reader.value(u"role"_s).isUndefined())
        user.role = reader.string(u"role"_s);
    user.avatarUrl = reader.nullableString(u"avatar_url"_s);
    if (!reader.value(u"last_seen_at"_s).isUndefined())
        user.lastSeenAt = reader.nullableTimestamp(u"last_seen_at"_s);
    return finish(reader, user);
}

std::optional<Attachment> readAttachment(const QJsonValue &value, QString *error,
                                         const QString &path)
{
    FieldReader reader(value, path, error);
    Attachment attachment;
    attachment.id = reader.string(u"id"_s);
    attachment.name = reader.string(u"name"_s);
    attachment.mime = reader.string(u"mime"_s);
    attachment.size = reader.integer(u"size"_s);
    for (const auto &[field, target] :
         {std::pair{u"width"_s, &attachment.width}, std::pair{u"height"_s, &attachment.height}}) {
        if (!reader.value(field).isNull() && !reader.value(field).isUndefined())
            *target = int(std::clamp<qint64>(reader.integer(field), 0, 1 << 20));
    }
    attachment.url = reader.string(u"url"_s);
    if (!reader.value(u"thumbnail_url"_s).isUndefined())
        attachment.thumbnailUrl = reader.nullableString(u"thumbnail_url"_s);
    if (reader.ok() && attachment.id.isEmpty())
        reader.fail(reader.path(u"id"_s), u"is empty"_s);
    if (reader.ok() && attachment.url.isEmpty())
        reader.fail(reader.path(u"url"_s), u"is empty"_s);
    if (reader.ok() && attachment.size < 0)
        reader.fail(reader.path(u"size"_s), u"is negative"_s);
    return finish(reader, attachment);
}

std::optional<Message> readMessage(const QJsonValue &value, QString *error, const QString &path)
{
    FieldReader reader(value, path, error);
    Message message;
    message.id = reader.integer(u"id"_s);
    message.conversationId = reader.integer(u"conversation_id"_s);
    message.senderId = reader.integer(u"sender_id"_s);
    FieldReader sender(reader.value(u"sender"_s), reader.path(u"sender"_s), error);
    message.sender.id = sender.integer(u"id"_s);
    message.sender.name = sender.string(u"name"_s);
    message.sender.avatarUrl = sender.nullableString(u"avatar_url"_s);
    if (!sender.ok())
        reader.fail(reader.path(u"sender"_s), u"invalid"_s);
    message.body = reader.string(u"body"_s);
    message.clientId = reader.nullableString(u"client_id"_s);
    message.createdAt = reader.timestamp(u"created_at"_s);
    message.readAt = reader.nullableTimestamp(u"read_at"_s);
    // Always present in the contract (§4); a server from before attachments has none.
    const QJsonValue attachments = reader.value(u"attachments"_s);
    if (!attachments.isUndefined() && !attachments.isNull()) {
        if (!attachments.isArray()) {
            reader.fail(reader.path(u"attachments"_s), u"expected an array"_s);
        } else {
            const QJsonArray array = attachments.toArray();
            for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
                message.attachments.append(reader.nested(
                    readAttachment(array.at(i), error, reader.path(u"attachments[%1]"_s.arg(i)))));
            }
        }
    }
    return finish(reader, message);
}

std::optional<Conversation> readConversation(const QJsonValue &value, QString *error,
                                             const QString &path)
{
    FieldReader reader(value, path, error);
    Conversation conversation;
    conversation.id = reader.integer(u"id"_s);
    FieldReader listing(reader.value(u"listing"_s), reader.path(u"listing"_s), error);
    conversation.listing.id = listing.integer(u"id"_s);
    conversation.listing.title = listing.string(u"title"_s);
    conversation.listing.imageUrl = listing.nullableString(u"image_url"_s);
    conversation.listing.price = listing.string(u"price"_s);
    conversation.listing.currency = listing.string(u"currency"_s);
    if (!listing.ok())
        reader.fail(reader.path(u"listing"_s), u"invalid"_s);
    conversation.buyer =
        reader.nested(readUser(reader.value(u"buyer"_s), error, reader.path(u"buyer"_s)));
    conversation.seller =
        reader.nested(readUser(reader.value(u"seller"_s), error, reader.path(u"seller"_s)));
    if (!reader.value(u"last_message"_s).isNull())
        conversation.lastMessage = reader.nested(
            readMessage(reader.value(u"last_message"_s), error, reader.path(u"last_message"_s)));
    conversation.unreadCount = int(reader.integer(u"unread_count"_s));
    conversation.updatedAt = reader.timestamp(u"updated_at"_s);
    // §5's flags: absent from older servers (and older caches), mistyped is still an error.
    if (!reader.value(u"archived"_s).isUndefined())
        conversation.archived = reader.boolean(u"archived"_s);
    if (!reader.value(u"marked_unread"_s).isUndefined())
        conversation.markedUnread = reader.boolean(u"marked_unread"_s);
    if (!reader.value(u"awaiting_reply_since"_s).isUndefined())
        conversation.awaitingReplySince = reader.nullableTimestamp(u"awaiting_reply_since"_s);
    return finish(reader, conversation);
}

namespace {

// Laravel's length-aware paginator: current_page, last_page and total into `page`, and
// each item of the array `data` handed to readItem with its path (for the error); false,
// with *error set, when any of it is not what it should be.
template <typename Page, typename ReadItem>
bool readLengthAwarePage(const QJsonObject &object, QString *error, Page &page, ReadItem readItem)
{
    FieldReader reader(object, u"page"_s, error);
    page.currentPage = int(reader.integer(u"current_page"_s));
    page.lastPage = int(reader.integer(u"last_page"_s));
    page.total = int(reader.integer(u"total"_s));
    if (!reader.ok())
        return false;
    const QJsonValue data = object.value(u"data"_s);
    if (!data.isArray()) {
        *error = u"data: expected an array"_s;
        return false;
    }
    const QJsonArray array = data.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readItem(array.at(i), u"data[%1]"_s.arg(i)))
            return false;
    }
    return true;
}

} // namespace

std::optional<ConversationPage> readConversationPage(const QJsonObject &object, QString *error)
{
    ConversationPage page;
    const bool read = readLengthAwarePage(
        object, error, page, [&page, error](const QJsonValue &item, const QString &path) {
            std::optional<Conversation> conversation = readConversation(item, error, path);
            if (conversation)
                page.conversations.append(std::move(*conversation));
            return conversation.has_value();
        });
    return read ? std::optional<ConversationPage>(std::move(page)) : std::nullopt;
}

std::optional<MessagePage> readMessagePage(const QJsonObject &object, QString *error)
{
    std::optional<QList<Message>> messages = readMessages(object, error);
    if (!messages)
        return std::nullopt;
    const QJsonValue cursor = object.value(u"next_cursor"_s);
    if (!cursor.isNull() && !cursor.isString()) {
        *error = u"next_cursor: expected a string or null"_s;
        return std::nullopt;
    }
    // Laravel's cursor paginator always has it; a server that leaves it out has no newer page.
    const QJsonValue previous = object.value(u"prev_cursor"_s);
    if (!previous.isNull() && !previous.isUndefined() && !previous.isString()) {
        *error = u"prev_cursor: expected a string or null"_s;
        return std::nullopt;
    }
    return MessagePage{std::move(*messages), cursor.toString(), previous.toString()};
}

std::optional<FoundMessagePage> readFoundMessagePage(const QJsonObject &object, QString *error)
{
    FoundMessagePage page;
    const bool read = readLengthAwarePage(
        object, error, page, [&page, error](const QJsonValue &item, const QString &path) {
            FieldReader hit(item, path, error);
            const qint64 conversationId = hit.integer(u"conversation_id"_s);
            if (!hit.ok())
                return false;
            std::optional<Message> message =
                readMessage(item.toObject().value(u"message"_s), error, path + u".message"_s);
            if (message)
                page.found.append({std::move(*message), conversationId});
            return message.has_value();
        });
    return read ? std::optional<FoundMessagePage>(std::move(page)) : std::nullopt;
}

std::optional<QList<Message>> readMessageList(const QJsonObject &object, QString *error)
{
    return readMessages(object, error);
}

std::optional<LoginResult> readLogin(const QJsonObject &object, QString *error)
{
    FieldReader reader(object, u"login"_s, error);
    LoginResult result;
    result.token = reader.string(u"token"_s);
    result.user = reader.nested(readUser(reader.value(u"user"_s), error, reader.path(u"user"_s)));
    if (reader.ok() && result.token.isEmpty())
        reader.fail(reader.path(u"token"_s), u"is empty"_s);
    return finish(reader, result);
}

std::optional<TypingEvent> readTyping(const QJsonValue &value, QString *error)
{
    FieldReader reader(value, u"typing"_s, error);
    TypingEvent event{reader.integer(u"user_id"_s), reader.string(u"user_name"_s)};
    return finish(reader, event);
}

std::optional<ReadEvent> readRead(const QJsonValue &value, QString *error)
{
    FieldReader reader(value, u"read"_s, error);
    ReadEvent event;
    event.userId = reader.integer(u"user_id"_s);
    event.lastReadMessageId = reader.integer(u"last_read_message_id"_s);
    event.readAt = reader.timestamp(u"read_at"_s);
    return finish(reader, event);
}

std::optional<SavedReply> readSavedReply(const QJsonValue &value, QString *error,
                                         const QString &path)
{
    FieldReader reader(value, path, error);
    SavedReply reply;
    reply.id = reader.integer(u"id"_s);
    reply.title = reader.string(u"title"_s);
    reply.shortcut = reader.string(u"shortcut"_s);
    reply.body = reader.string(u"body"_s);
    reply.updatedAt = reader.timestamp(u"updated_at"_s);
    return finish(reader, reply);
}

std::optional<QList<SavedReply>> readSavedReplyList(const QJsonValue &value, QString *error)
{
    const QJsonValue data = value.toObject().value(u"data"_s);
    if (!data.isArray()) {
        *error = u"data: expected an array"_s;
        return std::nullopt;
    }
    QList<SavedReply> replies;
    const QJsonArray array = data.toArray();
    replies.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<SavedReply> reply = readSavedReply(array.at(i), error, u"data[%1]"_s.arg(i));
        if (!reply)
            return std::nullopt;
        replies.append(std::move(*reply));
    }
    return replies;
}

QJsonObject writeSavedReply(const SavedReply &reply)
{
    return {{u"id"_s, reply.id},
            {u"title"_s, reply.title},
            {u"shortcut"_s, reply.shortcut},
            {u"body"_s, reply.body},
            {u"updated_at"_s, formatTimestamp(reply.updatedAt)}};
}

QJsonObject writeUser(const User &user)
{
    return {{u"id"_s, user.id},
            {u"name"_s, user.name},
            {u"email"_s, user.email},
            {u"role"_s, user.role},
            {u"avatar_url"_s, nullable(user.avatarUrl)},
            {u"last_seen_at"_s, nullable(user.lastSeenAt)}};
}

QJsonObject writeAttachment(const Attachment &attachment)
{
    const auto dimension = [](int value) {
        return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    return {{u"id"_s, attachment.id},
            {u"name"_s, attachment.name},
            {u"mime"_s, attachment.mime},
            {u"size"_s, attachment.size},
            {u"width"_s, dimension(attachment.width)},
            {u"height"_s, dimension(attachment.height)},
            {u"url"_s, attachment.url},
            {u"thumbnail_url"_s, nullable(attachment.thumbnailUrl)}};
}

QJsonObject writeMessage(const Message &message)
{
    QJsonArray attachments;
    for (const Attachment &attachment : message.attachments)
        attachments.append(writeAttachment(attachment));
    return {{u"id"_s, message.id},
            {u"conversation_id"_s, message.conversationId},
            {u"sender_id"_s, message.senderId},
            {u"sender"_s, QJsonObject{{u"id"_s, message.sender.id},
                                      {u"name"_s, message.sender.name},
                                      {u"avatar_url"_s, nullable(message.sender.avatarUrl)}}},
            {u"body"_s, message.body},
            {u"client_id"_s, nullable(message.clientId)},
            {u"created_at"_s, formatTimestamp(message.createdAt)},
            {u"read_at"_s, nullable(message.readAt)},
            {u"attachments"_s, attachments}};
}

QJsonObject writeConversation(const Conversation &conversation)
{
    const Listing &listing = conversation.listing;
    return {{u"id"_s, conversation.id},
            {u"listing"_s, QJsonObject{{u"id"_s, listing.id},
                                       {u"title"_s, listing.title},
                                       {u"image_url"_s, nullable(listing.imageUrl)},
                                       {u"price"_s, listing.price},
                                       {u"currency"_s, listing.currency}}},
            {u"buyer"_s, writeUser(conversation.buyer)},
            {u"seller"_s, writeUser(conversation.seller)},
            {u"last_message"_s, conversation.lastMessage
                                    ? QJsonValue(writeMessage(*conversation.lastMessage))
                                    : QJsonValue(QJsonValue::Null)},
            {u"unread_count"_s, conversation.unreadCount},
            {u"updated_at"_s, formatTimestamp(conversation.updatedAt)},
            {u"archived"_s, conversation.archived},
            {u"marked_unread"_s, conversation.markedUnread},
            {u"awaiting_reply_since"_s, nullable(conversation.awaitingReplySince)}};
}

} // namespace envisage::api::MarketplaceJson
