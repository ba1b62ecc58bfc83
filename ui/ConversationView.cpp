#include "ConversationView.h"

#include "Composer.h"
#include "Formatting.h"
#include "MessageListView.h"
#include "SavedReplyPicker.h"
#include "inbox/InboxSession.h"

#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace envisage::ui {

using inbox::ConversationListModel;
using inbox::InboxSession;

ConversationView::ConversationView(InboxSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedLayout(this)),
      m_name(new QLabel(this)), m_presence(new QLabel(this)), m_listing(new QLabel(this)),
      m_messages(new MessageListView(this)), m_typing(new QLabel(this)),
      m_composer(new Composer(this))
{
    auto *empty = new QLabel(tr("Choose a conversation to read and answer it."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto *page = new QWidget(this);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_name->setAccessibleName(tr("Buyer"));
    m_presence->setAccessibleName(tr("Presence"));
    m_listing->setAccessibleName(tr("Listing"));
    m_typing->setAccessibleName(tr("Typing indicator"));
    for (QLabel *label : {m_name, m_presence, m_listing, m_typing}) {
        label->setTextFormat(Qt::PlainText); // names and titles come from other people
        // On the window's leading edge whatever the text's own direction: a Latin name in
        // the Arabic window lines up on the right with the rest.
        label->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter |
                            (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
    }
    QFont small = m_typing->font();
    small.setItalic(true);
    m_typing->setFont(small);
    m_typing->setContentsMargins(12, 3, 12, 3); // descenders clear of the line below
    m_typing->setMinimumHeight(m_typing->fontMetrics().height() + 6);

    auto *header = new QWidget(page);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(14, 10, 14, 10);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_name);
    headerLayout->addWidget(m_presence);
    headerLayout->addWidget(m_listing);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const auto line = [page] {
        auto *rule = new QFrame(page);
        rule->setFrameShape(QFrame::HLine);
        rule->setFrameShadow(QFrame::Sunken);
        return rule;
    };
    layout->addWidget(header);
    layout->addWidget(line());
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_typing);
    layout->addWidget(line());
    layout->addWidget(m_composer);
    m_stack->addWidget(page);

    m_messages->setModel(session->messages());
    m_composer->setSavedReplies(session->savedReplyModel(), [this](const QString &body) {
        return inbox::fillPlaceholders(body, placeholderValues());
    });
    connect(m_messages, &MessageListView::retryRequested, session, &InboxSession::retryMessage);
    connect(m_messages, &MessageListView::discardRequested, session, &InboxSession::discardMessage);
    connect(m_composer, &Composer::sendRequested, this, [this](const QString &text) {
        if (!m_session->sendMessage(m_conversationId, text).isEmpty()) {
            m_composer->clear();
            m_messages->scrollToNewest();
        }
    });
    connect(m_composer, &Composer::edited, this, [this](const QString &text) {
        if (m_conversationId == 0)
            return;
        m_session->setDraft(m_conversationId, text);
        if (!text.isEmpty())
            m_session->composerEdited(m_conversationId);
    });
    connect(session, &InboxSession::typingChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            updateTyping();
    });
    connect(session->conversations(), &QAbstractItemModel::dataChanged, this,
            &ConversationView::refreshHeader);
    connect(session->conversations(), &QAbstractItemModel::layoutChanged, this,
            &ConversationView::refreshHeader);
    connect(session, &InboxSession::stateChanged, this, &ConversationView::updateComposerState);
}

void ConversationView::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    if (m_conversationId != 0)
        m_session->setDraft(m_conversationId, m_composer->text());
    m_conversationId = conversationId;
    m_stack->setCurrentIndex(conversationId == 0 ? 0 : 1);
    if (conversationId == 0)
        return;
    m_session->openConversation(conversationId);
    m_composer->setText(m_session->draft(conversationId));
    refreshHeader();
    updateTyping();
    updateComposerState();
    m_composer->edit()->setFocus();
}

void ConversationView::refreshHeader()
{
    ConversationListModel *list = m_session->conversations();
    const int row = list->rowOfConversation(m_conversationId);
    if (row < 0)
        return;
    const QModelIndex index = list->index(row);
    m_name->setText(index.data(ConversationListModel::CounterpartNameRole).toString());
    m_presence->setText(Formatting::lastSeen(
        index.data(ConversationListModel::OnlineRole).toBool(),
        index.data(ConversationListModel::CounterpartLastSeenRole).toDateTime()));
    m_listing->setText(
        tr("%1 · %2").arg(index.data(ConversationListModel::ListingTitleRole).toString(),
                          index.data(ConversationListModel::ListingPriceRole).toString()));
}

inbox::PlaceholderValues ConversationView::placeholderValues() const
{
    inbox::PlaceholderValues values;
    values.seller = m_session->currentUser().name;
    ConversationListModel *list = m_session->conversations();
    const int row = list->rowOfConversation(m_conversationId);
    if (row < 0)
        return values;
    const QModelIndex index = list->index(row);
    values.buyer = index.data(ConversationListModel::CounterpartNameRole).toString();
    values.listing = index.data(ConversationListModel::ListingTitleRole).toString();
    values.price = index.data(ConversationListModel::ListingPriceRole).toString();
    return values;
}

void ConversationView::pickSavedReply()
{
    if (m_conversationId == 0 || !m_composer->edit()->isEnabled())
        return;
    SavedReplyPicker picker(m_session->savedReplyModel(), this);
    connect(&picker, &SavedReplyPicker::manageRequested, this,
            &ConversationView::manageSavedRepliesRequested);
    if (picker.exec() == QDialog::Accepted)
        m_composer->insertText(inbox::fillPlaceholders(picker.chosenBody(), placeholderValues()));
}

void ConversationView::updateTyping()
{
    const QStringList names = m_session->typists(m_conversationId);
    if (names.isEmpty())
        m_typing->clear();
    else if (names.size() == 1)
        m_typing->setText(tr("%1 is typing…").arg(names.first()));
    else
        m_typing->setText(tr("%1 are typing…").arg(names.join(QStringLiteral(", "))));
}

void ConversationView::updateComposerState()
{
    if (m_session->state() == InboxSession::State::Ready)
        m_composer->setAvailable();
    else
        m_composer->setUnavailable(tr("Sign in to send messages. Your draft is kept."));
}

void ConversationView::setCtrlEnterSends(bool on)
{
    m_composer->setCtrlEnterSends(on);
    m_composer->edit()->setToolTip(on ? tr("Ctrl+Enter sends, Enter starts a new line")
                                      : tr("Enter sends, Shift+Enter starts a new line"));
}

} // namespace envisage::ui
