#pragma once
// Records as the marketplace would send them, for tests that need no server: a buyer's
// message with a time that follows its id (one second apart), so order by time is order
// by id.
#include "api/ApiTypes.h"

#include <QDateTime>

namespace envisage::testing {

inline api::Message cannedMessage(qint64 id, qint64 conversationId, const QString &body,
                                  const QString &senderName = QStringLiteral("Ada Novak"))
{
    api::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.senderId = 7;
    m.sender = {7, senderName, {}};
    m.body = body;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + id * 1000, Qt::UTC);
    return m;
}

} // namespace envisage::testing
