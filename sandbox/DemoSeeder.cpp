#include "DemoSeeder.h"

#include "Accounts.h"
#include "AttachmentInspector.h"
#include "Attachments.h"
#include "Conversations.h"
#include "DemoHistory.h"
#include "DemoSellerTools.h"
#include "DemoStories.h"
#include "Logging.h"
#include "SimulatedPhoto.h"
#include "SimulatedReceipt.h"

#include <QSqlError>
#include <QSqlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr quint32 HistorySeed = 20261126; // fixed: the same demo every time

// As the client fills a saved reply in (its English locale writes "€249.00").
QString fillIn(const QString &text, const QString &buyer, const QString &listing,
               const QString &price, const QString &seller)
{
    return QString(text)
        .replace(u"{buyer}"_s, buyer)
        .replace(u"{listing}"_s, listing)
        .replace(u"{price}"_s, u"€"_s + price)
        .replace(u"{seller}"_s, seller);
}

} // namespace

bool DemoSeeder::seed(qint64 nowMs)
{
    if (m_accounts.userCount() > 0)
        return false;
    m_db.transaction();

    const QString sellerName = QString::fromLatin1(DemoAccounts::SellerName);
    const QString seller2Name = QString::fromLatin1(DemoAccounts::Seller2Name);
    const qint64 sellerId =
        *m_accounts.createUser(sellerName, QString::fromLatin1(DemoAccounts::SellerEmail),
                               u"seller"_s, QString::fromLatin1(DemoAccounts::SellerPassword));
    const qint64 seller2Id =
        *m_accounts.createUser(seller2Name, QString::fromLatin1(DemoAccounts::Seller2Email),
                               u"seller"_s, QString::fromLatin1(DemoAccounts::SellerPassword));
    QList<qint64> buyerIds;
    for (int i = 0; i < DemoAccounts::BuyerCount; ++i) {
        buyerIds.append(*m_accounts.createUser(QString::fromUtf8(DemoStories::buyerNames().at(i)),
                                               u"buyer%1@envisage.test"_s.arg(i + 1), u"buyer"_s,
                                               QString::fromLatin1(DemoAccounts::BuyerPassword)));
    }
    QList<QPair<qint64, QString>> listings; // id, title; the demo seller's first
    for (const DemoListingData &listing : DemoStories::listings()) {
        const QString title = QString::fromUtf8(listing.title);
        listings.append(
            {*m_conversations.createListing(listing.secondSeller ? seller2Id : sellerId, title,
                                            QString::fromLatin1(listing.price), u"EUR"_s),
             title});
    }

    // The long history first: it is buyer1's first conversation (the smallest id).
    const auto &[longListingId, longTitle] = listings.at(DemoStories::LongHistoryListing);
    if (const std::optional<qint64> longId =
            m_conversations.conversationFor(longListingId, buyerIds.first(), nowMs)) {
        QList<Message> messages;
        for (const HistoryMessage &line :
             DemoHistory::generate(DemoAccounts::LongConversationMessages, longTitle,
                                   nowMs - 3 * Minute, HistorySeed)) {
            messages.append(
                {line.fromBuyer ? buyerIds.first() : sellerId, line.body, line.at, {}, {}});
        }
        store(*longId, messages, 1);
    }

    int seeded = 1;
    for (const DemoStory &story : DemoStories::stories()) {
        const qint64 buyerId = buyerIds.at(story.buyer - 1);
        const bool second = DemoStories::listings().at(story.listing).secondSeller;
        const std::optional<qint64> conversationId =
            m_conversations.conversationFor(listings.at(story.listing).first, buyerId, nowMs);
        if (!conversationId)
            continue;
        store(*conversationId, storyMessages(story, buyerId, second ? seller2Id : sellerId, nowMs),
              story.unread);
        ++seeded;
    }
    DemoSellerTools(m_db, m_conversations).seed(sellerId, buyerIds, listings, nowMs);
    m_db.commit();
    qCInfo(lcSandboxDb) << "seeded the demo:" << seeded << "conversations,"
                        << DemoAccounts::BuyerCount << "buyers";
    return true;
}

