#pragma once
// `--simulate`: the demo's buyers act on their own, through the same storage and
// broadcasts as real clients: they come online and go offline in presence-online,
// type and answer a few seconds after the seller writes, and now and then write
// first, so that the demo shows notifications, badges and typing.
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

namespace envisage::sandbox {

class Accounts;
class Conversations;
class MarketplaceEvents;
class PusherServer;
struct ConversationRecord;
struct MessageRecord;

struct SimulatorTiming
{
    int typingAfterMs = 1200;       // first typing event after the seller's message
    int replyAfterMs = 5000;        // the answer (plus up to half of this at random)
    int presenceEveryMs = 20000;    // a buyer comes online or goes offline
    int spontaneousEveryMs = 45000; // a buyer writes without being asked
};

class BuyerSimulator : public QObject
{
    Q_OBJECT
public:
    BuyerSimulator(Accounts &accounts, Conversations &conversations, MarketplaceEvents &events,
                   PusherServer &pusher, SimulatorTiming timing = {}, QObject *parent = nullptr);

    void start();
    // Hooked to the API: a seller wrote to a conversation with a simulated buyer.
    void onMessagePosted(const ConversationRecord &conversation, const MessageRecord &message);

private:
    bool isSimulatedBuyer(qint64 userId) const;
    void setOnline(qint64 buyerId, bool online);
    void typeThenReply(qint64 conversationId, qint64 buyerId, int delayMs);
    void reply(qint64 conversationId, qint64 buyerId, const QString &body);
    void togglePresence();
    void writeSpontaneously();

    Accounts &m_accounts;
    Conversations &m_conversations;
    MarketplaceEvents &m_events;
    PusherServer &m_pusher;
    SimulatorTiming m_timing;
    QList<qint64> m_buyerIds;
    QSet<qint64> m_online;
    QSet<qint64> m_answering; // conversations with a reply already scheduled
    QRandomGenerator m_random{4242};
};

} // namespace envisage::sandbox
