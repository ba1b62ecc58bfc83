#pragma once
// `--seed demo`: a shop's inbox that tells a true story. Two sellers, twenty buyers with
// their own names, listings, and thirty conversations of the demo seller (a few of the
// second's): the long history with a regular buyer (DemoHistory: 5,000 messages over
// many months), then short scripted conversations that make sense for their listing
// (DemoStories: questions, a haggle, a pick-up, a buyer's photo of a scratch, a PDF
// receipt, saved replies in use), plus the seller tools' demo (DemoSellerTools: saved
// replies, answers awaited 2 h, 20 h and 30 h, the oldest conversation archived).
// Runs only on an empty database, so restarting on the same file keeps what happened since.
#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace envisage::sandbox {

class Accounts;
class Attachments;
class Conversations;
struct DemoStory;

struct DemoAccounts
{
    static constexpr auto SellerEmail = "seller@envisage.test";
    static constexpr auto Seller2Email = "seller2@envisage.test";
    static constexpr auto SellerName = "Sam Rivera";
    static constexpr auto Seller2Name = "Lena Fischer";
    static constexpr auto SellerPassword = "demo-seller";
    static constexpr auto BuyerPassword = "demo-buyer";
    static constexpr int BuyerCount = 20; // buyer1@envisage.test … buyer20@envisage.test
    static constexpr int LongConversationMessages = 5000;
};

class DemoSeeder
{
public:
    DemoSeeder(QSqlDatabase db, Accounts &accounts, Conversations &conversations,
               Attachments &attachments)
        : m_db(db), m_accounts(accounts), m_conversations(conversations), m_attachments(attachments)
    {
    }

    // Returns false (and seeds nothing) when the database already has users.
    bool seed(qint64 nowMs);

private:
    struct Message
    {
        qint64 senderId = 0;
        QString body;
        qint64 at = 0;
        QByteArray file; // an attachment's bytes, or empty
        QString fileName;
    };
    // Stores the messages (and their attachments); the last `unread` are unread by the
    // other party, everything before was read two minutes after it came.
    void store(qint64 conversationId, const QList<Message> &messages, int unread);
    QList<Message> storyMessages(const DemoStory &story, qint64 buyerId, qint64 sellerId,
                                 qint64 nowMs) const;
    bool attach(qint64 messageId, const Message &message);

    QSqlDatabase m_db;
    Accounts &m_accounts;
    Conversations &m_conversations;
    Attachments &m_attachments;
    int m_files = 0;
};

} // namespace envisage::sandbox
