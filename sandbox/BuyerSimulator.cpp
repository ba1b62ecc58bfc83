#include "BuyerSimulator.h"

#include "Accounts.h"
#include "Conversations.h"
#include "Logging.h"
#include "MarketplaceEvents.h"
#include "PusherServer.h"
#include "Timestamps.h"

#include <QTimer>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QStringList &replies()
{
    static const QStringList lines = {
        u"Thanks! That sounds good."_s,
        u"Great, could you hold it for me until Friday?"_s,
        u"Perfect. How would you like to be paid?"_s,
        u"Okay, I'll think about it and let you know tonight."_s,
        u"Would you ship it to Lyon?"_s,
        u"Lovely, thank you for the quick answer!"_s,
    };
    return lines;
}

const QStringList &openers()
{
    static const QStringList lines = {
        u"Hi again! Is it still available?"_s,
        u"Quick question: does it come with the original box?"_s,
        u"Could I pick it up tomorrow morning?"_s,
        u"Would you accept a slightly lower offer?"_s,
    };
    return lines;
}

} // namespace

BuyerSimulator::BuyerSimulator(Accounts &accounts, Conversations &conversations,
                               MarketplaceEvents &events, PusherServer &pusher,
                               SimulatorTiming timing, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_conversations(conversations)
    , m_events(events)
    , m_pusher(pusher)
    , m_timing(timing)
{
}

void BuyerSimulator::start()
{
    for (int i = 1; i <= 5; ++i) {
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
    m_pusher.setSimulatedPresence(QString::fromLatin1(MarketplaceEvents::PresenceChannel),
                                  QString::number(buyerId),
                                  QJsonObject{{u"name"_s, buyer->name},
                                              {u"avatar_url"_s, QJsonValue::Null}},
                                  online);
    if (online)
        m_online.insert(buyerId);
    else if (m_online.remove(buyerId))
        m_accounts.touchLastSeen(buyerId, nowMs());
}

void BuyerSimulator::onMessagePosted(const ConversationRecord &conversation,
                                     const MessageRecord &message)
{
    if (message.senderId == conversation.buyerId || !isSimulatedBuyer(conversation.buyerId))
        return;
    if (m_answering.contains(conversation.id))
        return;
    setOnline(conversation.buyerId, true);
    typeThenReply(conversation.id, conversation.buyerId, m_timing.typingAfterMs);
}

void BuyerSimulator::typeThenReply(qint64 conversationId, qint64 buyerId, int delayMs)
{
    m_answering.insert(conversationId);
    const std::optional<UserRecord> buyer = m_accounts.userById(buyerId);
    if (!buyer)
        return;
    // Typing events every 2 s, as a real client sends them, until the answer.
    const int replyAt = delayMs + m_timing.replyAfterMs
        + int(m_random.bounded(std::max(1, m_timing.replyAfterMs / 2)));
    for (int at = delayMs; at < replyAt; at += 2000) {
        QTimer::singleShot(at, this, [this, conversationId, user = *buyer] {
            m_events.userTyping(conversationId, user, {});
        });
    }
    const QString body = replies().at(m_random.bounded(int(replies().size())));
    QTimer::singleShot(replyAt, this, [this, conversationId, buyerId, body] {
        reply(conversationId, buyerId, body);
        m_answering.remove(conversationId);
    });
}

void BuyerSimulator::reply(qint64 conversationId, qint64 buyerId, const QString &body)
{
    const std::optional<ConversationRecord> conversation = m_conversations.conversation(conversationId);
    if (!conversation)
        return;
    const InsertResult result =
        m_conversations.insertMessage(conversationId, buyerId, body, {}, nowMs());
    if (result.created)
        m_events.messageSent(*conversation, result.message, {});
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
    if (m_answering.contains(conversationId))
        return;
    setOnline(buyerId, true);
    m_answering.insert(conversationId);
    const std::optional<UserRecord> buyer = m_accounts.userById(buyerId);
    if (buyer)
        m_events.userTyping(conversationId, *buyer, {});
    const QString body = openers().at(m_random.bounded(int(openers().size())));
    QTimer::singleShot(2500, this, [this, conversationId, buyerId, body] {
        reply(conversationId, buyerId, body);
        m_answering.remove(conversationId);
    });
}

} // namespace envisage::sandbox
