#pragma once
// `--seed demo`: two sellers, five buyers, listings and about thirty conversations with
// deterministic histories (some unread, one of 5,000 messages), plus the seller tools'
// demo (DemoSellerTools: saved replies, answers awaited 2 h, 20 h and 30 h, one archived).
// Runs only on an empty database, so restarting on the same file keeps what happened since.
#include <QSqlDatabase>

namespace envisage::sandbox {

class Accounts;
class Conversations;

struct DemoAccounts
{
    static constexpr auto SellerEmail = "seller@envisage.test";
    static constexpr auto Seller2Email = "seller2@envisage.test";
    static constexpr auto SellerPassword = "demo-seller";
    static constexpr auto BuyerPassword = "demo-buyer";
    static constexpr int BuyerCount = 5; // buyer1@envisage.test … buyer5@envisage.test
    static constexpr int LongConversationMessages = 5000;
};

class DemoSeeder
{
public:
    DemoSeeder(QSqlDatabase db, Accounts &accounts, Conversations &conversations)
        : m_db(db), m_accounts(accounts), m_conversations(conversations)
    {
    }

    // Returns false (and seeds nothing) when the database already has users.
    bool seed(qint64 nowMs);

private:
    QSqlDatabase m_db;
    Accounts &m_accounts;
    Conversations &m_conversations;
};

} // namespace envisage::sandbox