QList<DemoSeeder::Message> DemoSeeder::storyMessages(const DemoStory &story, qint64 buyerId,
                                                     qint64 sellerId, qint64 nowMs) const
{
    const DemoListingData &listing = DemoStories::listings().at(story.listing);
    const QString title = QString::fromUtf8(listing.title);
    const QString buyer = QString::fromUtf8(DemoStories::buyerNames().at(story.buyer - 1));
    const QString seller = QString::fromLatin1(listing.secondSeller ? DemoAccounts::Seller2Name
                                                                    : DemoAccounts::SellerName);
    const QString price = QString::fromLatin1(listing.price);

    // Laid out forward so that the last line was written `endsMinutesAgo` before now.
    qint64 span = 0;
    for (const StoryLine &line : story.lines)
        span += line.minutesAfter * Minute;
    QList<Message> messages;
    qint64 at = nowMs - story.endsMinutesAgo * Minute - span;
    for (const StoryLine &line : story.lines) {
        at += line.minutesAfter * Minute;
        const QString text = line.from == StoryLine::From::SavedReply
                                 ? DemoSellerTools::savedReplyBody(QString::fromLatin1(line.text))
                                 : QString::fromUtf8(line.text);
        Message message{line.fromBuyer() ? buyerId : sellerId,
                        fillIn(text, buyer, title, price, seller),
                        at,
                        {},
                        {}};
        if (line.from == StoryLine::From::BuyerPhoto) {
            message.file = SimulatedPhoto::jpeg(title, quint32(story.buyer * 1000 + story.listing));
            message.fileName = SimulatedPhoto::fileName(title);
        } else if (line.from == StoryLine::From::SellerReceipt) {
            ReceiptDetails receipt{u"2026-%1"_s.arg(140 + story.buyer, 4, 10, QChar(u'0')),
                                   seller,
                                   buyer,
                                   title,
                                   QString::fromLatin1(line.paid),
                                   u"EUR"_s,
                                   at};
            message.fileName = SimulatedReceipt::fileName(receipt);
            message.file = SimulatedReceipt::pdf(receipt);
        }
        messages.append(message);
    }
    return messages;
}

void DemoSeeder::store(qint64 conversationId, const QList<Message> &messages, int unread)
{
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO messages (conversation_id, sender_id, body, created_at, read_at) "
                   "VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Message &message = messages.at(i);
        insert.addBindValue(conversationId);
        insert.addBindValue(message.senderId);
        insert.addBindValue(message.body);
        insert.addBindValue(message.at);
        insert.addBindValue(i >= messages.size() - unread ? QVariant()
                                                          : QVariant(message.at + 2 * Minute));
        if (!insert.exec()) {
            qCWarning(lcSandboxDb) << "demo message failed:" << insert.lastError().text();
            continue;
        }
        if (!message.file.isEmpty())
            attach(insert.lastInsertId().toLongLong(), message);
    }
    QSqlQuery touch(m_db);
    touch.prepare(u"UPDATE conversations SET updated_at = ?, created_at = ? WHERE id = ?"_s);
    touch.addBindValue(messages.last().at);
    touch.addBindValue(messages.first().at);
    touch.addBindValue(conversationId);
    touch.exec();
}

bool DemoSeeder::attach(qint64 messageId, const Message &message)
{
    const InspectedFile content = AttachmentInspector::inspect(message.file);
    const std::optional<AttachmentRecord> stored =
        content.accepted() ? m_attachments.store(message.senderId, u"demo-%1"_s.arg(++m_files),
                                                 message.fileName, content, message.file)
                           : std::nullopt;
    if (!stored || !m_attachments.attach({stored->id}, message.senderId, messageId)) {
        qCWarning(lcSandboxDb) << "a demo attachment was refused:" << message.fileName
                               << content.problem;
        return false;
    }
    // Uploaded just before the message that carries it.
    QSqlQuery when(m_db);
    when.prepare(u"UPDATE attachments SET created_at = ? WHERE id = ?"_s);
    when.addBindValue(message.at - Minute);
    when.addBindValue(stored->id);
    return when.exec();
}

} // namespace envisage::sandbox
