#pragma once
// The open conversation: a header (ConversationHeader: the buyer's avatar, online or last
// seen, the listing's picture, title and price), the
// messages, who is typing, and the composer. It shows the session's models and tells
// the session what the seller does; it never talks to the network itself. Files
// dropped on it are attached to the next message.
#include "inbox/SavedReplyText.h"

#include <QVariantMap>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedLayout;
class QTemporaryDir;

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class AttachmentImages;
class Composer;
class ConversationHeader;
class MarketplacePictures;
class ImageViewer;
class MessageListView;
class TypingLine;

class ConversationView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationView(inbox::InboxSession *session, QWidget *parent = nullptr);
    ~ConversationView() override;

    void showConversation(qint64 conversationId);
    // Opens the conversation at one of its messages (a search hit), which is then
    // scrolled into view and lit up.
    void showMessage(qint64 conversationId, qint64 messageId);
    qint64 conversationId() const { return m_conversationId; }
    // Text the seller wrote elsewhere (a notification's reply) that could not be sent: added
    // to the conversation's composer, or to its draft when another one is open, and said.
    void keepUnsentText(qint64 conversationId, const QString &text);
    Composer *composer() const { return m_composer; }
    MessageListView *messageList() const { return m_messages; }
    QLabel *typingLabel() const;
    QLabel *presenceLabel() const;
    ConversationHeader *header() const { return m_header; }
    // The buyers' and listings' pictures, for the header and the conversation list.
    MarketplacePictures *pictures() const { return m_pictures; }
    void setCtrlEnterSends(bool on);
    void refreshHeader();
    AttachmentImages *attachmentImages() const { return m_images; }
    ImageViewer *imageViewer() const { return m_viewer; }
    // What {buyer}, {listing}, {price} and {seller} stand for in the open conversation.
    inbox::PlaceholderValues placeholderValues() const;
    // Ctrl+Shift+R: the saved reply picker; the chosen reply goes into the composer.
    void pickSavedReply();

Q_SIGNALS:
    void notice(const QString &text); // something the seller should know, translated
    void manageSavedRepliesRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Switches the header, composer and draft to another conversation; false for none.
    bool enterConversation(qint64 conversationId);
    void updateTyping();
    void updateComposerState();
    void openAttachment(int row, int attachment);
    void openDocument(const QString &attachmentId, const QString &path);

    inbox::InboxSession *m_session;
    qint64 m_conversationId = 0;
    qint64 m_messageToReveal = 0; // showMessage()'s, until the session has loaded it
    QStackedLayout *m_stack;
    MarketplacePictures *m_pictures;
    ConversationHeader *m_header;
    MessageListView *m_messages;
    TypingLine *m_typing;
    Composer *m_composer;
    AttachmentImages *m_images;
    ImageViewer *m_viewer = nullptr;
    QVariantMap m_documentToOpen; // the document whose file is on its way
    // Documents opened with the system's viewer are copied here under their own name.
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

} // namespace envisage::ui
