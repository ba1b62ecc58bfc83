#pragma once
// `--simulate`: the demo's buyers act on their own, through the same storage and
// broadcasts as real clients: they come online and go offline in presence-online,
// type and answer a few seconds after the seller writes, and now and then write
// first, so that the demo shows notifications, badges and typing. What they answer
// follows what the seller wrote (BuyerReplies: a question gets an answer, a price a
// counter-offer, thanks a friendly close); asked for a photo, a buyer answers with one
// drawn in code (SimulatedPhoto), stored like an upload and attached to the reply. The
// words and pictures come from --simulator-seed, the conversation and how many replies
// it has had, so the same seller's messages give the same answers however long the seller
// waits between them. Not fixed by the seed: when a buyer writes first and in which
// conversation, and that a message written while its buyer is still answering the last one
// gets no answer of its own.
#include "BuyerReplies.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <optional>

namespace envisage::sandbox {

class Accounts;
class Attachments;
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
    BuyerSimulator(Accounts &accounts, Conversations &conversations, Attachments &attachments,
                   MarketplaceEvents &events, PusherServer &pusher, SimulatorTiming timing = {},
                   quint32 seed = 4242, QObject *parent = nullptr);

    void start();
    // Hooked to the API: a seller wrote to a conversation with a simulated buyer.
    void onMessagePosted(const ConversationRecord &conversation, const MessageRecord &message);

private:
    bool isSimulatedBuyer(qint64 userId) const;
    void setOnline(qint64 buyerId, bool online);
    BuyerReplies::Context contextOf(const ConversationRecord &conversation) const;
    // A generator for the conversation's next reply (or opener): from the seed, the
    // conversation and how many replies (openers) it has had.
    QRandomGenerator nextChoices(qint64 conversationId, bool opener = false);
    void typeThenReply(qint64 conversationId, qint64 buyerId, int delayMs, const QString &body,
                       std::optional<quint32> photoSeed);
    void reply(qint64 conversationId, qint64 buyerId, const QString &body,
               std::optional<quint32> photoSeed = std::nullopt);
    // Stores a drawn photo of the conversation's listing as the buyer's upload; its id.
    QString uploadPhoto(const ConversationRecord &conversation, qint64 buyerId, quint32 seed);
    void togglePresence();
    void writeSpontaneously();

    Accounts &m_accounts;
    Conversations &m_conversations;
    Attachments &m_attachments;
    MarketplaceEvents &m_events;
    PusherServer &m_pusher;
    SimulatorTiming m_timing;
    QList<qint64> m_buyerIds;
    QSet<qint64> m_online;
    QSet<qint64> m_answering;  // conversations with a reply already scheduled
    QRandomGenerator m_random; // timing and presence only
    quint32 m_seed;
    QHash<qint64, quint32> m_replyCounts;  // per conversation
    QHash<qint64, quint32> m_openerCounts; // apart: unasked messages change no answer
    int m_photos = 0;                      // sent so far (their client_id)
};

} // namespace envisage::sandbox
