#pragma once
// The offline cache's conversations into the ConversationListModel: the most recent page
// at once, then the rest a page at a time. Each page is asked for only when the one before
// has arrived, so whatever else the Store is asked meanwhile (the messages of the
// conversation the seller opens) waits for one page rather than for the whole cache:
// reading 10,000 cached conversations in one go took ~300 ms (docs/benchmarks.md).
#include <QObject>

#include <functional>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class ConversationListModel;

constexpr int CachedConversationsFirstPage = 100;
constexpr int CachedConversationsPage = 500;

// firstPageShown runs once the first page is in the model (also when the cache is empty).
// Everything runs on context's thread and stops with context or with the store.
void loadCachedConversations(store::Store &store, ConversationListModel &model, QObject *context,
                             std::function<void()> firstPageShown);

} // namespace envisage::inbox
