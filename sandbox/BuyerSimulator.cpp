#include "BuyerSimulator.h"

#include "Accounts.h"
#include "AttachmentInspector.h"
#include "Attachments.h"
#include "Conversations.h"
#include "DemoSeeder.h"
#include "Logging.h"
#include "MarketplaceEvents.h"
#include "PusherServer.h"
#include "SimulatedPhoto.h"
#include "Timestamps.h"

#include <QSqlDatabase>
#include <QTimer>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

BuyerSimulator::BuyerSimulator(Accounts &accounts, Conversations &conversations,
                               Attachments &attachments, MarketplaceEvents &events,
                               PusherServer &pusher, SimulatorTiming timing, quint32 seed,
                               QObject *parent)
    : QObject(parent), m_accounts(accounts), m_conversations(conversations),
      m_attachments(attachments), m_events(events), m_pusher(pusher), m_timing(timing),
      m_random(seed), m_seed(seed)
{
}

void BuyerSimulator::start()
{
    for (int i = 1; i <= DemoAccounts::BuyerCount; ++i) {
        if (const std::optional<UserRecord> buyer =
                m_accounts.userByEmail(u"buyer%1@envisage.test"_s.arg(i)))
            m_buyerIds.append(buyer->id);
    }
    // Three buyers start online so the demo shows both states.
    for (int i = 0; i < std::min<qsizetype>(3, m_buyerIds.size()); ++i)
        setOnline(m_buyerIds.at(i), true);

    auto *presence = new QTimer(this);
    connect(presence, &QTimer::timeout, this, &BuyerSimulator::togglePresence);
    presence->start(m_timing.presenceEveryMs);
    auto *spontaneous = new QTimer(this);
    connect(spontaneous, &QTimer::timeout, this, &BuyerSimulator::writeSpontaneously);
    spontaneous->start(m_timing.spontaneousEveryMs);
    qCInfo(lcSandboxSim) << "simulating" << m_buyerIds.size() << "buyers";
}

bool BuyerSimulator::isSimulatedBuyer(qint64 userId) const
{
    return m_buyerIds.contains(userId);
}

void BuyerSimulator::setOnline(qint64 buyerId, bool online)
{
    const std::optional<UserRecord> buyer = m_accounts.userById(buyerId);
    if (!buyer)
        return;
    m_pusher.setSimulatedPresence(
        QString::fromLatin1(MarketplaceEvents::PresenceChannel), QString::number(buyerId),
        QJsonObject{{u"name"_s, buyer->name},
                    {u"avatar_url"_s, buyer->avatarUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(buyer->avatarUrl)}},
        online);
    if (online)
        m_online.insert(buyerId);
    else if (m_online.remove(buyerId))
        m_accounts.touchLastSeen(buyerId, nowMs());
}

BuyerReplies::Context BuyerSimulator::contextOf(const ConversationRecord &conversation) const
{
    const QJsonObject json = m_conversations.conversationJson(conversation, conversation.buyerId);
    const QJsonObject listing = json.value(u"listing"_s).toObject();
    return {listing.value(u"title"_s).toString(), listing.value(u"price"_s).toString(),
            listing.value(u"currency"_s).toString(),
            json.value(u"seller"_s).toObject().value(u"name"_s).toString()};
}

QRandomGenerator BuyerSimulator::nextChoices(qint64 conversationId, bool opener)
{
    const quint32 count = (opener ? m_openerCounts : m_replyCounts)[conversationId]++;
    return QRandomGenerator({m_seed, quint32(conversationId), count, quint32(opener)});
}

void BuyerSimulator::onMessagePosted(const ConversationRecord &conversation,
                                     const MessageRecord &message)
{
    if (message.senderId == conversation.buyerId || !isSimulatedBuyer(conversation.buyerId))
        return;
    if (m_answering.contains(conversation.id))
        return;
    setOnline(conversation.buyerId, true);
    QRandomGenerator choices = nextChoices(conversation.id);
    const BuyerReplies::Reply answer =
        BuyerReplies::replyTo(message.body, contextOf(conversation), choices.generate());
    const quint32 photoSeed = choices.generate();
    qCInfo(lcSandboxSim) << "buyer" << conversation.buyerId << "answers with intent"
                         << int(answer.intent);
    typeThenReply(conversation.id, conversation.buyerId, m_timing.typingAfterMs, answer.body,
                  answer.withPhoto ? std::optional(photoSeed) : std::nullopt);
}

