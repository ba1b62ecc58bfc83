#include "CachedConversations.h"

#include "ConversationListModel.h"
#include "store/Store.h"

#include <QPointer>

#include <optional>

namespace envisage::inbox {

namespace {

void loadPage(QPointer<store::Store> store, ConversationListModel *model, QObject *context,
              const std::optional<api::Conversation> &after, std::function<void()> firstPageShown)
{
    const int limit = after ? CachedConversationsPage : CachedConversationsFirstPage;
    QFuture<QList<api::Conversation>> page =
        after ? store->conversationsAfter(*after, limit) : store->conversations(limit);
    page.then(context, [store, model, context, limit, firstPageShown = std::move(firstPageShown)](
                           const QList<api::Conversation> &cached) {
        if (!store)
            return; // signed out, or another account, meanwhile
        // Asked before this page goes in, so the store reads while the model works.
        if (cached.size() == limit)
            loadPage(store, model, context, cached.last(), nullptr);
        model->addCached(cached);
        if (firstPageShown) {
            model->flush();
            firstPageShown();
        }
    });
}

} // namespace

void loadCachedConversations(store::Store &store, ConversationListModel &model, QObject *context,
                             std::function<void()> firstPageShown)
{
    loadPage(&store, &model, context, std::nullopt, std::move(firstPageShown));
}

} // namespace envisage::inbox
