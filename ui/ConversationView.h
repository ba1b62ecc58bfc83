#pragma once
// The open conversation: a header (buyer, online or last seen, listing and price), the
// messages, who is typing, and the composer. It shows the session's models and tells
// the session what the seller does; it never talks to the network itself.
#include "inbox/SavedReplyText.h"

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class Composer;
class MessageListView;

class ConversationView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationView(inbox::InboxSession *session, QWidget *parent = nullptr);

    void showConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    Composer *composer() const { return m_composer; }
    MessageListView *messageList() const { return m_messages; }
    QLabel *typingLabel() const { return m_typing; }
    QLabel *presenceLabel() const { return m_presence; }
    void setCtrlEnterSends(bool on);
    void refreshHeader();
    // What {buyer}, {listing}, {price} and {seller} stand for in the open conversation.
    inbox::PlaceholderValues placeholderValues() const;
    // Ctrl+Shift+R: the saved reply picker; the chosen reply goes into the composer.
    void pickSavedReply();

Q_SIGNALS:
    void manageSavedRepliesRequested();

private:
    void updateTyping();
    void updateComposerState();

    inbox::InboxSession *m_session;
    qint64 m_conversationId = 0;
    QStackedLayout *m_stack;
    QLabel *m_name;
    QLabel *m_presence;
    QLabel *m_listing;
    MessageListView *m_messages;
    QLabel *m_typing;
    Composer *m_composer;
};

} // namespace envisage::ui
