#include "MessageSearchDialog.h"

#include "SearchResultDelegate.h"
#include "inbox/MessageSearch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace envisage::ui {

using inbox::MessageSearch;
using inbox::MessageSearchModel;

MessageSearchDialog::MessageSearchDialog(MessageSearch *search, QWidget *parent)
    : QDialog(parent), m_search(search), m_query(new QLineEdit(this)),
      m_results(new QListView(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Search messages"));
    setModal(false);
    resize(560, 520);
    m_query->setPlaceholderText(tr("Search all messages (Ctrl+Shift+F)"));
    m_query->setAccessibleName(tr("Search messages"));
    m_query->setClearButtonEnabled(true);
    m_query->setMaxLength(500); // the search uses the first 200 characters
    m_query->addAction(QIcon(QStringLiteral(":/envisage/icons/search.svg")),
                       QLineEdit::LeadingPosition);
    m_query->installEventFilter(this);
    m_results->setModel(search->results());
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setAccessibleName(tr("Messages found"));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::ClickFocus);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    connect(m_query, &QLineEdit::textChanged, search, &MessageSearch::setQuery);
    connect(m_results, &QListView::clicked, this, &MessageSearchDialog::activate);
    connect(m_results, &QListView::activated, this, &MessageSearchDialog::activate);
    QAbstractItemModel *results = search->results();
    connect(results, &QAbstractItemModel::modelReset, this,
            &MessageSearchDialog::selectFirstIfNone);
    connect(results, &QAbstractItemModel::rowsInserted, this,
            &MessageSearchDialog::selectFirstIfNone);
    connect(results, &QAbstractItemModel::modelReset, this, &MessageSearchDialog::updateStatus);
    connect(results, &QAbstractItemModel::rowsInserted, this, &MessageSearchDialog::updateStatus);
    connect(search, &MessageSearch::cacheAnswered, this, &MessageSearchDialog::updateStatus);
    connect(search, &MessageSearch::serverStateChanged, this, &MessageSearchDialog::updateStatus);
    updateStatus();
}

void MessageSearchDialog::open()
{
    show();
    raise();
    activateWindow();
    m_query->setFocus();
    m_query->selectAll();
}

bool MessageSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_query || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        // The list moves while the words keep the focus.
        QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
        QApplication::sendEvent(m_results, &forwarded);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        selectFirstIfNone();
        activate(m_results->currentIndex());
        return true;
    default:
        return QDialog::eventFilter(watched, event);
    }
}

void MessageSearchDialog::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 conversationId = index.data(MessageSearchModel::ConversationIdRole).toLongLong();
    const qint64 messageId = index.data(MessageSearchModel::MessageIdRole).toLongLong();
    accept();
    Q_EMIT messageActivated(conversationId, messageId);
}

void MessageSearchDialog::selectFirstIfNone()
{
    if (!m_results->currentIndex().isValid() && m_results->model()->rowCount() > 0)
        m_results->setCurrentIndex(m_results->model()->index(0, 0));
}

void MessageSearchDialog::updateStatus()
{
    const int found = m_search->results()->rowCount();
    QString text;
    if (m_search->terms().isEmpty())
        text = tr("Type at least two letters.");
    else if (m_search->serverState() == MessageSearch::ServerState::Searching)
        text = found > 0 ? tr("%n message(s) on this computer; searching the marketplace…", nullptr,
                              found)
                         : tr("Searching…");
    else if (found == 0 && m_search->isSearchingCache())
        text = tr("Searching…");
    else if (found == 0)
        text = tr("No messages match.");
    else if (m_search->serverState() == MessageSearch::ServerState::Answered)
        text = tr("%n message(s) found.", nullptr, found);
    else
        text = tr("%n message(s) found on this computer; the marketplace could not be "
                  "searched.",
                  nullptr, found);
    m_status->setText(text);
}

} // namespace envisage::ui
