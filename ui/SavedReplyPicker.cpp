#include "SavedReplyPicker.h"

#include "SavedReplyDelegate.h"
#include "SavedReplyFilterModel.h"
#include "inbox/SavedReplyListModel.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace envisage::ui {

using inbox::SavedReplyListModel;

SavedReplyPicker::SavedReplyPicker(QAbstractItemModel *replies, QWidget *parent)
    : QDialog(parent), m_matches(new SavedReplyFilterModel(true, this)),
      m_filter(new QLineEdit(this)), m_list(new QListView(this))
{
    setWindowTitle(tr("Insert a saved reply"));
    m_matches->setSourceModel(replies);
    m_filter->setPlaceholderText(tr("Search saved replies…"));
    m_filter->setAccessibleName(tr("Search saved replies"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setModel(m_matches);
    m_list->setItemDelegate(new SavedReplyDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Saved replies"));
    m_list->setFocusPolicy(Qt::NoFocus); // the filter keeps the keyboard
    auto *empty = new QLabel(tr("No saved reply matches. Manage… adds one."), this);
    empty->setEnabled(false);
    empty->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *insert = buttons->addButton(tr("&Insert"), QDialogButtonBox::AcceptRole);
    QPushButton *manage = buttons->addButton(tr("&Manage…"), QDialogButtonBox::ActionRole);
    insert->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SavedReplyPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(manage, &QPushButton::clicked, this, [this] {
        Q_EMIT manageRequested();
        reject();
    });
    connect(m_list, &QListView::doubleClicked, this, &SavedReplyPicker::choose);

    const auto selectFirst = [this, empty, insert] {
        if (!m_list->currentIndex().isValid() && m_matches->rowCount() > 0)
            m_list->setCurrentIndex(m_matches->index(0, 0));
        empty->setVisible(m_matches->rowCount() == 0);
        insert->setEnabled(m_matches->rowCount() > 0);
    };
    connect(m_filter, &QLineEdit::textChanged, this, [this, selectFirst](const QString &text) {
        m_matches->setQuery(text);
        m_list->setCurrentIndex(m_matches->index(0, 0));
        selectFirst();
    });
    connect(m_matches, &QAbstractItemModel::rowsInserted, this, selectFirst);
    connect(m_matches, &QAbstractItemModel::rowsRemoved, this, selectFirst);
    connect(m_matches, &QAbstractItemModel::modelReset, this, selectFirst);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(460, 420);
    selectFirst();
    m_filter->setFocus();
}

void SavedReplyPicker::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = current.data(SavedReplyListModel::IdRole).toLongLong();
    m_body = current.data(SavedReplyListModel::BodyRole).toString();
    accept();
}

bool SavedReplyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_matches->rowCount();
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && rows > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_list->currentIndex().row() + step, 0, rows - 1);
            m_list->setCurrentIndex(m_matches->index(row, 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace envisage::ui
