#include "DemoSeeder.h"

#include "Accounts.h"
#include "Conversations.h"
#include "DemoSellerTools.h"
#include "Logging.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;

struct DemoListing
{
    const char *title;
    const char *price;
};

const DemoListing SellerListings[] = {
    {"Walnut desk", "249.00"},          {"Mid-century armchair", "180.00"},
    {"Brass floor lamp", "95.00"},      {"Oak bookshelf", "140.00"},
    {"Olympus OM-1 camera", "210.00"},  {"Teak sideboard", "420.00"},
    {"Rattan pendant light", "65.00"},  {"Road bike, 56 cm frame", "350.00"},
    {"Persian rug, 2 × 3 m", "520.00"}, {"Espresso machine", "160.00"},
};
const DemoListing Seller2Listings[] = {
    {"Vinyl record collection", "300.00"},
    {"Cast-iron skillet set", "45.00"},
};

const char *BuyerNames[] = {"Ada Novak", "Bruno Costa", "Chloé Martin", "Daniel Weber",
                            "Emi Tanaka"};

// A short exchange; %1 is the listing title. Buyer lines alternate with seller lines.
const QList<QStringList> &dialogues()
{
    static const QList<QStringList> all = {
        {u"Hi! Is the %1 still available?"_s, u"Hello! Yes, it is."_s,
         u"Great. Would you take a bit less for it?"_s,
         u"I can knock off 10% if you pick it up this week."_s, u"Deal, thank you!"_s},
        {u"Hello, could you tell me more about the condition of the %1?"_s,
         u"Of course: a few light marks, otherwise like new. I can send more photos."_s,
         u"Photos would be lovely, thanks."_s},
        {u"Do you ship the %1?"_s, u"I do, within the EU. Shipping is usually 2–4 days."_s,
         u"Perfect, I'll order tonight."_s, u"Sounds good, I'll pack it carefully."_s,
         u"Paid just now 🙂"_s},
        {u"Is the price for the %1 negotiable?"_s, u"A little. What did you have in mind?"_s},
        {u"Could I see the %1 on Saturday?"_s, u"Saturday works, any time after 10."_s,
         u"11 o'clock then. What's the address?"_s,
         u"I'll send it the day before. See you then!"_s},
    };
    return all;
}

const QStringList &smallTalk()
{
    static const QStringList lines = {
        u"Thanks for getting back to me."_s,
        u"Let me check and come back to you."_s,
        u"That works for me."_s,
        u"Could you send another photo?"_s,
        u"Sure, here you go."_s,
        u"What are the exact dimensions?"_s,
        u"Roughly 120 × 60 cm, 75 cm high."_s,
        u"Would Thursday evening suit you?"_s,
        u"Yes, after six is fine."_s,
        u"Great, talk soon!"_s,
        u"Is there any damage I should know about?"_s,
        u"None at all, it's been well kept."_s,
    };
    return lines;
}

struct SeedMessage
{
    qint64 senderId;
    QString body;
    qint64 at;
};

} // namespace

