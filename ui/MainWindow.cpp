#include "MainWindow.h"

#include "AttachmentTray.h"
#include "Composer.h"
#include "ConnectionBanner.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "MessageListView.h"
#include "MessageSearchDialog.h"
#include "SavedReplyManager.h"
#include "SettingsDialog.h"
#include "ShortcutsOverlay.h"
#include "StartAtLogin.h"
#include "TrayNotifier.h"
#include "TriageTabs.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxSession.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace envisage::ui {

using inbox::InboxSession;

MainWindow::MainWindow(InboxSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session),
      m_list(new ConversationListPanel(session->conversations(), this)),
      m_view(new ConversationView(session, this)), m_banner(new ConnectionBanner(this)),
      m_notifier(new TrayNotifier(session, this, this)), m_shortcuts(new ShortcutsOverlay(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/envisage/icons/envisage-inbox.svg")));
    m_list->setPictures(m_view->pictures()); // one set of pictures for the list and header
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 660});
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resize(1040, 700);

    QMenu *file = menuBar()->addMenu(tr("&Inbox"));
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        m_quitting = true;
        Q_EMIT quitRequested();
    });
    addTriageMenus();
    addGoMenu();
    QMenu *replies = menuBar()->addMenu(tr("&Replies"));
    replies->addAction(tr("&Insert saved reply…"), QKeySequence(tr("Ctrl+Shift+R")), m_view,
                       &ConversationView::pickSavedReply);
    replies->addAction(tr("&Manage saved replies…"), this, &MainWindow::showSavedReplies);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), m_shortcuts,
                    &ShortcutsOverlay::toggle);
    help->addSeparator();
    help->addAction(tr("&About Envisage Inbox"), this, &MainWindow::showAbout);

    connect(m_view, &ConversationView::manageSavedRepliesRequested, this,
            &MainWindow::showSavedReplies);
    connect(m_list, &ConversationListPanel::conversationActivated, m_view,
            &ConversationView::showConversation);
    connect(m_list, &ConversationListPanel::archiveRequested, this, &MainWindow::setArchived);
    connect(m_list, &ConversationListPanel::markUnreadRequested, this, &MainWindow::markUnread);
    connect(m_banner, &ConnectionBanner::tryNowRequested, session, &InboxSession::reconnectNow);
    connect(m_banner, &ConnectionBanner::signInRequested, this, &MainWindow::signInRequested);
    connect(session, &InboxSession::connectionChanged, m_banner, &ConnectionBanner::setConnection);
    connect(session, &InboxSession::reconnectingIn, m_banner, &ConnectionBanner::setReconnectingIn);
    connect(session, &InboxSession::stateChanged, this, [this](InboxSession::State state) {
        m_banner->setSignedOut(state == InboxSession::State::SignInRequired);
    });
    connect(session, &InboxSession::problem, this, &MainWindow::showNotice);
    connect(m_view, &ConversationView::notice, this, &MainWindow::showNotice);
    connect(session->conversations(), &inbox::ConversationListModel::totalUnreadChanged, this,
            &MainWindow::updateTitle);
    connect(m_notifier, &TrayNotifier::showWindowRequested, this, &MainWindow::showAndRaise);
    connect(m_notifier, &TrayNotifier::conversationRequested, this, &MainWindow::openConversation);
    connect(m_notifier, &TrayNotifier::replyNotSent, m_view, &ConversationView::keepUnsentText);
    connect(m_notifier, &TrayNotifier::quitRequested, this, [this] {
        m_quitting = true;
        Q_EMIT quitRequested();
    });
    applySettings(AppSettings::load());
    updateTitle();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_notifier->setEnabled(settings.notifications);
    m_view->setCtrlEnterSends(settings.ctrlEnterSends);
    m_shortcuts->setCtrlEnterSends(settings.ctrlEnterSends);
    m_view->composer()->tray()->setStripsPhotoDetails(!settings.keepPhotoDetails);
    m_session->setKeepPhotoMetadata(settings.keepPhotoDetails);
    m_longestWaitFirst->setChecked(settings.longestWaitFirst);
    m_session->conversations()->setAwaitingOrder(settings.longestWaitFirst
                                                     ? store::ConversationOrder::LongestWait
                                                     : store::ConversationOrder::Activity);
    m_session->setTypingVia(settings.typingViaWhisper ? InboxSession::TypingVia::Whisper
                                                      : InboxSession::TypingVia::Server);
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

