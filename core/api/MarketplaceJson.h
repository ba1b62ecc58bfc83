#pragma once
// Reading and writing the contract's JSON. Readers check every field and report the
// first problem with its path ("data[3].listing.price: expected a string").
#include "ApiTypes.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace envisage::api::MarketplaceJson {

std::optional<User> readUser(const QJsonValue &value, QString *error,
                             const QString &path = QStringLiteral("user"));
std::optional<Attachment> readAttachment(const QJsonValue &value, QString *error,
                                         const QString &path = QStringLiteral("attachment"));
std::optional<Message> readMessage(const QJsonValue &value, QString *error,
                                   const QString &path = QStringLiteral("message"));
std::optional<Conversation> readConversation(const QJsonValue &value, QString *error,
                                             const QString &path = QStringLiteral("conversation"));
std::optional<ConversationPage> readConversationPage(const QJsonObject &object, QString *error);
std::optional<MessagePage> readMessagePage(const QJsonObject &object, QString *error);
std::optional<QList<Message>> readMessageList(const QJsonObject &object, QString *error);
std::optional<FoundMessagePage> readFoundMessagePage(const QJsonObject &object, QString *error);
std::optional<LoginResult> readLogin(const QJsonObject &object, QString *error);
std::optional<TypingEvent> readTyping(const QJsonValue &value, QString *error);
std::optional<ReadEvent> readRead(const QJsonValue &value, QString *error);
std::optional<SavedReply> readSavedReply(const QJsonValue &value, QString *error,
                                         const QString &path = QStringLiteral("saved_reply"));
// {"data":[SavedReply…]}: the list call's answer and the saved-replies.updated payload.
std::optional<QList<SavedReply>> readSavedReplyList(const QJsonValue &value, QString *error);

// The inverse, for the offline cache (the same shapes the server sends).
QJsonObject writeUser(const User &user);
QJsonObject writeAttachment(const Attachment &attachment);
QJsonObject writeMessage(const Message &message);
QJsonObject writeConversation(const Conversation &conversation);
QJsonObject writeSavedReply(const SavedReply &reply);

QDateTime parseTimestamp(const QString &text);
QString formatTimestamp(const QDateTime &time);

} // namespace envisage::api::MarketplaceJson
