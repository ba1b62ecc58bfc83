#pragma once
// The seller-tools part of `--seed demo` (marketplace-api.md §5): saved replies for the
// demo seller, three conversations whose buyer has waited 2 h, 20 h and 30 h for an
// answer (either side of the 12 h and 20 h marks a client colours), and the seller's
// oldest conversation archived. Runs inside DemoSeeder's transaction.
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace envisage::sandbox {

class Conversations;

struct DemoSellerToolsCounts
{
    static constexpr int SavedReplies = 6;
    static constexpr int WaitingConversations = 3;
    static constexpr int ArchivedConversations = 1;
};

class DemoSellerTools
{
public:
    DemoSellerTools(QSqlDatabase db, Conversations &conversations)
        : m_db(db), m_conversations(conversations)
    {
    }

    // The body of the demo saved reply with this shortcut, placeholders as written (the
    // seeded conversations use them as the client would); empty for an unknown shortcut.
    static QString savedReplyBody(const QString &shortcut);

    // listings: (id, title) of the seeded listings, the demo seller's first.
    void seed(qint64 sellerId, const QList<qint64> &buyerIds,
              const QList<QPair<qint64, QString>> &listings, qint64 nowMs);

private:
    void seedSavedReplies(qint64 sellerId, qint64 nowMs);
    void seedWaitingConversations(qint64 sellerId, const QList<qint64> &buyerIds,
                                  const QList<QPair<qint64, QString>> &listings, qint64 nowMs);
    void archiveOldestConversation(qint64 sellerId);

    QSqlDatabase m_db;
    Conversations &m_conversations;
};

} // namespace envisage::sandbox
