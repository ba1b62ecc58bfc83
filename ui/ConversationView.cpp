#include "ConversationView.h"
#include "TypingLine.h"

#include "Composer.h"
#include "ConversationHeader.h"
#include "MessageListView.h"
#include "SavedReplyPicker.h"
#include "inbox/AttachmentText.h"
#include "inbox/InboxSession.h"

#include "AttachmentImages.h"
#include "AttachmentTray.h"
#include "ImageViewer.h"
#include "MarketplacePictures.h"
#include "inbox/MessageListModel.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QStackedLayout>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace envisage::ui {

using namespace Qt::StringLiterals;
using inbox::ConversationListModel;
using inbox::InboxSession;

ConversationView::ConversationView(InboxSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedLayout(this)),
      m_pictures(new MarketplacePictures(session, this)),
      m_header(new ConversationHeader(m_pictures, this)), m_messages(new MessageListView(this)),
      m_typing(new TypingLine(this)), m_composer(new Composer(this)),
      m_images(new AttachmentImages(session, this))
{
    auto *empty = new QLabel(tr("Choose a conversation to read and answer it."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto *page = new QWidget(this);
    m_typing->setAccessibleName(tr("Typing indicator"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const auto line = [page] {
        auto *rule = new QFrame(page);
        rule->setFrameShape(QFrame::HLine);
        rule->setFrameShadow(QFrame::Sunken);
        return rule;
    };
    layout->addWidget(m_header);
    layout->addWidget(line());
    layout->addWidget(m_messages, 1);
    auto *typingRow = new QHBoxLayout;
    typingRow->setContentsMargins(8, 3, 8, 3);
    typingRow->addWidget(m_typing);
    typingRow->addStretch(1);
    layout->addLayout(typingRow);
    layout->addWidget(line());
    layout->addWidget(m_composer);
    m_stack->addWidget(page);

    setAcceptDrops(true);
    m_messages->setModel(session->messages());
    m_messages->setImages(m_images);
    connect(m_messages, &MessageListView::cancelRequested, this, [this](const QString &clientId) {
        if (!m_session->cancelMessage(clientId))
            Q_EMIT notice(tr("This message has already gone to the buyer; it cannot be "
                             "cancelled any more."));
    });
    connect(m_messages, &MessageListView::attachmentActivated, this,
            &ConversationView::openAttachment);
    connect(m_messages, &MessageListView::newestRequested, session,
            &InboxSession::showLatestMessages);
    connect(session, &InboxSession::messageShown, this, [this](qint64 conversationId, qint64 id) {
        if (conversationId == m_conversationId && id == m_messageToReveal &&
            m_messages->revealMessage(id))
            m_messageToReveal = 0;
    });
    connect(m_images, &AttachmentImages::fileReady, this, &ConversationView::openDocument);
    connect(m_images, &AttachmentImages::fileFailed, this,
            [this](const QString &attachmentId, const QString &message) {
                if (attachmentId == m_documentToOpen.value(u"id"_s).toString())
                    Q_EMIT notice(message);
            });
    m_composer->setSavedReplies(session->savedReplyModel(), [this](const QString &body) {
        return inbox::fillPlaceholders(body, placeholderValues());
    });
    connect(m_messages, &MessageListView::retryRequested, session, &InboxSession::retryMessage);
    connect(m_messages, &MessageListView::discardRequested, session, &InboxSession::discardMessage);
    connect(m_composer, &Composer::sendRequested, this,
            [this](const QString &text, const QStringList &files) {
                QString refused;
                if (!m_session->sendMessage(m_conversationId, text, files, &refused).isEmpty()) {
                    m_composer->clear();
                    m_messages->scrollToNewest();
                } else if (!refused.isEmpty()) {
                    m_composer->tray()->showRefusal(refused);
                }
            });
    // The files could not be copied for sending (a full disk, a file gone meanwhile).
    connect(session, &InboxSession::sendRefused, this,
            [this](const QString &, const QString &message) {
                m_composer->tray()->showRefusal(message);
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
    // Signed out, the last conversation's header (the buyer "Online") and messages go too.
    connect(session, &InboxSession::stateChanged, this, [this](InboxSession::State state) {
        if (state == InboxSession::State::SignedOut)
            showConversation(0);
    });
}

void ConversationView::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_messageToReveal = 0;
    if (enterConversation(conversationId))
        m_session->openConversation(conversationId);
}

void ConversationView::showMessage(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId && !enterConversation(conversationId))
        return;
    m_messageToReveal = messageId;
    m_session->openConversationAt(conversationId, messageId); // messageShown() reveals it
}

bool ConversationView::enterConversation(qint64 conversationId)
{
    if (m_conversationId != 0)
        m_session->setDraft(m_conversationId, m_composer->text());
    m_conversationId = conversationId;
    // Never the last buyer above another conversation (or after a sign-out): empty until
    // the list has this one's row (refreshHeader, now or when it comes).
    m_header->setContent({});
    m_stack->setCurrentIndex(conversationId == 0 ? 0 : 1);
    if (conversationId == 0)
        return false;
    m_composer->setText(m_session->draft(conversationId));
    refreshHeader();
    updateTyping();
    updateComposerState();
    m_composer->edit()->setFocus();
    return true;
}

void ConversationView::keepUnsentText(qint64 conversationId, const QString &text)
{
    const auto joined = [&text](const QString &before) {
        return before.isEmpty() ? text : before + u'\n' + text;
    };
    if (conversationId != m_conversationId) {
        m_session->setDraft(conversationId, joined(m_session->draft(conversationId)));
        return;
    }
    m_composer->setText(joined(m_composer->text()));
    m_session->setDraft(conversationId, m_composer->text());
    m_composer->tray()->showRefusal(
        tr("Your reply from the notification was not sent. It is here to edit and send."));
}

void ConversationView::refreshHeader()
{
    ConversationListModel *list = m_session->conversations();
    const int row = list->rowOfConversation(m_conversationId);
    if (row < 0)
        return;
    const QModelIndex index = list->index(row);
    if (index.data(ConversationListModel::PlaceholderRole).toBool())
        return; // its record is on its way from the cache: the next dataChanged has it
    ConversationHeader::Content content;
    content.counterpartId = index.data(ConversationListModel::CounterpartIdRole).toLongLong();
    content.name = index.data(ConversationListModel::CounterpartNameRole).toString();
    content.initials = index.data(ConversationListModel::CounterpartInitialsRole).toString();
    content.avatarUrl = index.data(ConversationListModel::CounterpartAvatarUrlRole).toString();
    content.online = index.data(ConversationListModel::OnlineRole).toBool();
    content.lastSeen = index.data(ConversationListModel::CounterpartLastSeenRole).toDateTime();
    content.listingTitle = index.data(ConversationListModel::ListingTitleRole).toString();
    content.price = index.data(ConversationListModel::ListingPriceRole).toString();
    content.listingImageUrl = index.data(ConversationListModel::ListingImageUrlRole).toString();
    m_header->setContent(content);
}

QLabel *ConversationView::presenceLabel() const
{
    return m_header->presenceLabel();
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

QLabel *ConversationView::typingLabel() const
{
    return m_typing;
}

void ConversationView::updateTyping()
{
    const QStringList names = m_session->typists(m_conversationId);
    if (names.isEmpty())
        m_typing->setTypingText({});
    else if (names.size() == 1)
        m_typing->setTypingText(tr("%1 is typing…").arg(names.first()));
    else
        m_typing->setTypingText(tr("%1 are typing…").arg(names.join(QStringLiteral(", "))));
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

ConversationView::~ConversationView() = default;

// A photo opens the viewer on the conversation's photos near it (a failed thumbnail is
// asked for again instead); a document is opened by the system.
void ConversationView::openAttachment(int row, int attachment)
{
    using Model = inbox::MessageListModel;
    const QAbstractItemModel *model = m_session->messages();
    const QVariantMap clicked =
        model->index(row, 0).data(Model::AttachmentsRole).toList().value(attachment).toMap();
    if (clicked.isEmpty())
        return;
    if (!AttachmentImages::isImage(clicked)) {
        m_documentToOpen = clicked;
        m_images->requestFile(clicked);
        return;
    }
    if (m_images->state(clicked) == AttachmentImages::State::Failed) {
        m_images->retry(clicked);
        return;
    }
    // The photos of the messages around it: next and previous in the viewer.
    constexpr int Around = 500;
    QList<QVariantMap> photos;
    int current = 0;
    for (int r = std::max(1, row - Around); r < std::min(model->rowCount(), row + Around); ++r) {
        const QVariantList attachments = model->index(r, 0).data(Model::AttachmentsRole).toList();
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            if (!AttachmentImages::isImage(attachments.at(i).toMap()))
                continue;
            if (r == row && i == attachment)
                current = int(photos.size());
            photos.append(attachments.at(i).toMap());
        }
    }
    delete m_viewer;
    m_viewer = new ImageViewer(m_images, photos, current, this);
    m_viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_viewer, &QObject::destroyed, this, [this] { m_viewer = nullptr; });
    m_viewer->show();
}

void ConversationView::openDocument(const QString &attachmentId, const QString &path)
{
    const QVariantMap document = std::exchange(m_documentToOpen, {});
    if (attachmentId != document.value(u"id"_s).toString() || path.isEmpty())
        return;
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>(); // 0700, removed at quit
    // Under its own name (plain, one component), so that the viewer's title reads well.
    QString name = QFileInfo(inbox::safeAttachmentName(document.value(u"name"_s).toString()))
                       .fileName()
                       .trimmed();
    if (name.isEmpty() || name.startsWith(u'.'))
        name = tr("Document") + u".pdf"_s;
    const QString copy = m_openedFiles->filePath(QUuid::createUuid().toString(QUuid::Id128));
    QDir().mkpath(copy);
    const QString target = copy + u'/' + name;
    if (!QFile::copy(path, target)) {
        Q_EMIT notice(tr("The file could not be opened: it could not be copied to %1.")
                          .arg(QDir::toNativeSeparators(copy)));
        return;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        Q_EMIT notice(tr("No application could open %1.").arg(name));
}

// Files dropped anywhere on the conversation go to the composer's tray.
void ConversationView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_conversationId != 0 && m_composer->attachButton()->isEnabled() &&
        !Composer::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ConversationView::dropEvent(QDropEvent *event)
{
    const QStringList files = Composer::localFiles(event->mimeData());
    if (m_conversationId == 0 || !m_composer->attachButton()->isEnabled() || files.isEmpty())
        return;
    m_composer->tray()->addFiles(files);
    event->acceptProposedAction();
}

} // namespace envisage::ui
