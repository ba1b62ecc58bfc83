#pragma once
// What the seller has typed but not sent, per conversation: the one place drafts live.
// Shown in the conversation list at once and written to the account's cache, so a
// draft survives a restart or a crash; what is typed before the cache answers wins
// over what it held.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class ConversationListModel;

class Drafts : public QObject
{
    Q_OBJECT
public:
    explicit Drafts(ConversationListModel &list, QObject *parent = nullptr);

    // Loads the account's saved drafts and saves to that store from now on; nullptr:
    // no account (sign-out), nothing is kept any more.
    void attach(store::Store *store);
    void set(qint64 conversationId, const QString &text);
    QString text(qint64 conversationId) const { return m_texts.value(conversationId); }
    void clear();

private:
    ConversationListModel &m_list;
    QPointer<store::Store> m_store;
    QHash<qint64, QString> m_texts;
};

} // namespace envisage::inbox