void BuyerSimulator::typeThenReply(qint64 conversationId, qint64 buyerId, int delayMs,
                                   const QString &body, std::optional<quint32> photoSeed)
{
    const std::optional<UserRecord> buyer = m_accounts.userById(buyerId);
    if (!buyer)
        return;
    m_answering.insert(conversationId); // until the answer: one at a time per conversation
    // Typing events every 2 s, as a real client sends them, until the answer.
    const int replyAt = delayMs + m_timing.replyAfterMs +
                        int(m_random.bounded(std::max(1, m_timing.replyAfterMs / 2)));
    for (int at = delayMs; at < replyAt; at += 2000) {
        QTimer::singleShot(at, this, [this, conversationId, user = *buyer] {
            m_events.userTyping(conversationId, user, {});
        });
    }
    QTimer::singleShot(replyAt, this, [this, conversationId, buyerId, body, photoSeed] {
        reply(conversationId, buyerId, body, photoSeed);
        m_answering.remove(conversationId);
    });
}

void BuyerSimulator::reply(qint64 conversationId, qint64 buyerId, const QString &body,
                           std::optional<quint32> photoSeed)
{
    const std::optional<ConversationRecord> conversation =
        m_conversations.conversation(conversationId);
    if (!conversation)
        return;
    // A photo that cannot be made leaves a text reply: the demo goes on.
    const QString photo = photoSeed ? uploadPhoto(*conversation, buyerId, *photoSeed) : QString();
    // The message and its photo together or not at all, as a real post stores them.
    QSqlDatabase db = m_attachments.database();
    db.transaction();
    InsertResult result = m_conversations.insertMessage(conversationId, buyerId, body, {}, nowMs());
    if (result.message.id == 0 ||
        (!photo.isEmpty() && result.created &&
         !m_attachments.attach({photo}, buyerId, result.message.id)) ||
        !db.commit()) {
        db.rollback();
        qCWarning(lcSandboxSim) << "could not store a simulated reply in" << conversationId;
        return;
    }
    if (!photo.isEmpty())
        result.message.attachments =
            Attachments::jsonForMessages(db, {result.message.id}).value(result.message.id);
    if (result.created)
        m_events.messageSent(*conversation, result.message, {});
}

QString BuyerSimulator::uploadPhoto(const ConversationRecord &conversation, qint64 buyerId,
                                    quint32 seed)
{
    const QString title = m_conversations.conversationJson(conversation, buyerId)
                              .value(u"listing"_s)
                              .toObject()
                              .value(u"title"_s)
                              .toString();
    const QByteArray bytes = SimulatedPhoto::jpeg(title, seed);
    const InspectedFile content = AttachmentInspector::inspect(bytes);
    if (!content.accepted()) {
        qCWarning(lcSandboxSim) << "a drawn photo was refused:" << content.problem;
        return {};
    }
    const std::optional<AttachmentRecord> stored =
        m_attachments.store(buyerId, u"simulated-photo-%1"_s.arg(++m_photos),
                            SimulatedPhoto::fileName(title), content, bytes);
    if (!stored)
        return {};
    qCInfo(lcSandboxSim) << "buyer" << buyerId << "sends a photo of" << title;
    return stored->id;
}

void BuyerSimulator::togglePresence()
{
    if (m_buyerIds.isEmpty())
        return;
    const qint64 buyerId = m_buyerIds.at(m_random.bounded(int(m_buyerIds.size())));
    setOnline(buyerId, !m_online.contains(buyerId));
}

void BuyerSimulator::writeSpontaneously()
{
    if (m_buyerIds.isEmpty())
        return;
    const qint64 buyerId = m_buyerIds.at(m_random.bounded(int(m_buyerIds.size())));
    const QList<qint64> conversations = m_conversations.conversationIdsForUser(buyerId, 0, 10);
    if (conversations.isEmpty())
        return;
    const qint64 conversationId = conversations.at(m_random.bounded(int(conversations.size())));
    const std::optional<ConversationRecord> conversation =
        m_conversations.conversation(conversationId);
    if (!conversation || m_answering.contains(conversationId))
        return;
    setOnline(buyerId, true);
    m_answering.insert(conversationId);
    const std::optional<UserRecord> buyer = m_accounts.userById(buyerId);
    if (buyer)
        m_events.userTyping(conversationId, *buyer, {});
    const QString body = BuyerReplies::opener(contextOf(*conversation),
                                              nextChoices(conversationId, true).generate());
    QTimer::singleShot(2500, this, [this, conversationId, buyerId, body] {
        reply(conversationId, buyerId, body);
        m_answering.remove(conversationId);
    });
}

} // namespace envisage::sandbox