SavedReplyManager *MainWindow::showSavedReplies()
{
    if (!m_savedReplies) {
        m_savedReplies = new SavedReplyManager(m_session, this);
        m_savedReplies->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_savedReplies->show();
    m_savedReplies->raise();
    m_savedReplies->activateWindow();
    return m_savedReplies;
}

void MainWindow::addTriageMenus()
{
    using store::ConversationFilter;
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *filters = new QActionGroup(this);
    const QString names[] = {tr("&Inbox"), tr("&Unread"), tr("&Awaiting reply"), tr("A&rchived")};
    for (int i = 0; i < int(std::size(TriageTabs::Filters)); ++i) {
        const ConversationFilter filter = TriageTabs::Filters[i];
        QAction *action = view->addAction(names[i], QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this,
                                          [this, filter] { m_list->showFilter(filter); });
        action->setCheckable(true);
        action->setChecked(filter == m_session->conversations()->filter());
        filters->addAction(action);
        connect(
            m_session->conversations(), &inbox::ConversationListModel::filterChanged, action,
            [action, filter](ConversationFilter shown) { action->setChecked(shown == filter); });
    }
    view->addSeparator();
    m_longestWaitFirst = view->addAction(tr("Awaiting Reply: &Longest Wait First"));
    m_longestWaitFirst->setCheckable(true);
    connect(m_longestWaitFirst, &QAction::triggered, this, [this](bool on) {
        AppSettings settings = m_settings;
        settings.longestWaitFirst = on;
        settings.save();
        applySettings(settings);
    });

    // Window-wide, on the conversation the list has current (the one open, usually).
    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    conversation->addAction(
        tr("&Archive / Move to Inbox"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
            const QModelIndex current = m_list->view()->currentIndex();
            if (const qint64 id = m_list->currentConversationId(); id != 0)
                setArchived(id, !current.data(inbox::ConversationListModel::ArchivedRole).toBool());
        });
    conversation->addAction(tr("Mark &Unread"), QKeySequence(Qt::CTRL | Qt::Key_U), this, [this] {
        if (const qint64 id = m_list->currentConversationId(); id != 0)
            markUnread(id);
    });
}

// Moving about: to the search box, the next unread conversation, a message anywhere.
// Actions rather than bare shortcuts, so the menu shows them and the shortcuts card
// reads them.
void MainWindow::addGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Search Conversations"), QKeySequence(tr("Ctrl+K")), m_list,
                  &ConversationListPanel::focusSearch);
    QAction *nextUnread = go->addAction(tr("&Next Unread Conversation"), m_list,
                                        &ConversationListPanel::selectNextUnread);
    nextUnread->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::ALT | Qt::Key_Down)});
    go->addAction(tr("Search &Messages…"), QKeySequence(tr("Ctrl+Shift+F")), this,
                  &MainWindow::showMessageSearch);
}

void MainWindow::setArchived(qint64 conversationId, bool archived)
{
    archived ? m_session->archive(conversationId) : m_session->unarchive(conversationId);
}

void MainWindow::markUnread(qint64 conversationId)
{
    // Left open, it would be read again as soon as the window is looked at.
    if (conversationId == m_session->openConversationId()) {
        m_list->clearCurrent();
        m_view->showConversation(0);
        m_session->closeConversation();
    }
    m_session->markUnread(conversationId);
}

void MainWindow::updateTitle()
{
    const int unread = m_session->conversations()->totalUnread();
    setWindowTitle(unread > 0 ? tr("Envisage Inbox (%1)").arg(unread) : tr("Envisage Inbox"));
}

void MainWindow::openConversation(qint64 conversationId)
{
    m_list->selectConversation(conversationId);
    m_view->showConversation(conversationId);
}

void MainWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange)
        m_session->setViewing(isActiveWindow()); // read receipts only while really looking
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_settings.closeToTray && m_notifier->isTrayAvailable()) {
        hide(); // keeps running; the tray brings it back
        event->ignore();
        return;
    }
    Q_EMIT quitRequested();
    QMainWindow::closeEvent(event);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    connect(&dialog, &SettingsDialog::signOutRequested, this, &MainWindow::signOutRequested);
    if (dialog.exec() == QDialog::Accepted) {
        const AppSettings settings = dialog.settings();
        settings.save();
        applySettings(settings);
        if (dialog.startAtLogin() != StartAtLogin::isEnabled()) {
            if (const QString problem = StartAtLogin::setEnabled(dialog.startAtLogin());
                !problem.isEmpty())
                showNotice(tr("Starting at login could not be changed: %1").arg(problem));
        }
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Envisage Inbox"),
                       tr("<h3>Envisage Inbox %1</h3>"
                          "<p>Answer your Envisage Marketplace buyers in real time.</p>"
                          "<p>Built with Qt %2 (running on Qt %3).</p>"
                          "<p>Licensed under the MIT License.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

} // namespace envisage::ui

namespace envisage::ui {

// ---- Message search (issue 12) -----------------------------------------------------------

MessageSearchDialog *MainWindow::showMessageSearch()
{
    if (!m_messageSearch) {
        m_messageSearch = new MessageSearchDialog(m_session->messageSearch(), this);
        connect(m_messageSearch, &MessageSearchDialog::messageActivated, this,
                &MainWindow::openMessage);
    }
    m_messageSearch->open();
    return m_messageSearch;
}

void MainWindow::openMessage(qint64 conversationId, qint64 messageId)
{
    // The view first: selecting the row then finds that conversation open already.
    m_view->showMessage(conversationId, messageId);
    m_list->selectConversation(conversationId);
    m_view->messageList()->setFocus();
}

} // namespace envisage::ui
