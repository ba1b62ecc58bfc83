#include "DemoSellerTools.h"

#include "Conversations.h"
#include "Logging.h"
#include "SavedReplies.h"

#include <QSqlError>
#include <QSqlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;

struct DemoReply
{
    const char *title;
    const char *shortcut;
    const char *body;
};

// The questions a seller answers all day, with the placeholders the client fills in.
const DemoReply Replies[] = {
    {"Still available", "available",
     "Hi {buyer}, yes, the {listing} is still available for {price}. When would you like to "
     "see it?"},
    {"Lowest price", "price",
     "Thanks for your interest, {buyer}! {price} is already a fair price for the {listing}, "
     "but I can take 5% off if you collect it this week."},
    {"Shipping", "shipping",
     "I ship the {listing} within the EU, usually in 2–4 days and carefully packed. Shipping is "
     "added at cost; you get the tracking number as soon as it is on its way."},
    {"Pick-up times", "pickup",
     "You're welcome to pick up the {listing} on weekday evenings after 6 or on Saturday "
     "mornings. Tell me what suits you and I'll send the address."},
    {"More photos", "photos",
     "Of course, {buyer}: I'll send a few more photos of the {listing} this evening."},
    {"Sold", "sold",
     "Sorry {buyer}, the {listing} has just been sold. Thanks for asking! — {seller}"},
};

struct WaitingLine
{
    bool fromBuyer;
    const char *text; // %1 is the listing title
    int minutesAgo;
};

struct WaitingConversation
{
    int buyerIndex; // pairs of buyer and listing DemoStories leaves free
    int listingIndex;
    QList<WaitingLine> lines; // the last buyer lines are unanswered
};

const QList<WaitingConversation> &waitingConversations()
{
    static const QList<WaitingConversation> all = {
        {2,
         4, // waiting 2 h: the seller answered once, then a new question came
         {{true, "Hi! Does the %1 come with a lens?", 300},
          {false, "It does: a Zuiko 50 mm f/1.8, serviced last spring.", 280},
          {true, "Lovely. Is the light meter working, and could you ship it to Lyon?", 120}}},
        {3,
         5, // waiting 20 h: never answered
         {{true, "Hello, what are the exact dimensions of the %1?", 20 * 60},
          {true, "And would it fit through a 70 cm door?", 20 * 60 - 5}}},
        {4,
         8, // waiting 30 h: past the 24 hours buyers are promised
         {{true, "Is the %1 wool or synthetic?", 34 * 60},
          {false, "Hand-knotted wool, about 40 years old.", 33 * 60},
          {true, "Would you take 450 for it? We could meet at the café by the station.", 30 * 60}}},
    };
    return all;
}

} // namespace

QString DemoSellerTools::savedReplyBody(const QString &shortcut)
{
    for (const DemoReply &reply : Replies) {
        if (QLatin1StringView(reply.shortcut) == shortcut)
            return QString::fromUtf8(reply.body);
    }
    return {};
}

void DemoSellerTools::seed(qint64 sellerId, const QList<qint64> &buyerIds,
                           const QList<QPair<qint64, QString>> &listings, qint64 nowMs)
{
    seedSavedReplies(sellerId, nowMs);
    seedWaitingConversations(sellerId, buyerIds, listings, nowMs);
    archiveOldestConversation(sellerId);
}

void DemoSellerTools::seedSavedReplies(qint64 sellerId, qint64 nowMs)
{
    SavedReplies replies(m_db);
    for (const DemoReply &reply : Replies) {
        replies.create(sellerId, QString::fromUtf8(reply.title), QString::fromUtf8(reply.shortcut),
                       QString::fromUtf8(reply.body), nowMs - 7 * 24 * 60 * Minute);
    }
}

void DemoSellerTools::seedWaitingConversations(qint64 sellerId, const QList<qint64> &buyerIds,
                                               const QList<QPair<qint64, QString>> &listings,
                                               qint64 nowMs)
{
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO messages (conversation_id, sender_id, body, created_at, read_at) "
                   "VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery touch(m_db);
    touch.prepare(u"UPDATE conversations SET created_at = ?, updated_at = ? WHERE id = ?"_s);
    for (const WaitingConversation &waiting : waitingConversations()) {
        const auto &[listingId, title] = listings.at(waiting.listingIndex);
        const std::optional<qint64> conversationId =
            m_conversations.conversationFor(listingId, buyerIds.at(waiting.buyerIndex), nowMs);
        if (!conversationId)
            continue;
        // The seller read everything up to their own last answer.
        qsizetype lastAnswer = -1;
        for (qsizetype i = 0; i < waiting.lines.size(); ++i) {
            if (!waiting.lines.at(i).fromBuyer)
                lastAnswer = i;
        }
        for (qsizetype i = 0; i < waiting.lines.size(); ++i) {
            const WaitingLine &line = waiting.lines.at(i);
            const qint64 at = nowMs - line.minutesAgo * Minute;
            QString text = QString::fromUtf8(line.text);
            if (text.contains(u"%1"_s))
                text = text.arg(title);
            insert.addBindValue(*conversationId);
            insert.addBindValue(line.fromBuyer ? buyerIds.at(waiting.buyerIndex) : sellerId);
            insert.addBindValue(text);
            insert.addBindValue(at);
            // The seller has not opened the questions waiting for them.
            insert.addBindValue(i > lastAnswer ? QVariant() : QVariant(at + 2 * Minute));
            if (!insert.exec())
                qCWarning(lcSandboxDb) << "demo message failed:" << insert.lastError().text();
        }
        touch.addBindValue(nowMs - waiting.lines.first().minutesAgo * Minute);
        touch.addBindValue(nowMs - waiting.lines.last().minutesAgo * Minute);
        touch.addBindValue(*conversationId);
        touch.exec();
    }
}

void DemoSellerTools::archiveOldestConversation(qint64 sellerId)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM conversations WHERE seller_id = ? "
                  "ORDER BY updated_at ASC, id ASC LIMIT 1"_s);
    query.addBindValue(sellerId);
    if (query.exec() && query.next())
        m_conversations.flags().setArchived(query.value(0).toLongLong(), sellerId, true);
}

} // namespace envisage::sandbox
