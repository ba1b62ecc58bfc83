#include "Drafts.h"

#include "ConversationListModel.h"
#include "store/Store.h"

namespace envisage::inbox {

Drafts::Drafts(ConversationListModel &list, QObject *parent) : QObject(parent), m_list(list)
{
}

void Drafts::attach(store::Store *store)
{
    m_store = store;
    if (!store)
        return;
    store->drafts().then(store, [this](const QHash<qint64, QString> &saved) {
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            if (!m_texts.contains(it.key())) {
                m_texts.insert(it.key(), it.value());
                m_list.setDraft(it.key(), it.value());
            }
        }
    });
}

void Drafts::set(qint64 conversationId, const QString &text)
{
    if (m_texts.value(conversationId) == text)
        return;
    if (text.isEmpty())
        m_texts.remove(conversationId);
    else
        m_texts.insert(conversationId, text);
    m_list.setDraft(conversationId, text);
    if (m_store)
        m_store->saveDraft(conversationId, text);
}

void Drafts::clear()
{
    m_texts.clear();
    m_store.clear();
}

} // namespace envisage::inbox
