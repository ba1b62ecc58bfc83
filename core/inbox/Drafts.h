#pragma once
// What the seller has typed but not sent, per conversation: the one place drafts live.
// Shown in the conversation list at once; written to the account's cache when typing
// pauses (SavePauseMs), when the seller opens another conversation and when the account
// stops or the app quits, not per keystroke. A crash loses at most the last pause's
// worth of typing. What is typed before the cache answers wins over what it held.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class ConversationListModel;

class Drafts : public QObject
{
    Q_OBJECT
public:
    static constexpr int SavePauseMs = 500;

    explicit Drafts(ConversationListModel &list, QObject *parent = nullptr);
    ~Drafts() override;

    // Loads the account's saved drafts and saves to that store from now on; nullptr:
    // no account (sign-out), nothing is kept any more.
    void attach(store::Store *store);
    void set(qint64 conversationId, const QString &text);
    // Writes what is not saved yet, now.
    void flush();
    QString text(qint64 conversationId) const { return m_texts.value(conversationId); }
    void clear();

private:
    ConversationListModel &m_list;
    QPointer<store::Store> m_store;
    QHash<qint64, QString> m_texts;
    QSet<qint64> m_unsaved;
    QTimer m_pause;
};

} // namespace envisage::inbox
