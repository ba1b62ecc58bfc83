#pragma once
// The seller's saved replies for one account: shown from the cache at once, refreshed
// from the server, kept in step by saved-replies.updated on the user's channel, and
// changed optimistically through a queue that works like the Outbox.
//
// The model always shows the server's list (as last seen) with the queued edits applied
// on top, so a refused edit rolls back by leaving the queue. Each edit is written to the
// cache before it is sent, sent one at a time in the order made, retried after temporary
// failures and reconnects, and applied once:
//  - PATCH sets fields to values (repeating it changes nothing) and a DELETE answered
//    404 means the reply is already gone;
//  - a create has no idempotency key, so it is tried once per attempt and a 422 for its
//    shortcut is checked against the server's fresh list: a reply with the same
//    shortcut, title and body there is taken as this create applied (our earlier attempt
//    whose answer was lost, or the same reply made elsewhere; a second one cannot exist,
//    since shortcuts are unique). Any other 422 refuses it.
// Until a create is applied its reply has a negative local id; later edits of it name
// that id and are re-pointed at the server's id in the same cache transaction that
// removes the create from the queue. Editing or deleting a reply whose create has not
// been sent yet changes or drops that create instead.
#include "SavedReplyText.h"
#include "api/MarketplaceApi.h"
#include "common/Backoff.h"
#include "store/StoreTypes.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class SavedReplyListModel;

class SavedReplies : public QObject
{
    Q_OBJECT
public:
    SavedReplies(api::MarketplaceApi &api, store::Store &store, SavedReplyListModel &model,
                 QObject *parent = nullptr);

    // Reads the cache (the list and the queued edits) into the model; sending starts
    // when not paused.
    void load();
    // Asks the server for the whole list.
    void refresh();
    // The list from saved-replies.updated (another device changed it).
    void applyServerList(const QList<api::SavedReply> &replies);

    // Each returns the edit's id, which editApplied/editRefused name later; empty when
    // there is nothing to change. Validate first (validate()): what the server would
    // refuse anyway is refused by it, and rolled back then.
    QString add(const SavedReplyInput &input);
    QString update(qint64 id, const SavedReplyInput &input);
    QString remove(qint64 id);
    // The contract's rules and the other replies' shortcuts (the reply `id` itself aside).
    QMap<QString, QString> validate(const SavedReplyInput &input, qint64 id = 0) const;

    // Nothing is sent while paused (signed out, the token not confirmed yet).
    void setPaused(bool paused);
    // The cache belongs to another account: its edits are never sent with this token.
    void holdEdits() { m_held = true; }
    // Try now instead of waiting for the backoff (after a reconnect).
    void resume();
    void setRetryDelays(std::chrono::milliseconds base, std::chrono::milliseconds max);

    bool isLoaded() const { return m_loaded; }
    bool isKnown() const { return m_known; } // a list came from the cache or the server
    QList<store::SavedReplyEdit> pendingEdits() const { return m_edits; }
    QList<api::SavedReply> serverList() const { return m_base; }

Q_SIGNALS:
    void loaded();
    void refreshed();
    // The server has the edit; for a delete, reply holds only the id.
    void editApplied(const QString &editId, const envisage::api::SavedReply &reply);
    // The server refused it for good and it was rolled back; message is for the seller.
    void editRefused(const QString &editId, const envisage::api::ApiError &error,
                     const QString &message);
    // Kept for later: offline, or a temporary error (the model shows it as pending).
    void editDelayed(const QString &editId, const envisage::api::ApiError &error);
    void storeFailed(const QString &message);

private:
    QString enqueue(store::SavedReplyEdit edit);
    void recompute();
    void sendNext();
    void onAnswer(const store::SavedReplyEdit &edit, const api::ApiResult<api::SavedReply> &result);
    void checkRepeatedCreate(const store::SavedReplyEdit &edit, const api::ApiError &error);
    void applied(const store::SavedReplyEdit &edit, const api::SavedReply &reply);
    void refused(const store::SavedReplyEdit &edit, const api::ApiError &error,
                 const QString &message);
    void retryLater(const store::SavedReplyEdit &edit, const api::ApiError &error);
    void setBase(QList<api::SavedReply> replies);
    store::SavedReplyEdit *find(const QString &editId);
    bool inFlight(const QString &editId) const;
    void write(QFuture<bool> write);

    api::MarketplaceApi &m_api;
    store::Store &m_store;
    SavedReplyListModel &m_model;
    QList<api::SavedReply> m_base;        // the server's list as last seen
    QList<store::SavedReplyEdit> m_edits; // in sending order
    QSet<QString> m_unstored;             // edits whose cache write is on its way
    QString m_sending;                    // the edit whose request is on its way
    int m_generation = 0;                 // bumped by every change to m_base
    bool m_paused = false;
    bool m_held = false;
    bool m_loaded = false;
    bool m_known = false;
    Backoff m_backoff;
    QTimer m_retryTimer;
};

} // namespace envisage::inbox
