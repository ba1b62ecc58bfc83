#include "Drafts.h"

#include "ConversationListModel.h"
#include "common/FutureWatch.h"
#include "store/Store.h"

namespace envisage::inbox {

Drafts::Drafts(ConversationListModel &list, QObject *parent) : QObject(parent), m_list(list)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(SavePauseMs);
    connect(&m_pause, &QTimer::timeout, this, &Drafts::flush);
}

Drafts::~Drafts()
{
    flush();
}

void Drafts::attach(store::Store *store)
{
    flush(); // what was typed belongs to the store it was typed for
    m_store = store;
    if (!store)
        return;
    whenFinished(store, store->drafts(), [this](const QHash<qint64, QString> &saved) {
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
    m_unsaved.insert(conversationId);
    m_pause.start(); // restarted by every keystroke: saved once typing pauses
}

void Drafts::flush()
{
    m_pause.stop();
    if (m_store) {
        for (qint64 conversationId : std::as_const(m_unsaved))
            m_store->saveDraft(conversationId, m_texts.value(conversationId));
    }
    m_unsaved.clear();
}

void Drafts::clear()
{
    // Signing out: saved for this account's next sign-in, then forgotten here.
    flush();
    m_texts.clear();
    m_store.clear();
}

} // namespace envisage::inbox
