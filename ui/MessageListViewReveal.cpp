// MessageListView opened at a message (a search hit): newer history below, the message
// revealed in the middle and lit up, the button that goes back to the newest messages.
#include "MessageListView.h"

#include "RowFlash.h"
#include "inbox/MessageListModel.h"

#include <QToolButton>

namespace envisage::ui {

using Model = inbox::MessageListModel;

bool MessageListView::hasNewerHistory() const
{
    const auto *messages = qobject_cast<const Model *>(m_source);
    return messages && messages->hasNewer();
}

void MessageListView::fetchNewer()
{
    if (auto *messages = qobject_cast<Model *>(m_source); messages && messages->canFetchNewer())
        messages->fetchNewer();
}

bool MessageListView::revealMessage(qint64 messageId)
{
    const auto *messages = qobject_cast<const Model *>(m_source);
    const int row = messages ? messages->rowOfMessage(messageId) : -1;
    if (row < 0)
        return false;
    measureStaleInSight();
    scrollTo(model()->index(row, 0), PositionAtCenter);
    m_flash->start(messageId);
    updateNewestButton();
    return true;
}

qint64 MessageListView::highlightedMessageId() const
{
    return m_flash->messageId();
}

void MessageListView::settle()
{
    if (m_flash->messageId() == 0 || !revealMessageInPlace())
        scrollToBottom();
}

// The revealed message again, its highlight going on (rows measured since moved it).
bool MessageListView::revealMessageInPlace()
{
    const auto *messages = qobject_cast<const Model *>(m_source);
    const int row = messages ? messages->rowOfMessage(m_flash->messageId()) : -1;
    if (row < 0)
        return false;
    scrollTo(model()->index(row, 0), PositionAtCenter);
    return true;
}

// While newer history is still to load, the button is how the seller gets back to the
// newest messages; otherwise it says that new ones came below.
void MessageListView::updateNewestButton()
{
    if (hasNewerHistory()) {
        m_newMessages->setText(tr("Newest messages ↓"));
        m_newMessages->show();
        placeButton();
    } else if (m_newMessages->text() != tr("New messages ↓")) {
        m_newMessages->setText(tr("New messages ↓"));
        m_newMessages->hide();
    }
}

} // namespace envisage::ui