bool DemoSeeder::seed(qint64 nowMs)
{
    if (m_accounts.userCount() > 0)
        return false;
    QRandomGenerator random(20261126); // fixed: the same demo every time
    m_db.transaction();

    const qint64 sellerId =
        *m_accounts.createUser(u"Sam Rivera"_s, QString::fromLatin1(DemoAccounts::SellerEmail),
                               u"seller"_s, QString::fromLatin1(DemoAccounts::SellerPassword));
    const qint64 seller2Id =
        *m_accounts.createUser(u"Lena Fischer"_s, QString::fromLatin1(DemoAccounts::Seller2Email),
                               u"seller"_s, QString::fromLatin1(DemoAccounts::SellerPassword));
    QList<qint64> buyerIds;
    for (int i = 0; i < DemoAccounts::BuyerCount; ++i) {
        buyerIds.append(*m_accounts.createUser(QString::fromUtf8(BuyerNames[i]),
                                               u"buyer%1@envisage.test"_s.arg(i + 1), u"buyer"_s,
                                               QString::fromLatin1(DemoAccounts::BuyerPassword)));
    }
    QList<QPair<qint64, QString>> listings; // id, title
    for (const DemoListing &listing : SellerListings) {
        const QString title = QString::fromUtf8(listing.title);
        listings.append({*m_conversations.createListing(
                             sellerId, title, QString::fromLatin1(listing.price), u"EUR"_s),
                         title});
    }
    const int sellerListingCount = int(listings.size());
    for (const DemoListing &listing : Seller2Listings) {
        const QString title = QString::fromUtf8(listing.title);
        listings.append({*m_conversations.createListing(
                             seller2Id, title, QString::fromLatin1(listing.price), u"EUR"_s),
                         title});
    }

    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO messages (conversation_id, sender_id, body, created_at, read_at) "
                   "VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery touch(m_db);
    touch.prepare(u"UPDATE conversations SET updated_at = ?, created_at = ? WHERE id = ?"_s);
    const auto store = [&](qint64 conversationId, qint64 buyerId,
                           const QList<SeedMessage> &messages, int unreadForSeller) {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const SeedMessage &message = messages.at(i);
            const bool unread =
                message.senderId == buyerId && i >= messages.size() - unreadForSeller;
            insert.addBindValue(conversationId);
            insert.addBindValue(message.senderId);
            insert.addBindValue(message.body);
            insert.addBindValue(message.at);
            insert.addBindValue(unread ? QVariant() : QVariant(message.at + 2 * Minute));
            insert.exec();
        }
        touch.addBindValue(messages.last().at);
        touch.addBindValue(messages.first().at);
        touch.addBindValue(conversationId);
        touch.exec();
    };

    // 26 conversations with the first seller, 4 with the second: each buyer asks about
    // several listings; the first conversation is the long one.
    int conversationIndex = 0;
    for (int b = 0; b < DemoAccounts::BuyerCount; ++b) {
        for (int k = 0; k < 6; ++k, ++conversationIndex) {
            const bool secondSeller = conversationIndex % 8 == 7;
            const int listingIndex =
                secondSeller ? sellerListingCount + (b + k) % int(std::size(Seller2Listings))
                             : (b * 3 + k) % sellerListingCount;
            const auto &[listingId, title] = listings.at(listingIndex);
            const qint64 ownerId = secondSeller ? seller2Id : sellerId;
            const qint64 buyerId = buyerIds.at(b);
            const std::optional<qint64> conversationId =
                m_conversations.conversationFor(listingId, buyerId, nowMs);
            if (!conversationId)
                continue;
            // Each history is laid out forward, then shifted to end at a time that makes
            // newer conversations come first, minutes apart so the order is stable.
            const qint64 endsAt =
                nowMs - Day * (conversationIndex / 2) - Minute * (7 * conversationIndex + 3);
            qint64 at = 0;
            QList<SeedMessage> messages;
            const auto withTitle = [&title](const QString &line) {
                return line.contains(u"%1"_s) ? line.arg(title) : line;
            };
            if (conversationIndex == 0) {
                for (int i = 0; i < DemoAccounts::LongConversationMessages; ++i) {
                    const QString body =
                        i == 0 ? withTitle(dialogues().first().first())
                               : smallTalk().at(random.bounded(int(smallTalk().size())));
                    messages.append({i % 2 == 0 ? buyerId : ownerId, body, at});
                    at += Minute * (1 + random.bounded(30));
                }
            } else {
                const QStringList &lines = dialogues().at(random.bounded(int(dialogues().size())));
                for (int i = 0; i < lines.size(); ++i) {
                    messages.append({i % 2 == 0 ? buyerId : ownerId, withTitle(lines.at(i)), at});
                    at += Minute * (2 + random.bounded(40));
                }
            }
            const qint64 shift = endsAt - messages.last().at;
            for (SeedMessage &message : messages)
                message.at += shift;
            // A third of the conversations end with the buyer waiting for an answer.
            const bool waiting = conversationIndex % 3 == 0;
            if (waiting && messages.last().senderId != buyerId)
                messages.append(
                    {buyerId, u"Are you still there? 🙂"_s, messages.last().at + 2 * Minute});
            store(*conversationId, buyerId, messages, waiting ? 1 + conversationIndex % 2 : 0);
        }
    }
    DemoSellerTools(m_db, m_conversations).seed(sellerId, buyerIds, listings, nowMs);
    m_db.commit();
    qCInfo(lcSandboxDb) << "seeded the demo:" << conversationIndex << "conversations";
    return true;
}

} // namespace envisage::sandbox
