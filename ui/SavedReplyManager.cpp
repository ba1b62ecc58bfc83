#include "SavedReplyManager.h"

#include "SavedReplyDelegate.h"
#include "inbox/InboxSession.h"
#include "inbox/SavedReplies.h"
#include "inbox/SavedReplyListModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace envisage::ui {

using namespace Qt::StringLiterals;
using inbox::InboxSession;
using inbox::SavedReplies;
using inbox::SavedReplyInput;
using inbox::SavedReplyListModel;

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // may quote a title from another device
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString tooMany()
{
    return SavedReplyManager::tr("You can keep at most %1 saved replies: delete one first.")
        .arg(inbox::MaxSavedReplies);
}

// A red that reads on the palette's background, light or dark.
QString problemStyle(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? u"color: #ff7b6b;"_s
                                                             : u"color: #c0392b;"_s;
}

} // namespace

SavedReplyManager::SavedReplyManager(InboxSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_list(new QListView(this)),
      m_title(new QLineEdit(this)), m_shortcut(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Saved replies"));
    m_list->setModel(session->savedReplyModel());
    m_list->setItemDelegate(new SavedReplyDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Saved replies"));
    m_list->setMinimumWidth(280);

    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Still available"));
    m_shortcut->setAccessibleName(tr("Shortcut"));
    m_shortcut->setPlaceholderText(tr("available"));
    m_body->setAccessibleName(tr("Text"));
    m_body->setPlaceholderText(tr("Hi {buyer}, yes, the {listing} is still available."));
    m_body->setTabChangesFocus(true);
    for (const QString &field : {u"title"_s, u"shortcut"_s, u"body"_s})
        m_errors.insert(field, errorLabel(this));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    listButtons->addWidget(importButton);
    listButtons->addWidget(exportButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *shortcutRow = new QHBoxLayout;
    shortcutRow->setSpacing(2);
    auto *slash = new QLabel(u"/"_s, this);
    shortcutRow->addWidget(slash);
    shortcutRow->addWidget(m_shortcut, 1);
    auto *hint = new QLabel(tr("Type / and the shortcut in a message to insert the reply. "
                               "{buyer}, {listing}, {price} and {seller} are filled in."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_errors.value(u"title"_s));
    auto *shortcutLabel = new QLabel(tr("S&hortcut:"), this);
    shortcutLabel->setBuddy(m_shortcut);
    form->addRow(shortcutLabel, shortcutRow);
    form->addRow(QString(), m_errors.value(u"shortcut"_s));
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(QString(), m_errors.value(u"body"_s));
    form->addRow(QString(), hint);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    right->addLayout(saveRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(820, 480);

    connect(newButton, &QPushButton::clicked, this, &SavedReplyManager::startNew);
    connect(m_save, &QPushButton::clicked, this, &SavedReplyManager::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedReplyManager::removeSelected);
    connect(importButton, &QPushButton::clicked, this, &SavedReplyManager::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, &SavedReplyManager::chooseExportFile);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // While the form waits for the marketplace, rows come and go under it (a
                // new reply gets its server id, a refused one goes): the form stays.
                if (current.isValid() && m_waitingFor.isEmpty())
                    showReply(current.data(SavedReplyListModel::IdRole).toLongLong());
            });
    // Typing in a field takes its complaint away.
    connect(m_title, &QLineEdit::textEdited, m_errors.value(u"title"_s), &QLabel::hide);
    connect(m_shortcut, &QLineEdit::textEdited, m_errors.value(u"shortcut"_s), &QLabel::hide);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_body->hasFocus())
            m_errors.value(u"body"_s)->hide();
    });
    connect(session, &InboxSession::stateChanged, this, &SavedReplyManager::connectAccount);
    connectAccount();
    startNew();
    applyProblemColours();
}

void SavedReplyManager::connectAccount()
{
    delete m_accountScope;
    m_accountScope = new QObject(this);
    SavedReplies *replies = m_session->savedReplies();
    const bool available = replies != nullptr;
    m_save->setEnabled(available);
    m_delete->setEnabled(available);
    if (!available) {
        setStatus(tr("Sign in to change your saved replies."), true);
        return;
    }
    connect(replies, &SavedReplies::editApplied, m_accountScope,
            [this](const QString &id, const api::SavedReply &reply) { onApplied(id, reply); });
    connect(replies, &SavedReplies::editRefused, m_accountScope,
            [this](const QString &id, const api::ApiError &error, const QString &message) {
                onRefused(id, error, message);
            });
    connect(replies, &SavedReplies::editDelayed, m_accountScope,
            [this](const QString &id) { onDelayed(id); });
    connect(replies, &QObject::destroyed, m_accountScope, [this] {
        // The account stopped: nothing will answer the form any more.
        m_waitingFor.clear();
        QMetaObject::invokeMethod(this, &SavedReplyManager::connectAccount, Qt::QueuedConnection);
    });
}

QString SavedReplyManager::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString SavedReplyManager::status() const
{
    return m_status->text();
}

void SavedReplyManager::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_statusIsProblem = problem;
    applyProblemColours();
}

void SavedReplyManager::applyProblemColours()
{
    const QString style = problemStyle(palette());
    for (QLabel *label : std::as_const(m_errors))
        label->setStyleSheet(style);
    m_status->setStyleSheet(m_statusIsProblem ? style : QString());
}

void SavedReplyManager::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyProblemColours();
    QDialog::changeEvent(event);
}

void SavedReplyManager::showErrors(const QMap<QString, QString> &errors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    if (errors.contains(u"title"_s))
        m_title->setFocus();
    else if (errors.contains(u"shortcut"_s))
        m_shortcut->setFocus();
    else if (errors.contains(u"body"_s))
        m_body->setFocus();
}

void SavedReplyManager::startNew()
{
    m_editingId = 0;
    m_waitingFor.clear();
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_title->clear();
    m_shortcut->clear();
    m_body->clear();
    showErrors({});
    m_delete->setEnabled(false);
    m_title->setFocus();
}

void SavedReplyManager::select(qint64 replyId)
{
    const int row = m_session->savedReplyModel()->rowOf(replyId);
    if (row >= 0)
        m_list->setCurrentIndex(m_session->savedReplyModel()->index(row));
}

void SavedReplyManager::showReply(qint64 id)
{
    const std::optional<api::SavedReply> reply = m_session->savedReplyModel()->reply(id);
    if (!reply)
        return;
    m_editingId = id;
    m_waitingFor.clear();
    m_title->setText(reply->title);
    m_shortcut->setText(reply->shortcut);
    m_body->setPlainText(reply->body);
    showErrors({});
    m_delete->setEnabled(m_session->savedReplies() != nullptr);
}

void SavedReplyManager::save()
{
    SavedReplies *replies = m_session->savedReplies();
    if (!replies)
        return;
    const SavedReplyInput input{m_title->text(), m_shortcut->text(), m_body->toPlainText()};
    const QMap<QString, QString> errors = replies->validate(input, m_editingId);
    showErrors(errors);
    if (!errors.isEmpty()) {
        setStatus(tr("Not saved: see the fields marked in red."), true);
        return;
    }
    const bool creating = m_editingId == 0;
    if (creating && m_session->savedReplyModel()->rowCount() >= inbox::MaxSavedReplies) {
        setStatus(tooMany(), true);
        return;
    }
    m_waitingFor = creating ? replies->add(input) : replies->update(m_editingId, input);
    if (m_waitingFor.isEmpty()) {
        setStatus(tr("Nothing changed."));
        return;
    }
    setStatus(tr("Saving…"));
    if (creating) {
        // The new row (not on the server yet) is the one with this shortcut.
        const QString shortcut = input.trimmed().shortcut;
        for (const api::SavedReply &reply : m_session->savedReplyModel()->replies()) {
            if (reply.shortcut == shortcut) {
                m_editingId = reply.id;
                select(reply.id);
                break;
            }
        }
    }
}

void SavedReplyManager::removeSelected()
{
    SavedReplies *replies = m_session->savedReplies();
    const std::optional<api::SavedReply> reply = m_session->savedReplyModel()->reply(m_editingId);
    if (!replies || !reply)
        return;
    const QString editId = replies->remove(m_editingId);
    startNew();
    m_waitingFor = editId;
    setStatus(tr("Deleted \u201c%1\u201d.").arg(reply->title));
}

void SavedReplyManager::onApplied(const QString &editId, const api::SavedReply &reply)
{
    if (editId != m_waitingFor)
        return;
    m_waitingFor.clear();
    if (reply.title.isEmpty()) // a delete
        return;
    setStatus(tr("Saved \u201c%1\u201d.").arg(reply.title));
    if (m_editingId < 0 || m_editingId == reply.id) { // a new one has its server id now
        m_editingId = reply.id;
        select(reply.id);
    }
}

void SavedReplyManager::onRefused(const QString &editId, const api::ApiError &error,
                                  const QString &message)
{
    setStatus(message, true);
    if (editId != m_waitingFor)
        return;
    // The form still holds what the seller typed; the list was rolled back.
    m_list->setCurrentIndex(
        m_session->savedReplyModel()->index(m_session->savedReplyModel()->rowOf(m_editingId)));
    m_waitingFor.clear();
    QMap<QString, QString> errors;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (m_errors.contains(it.key()) && !it.value().isEmpty())
            errors.insert(it.key(), it.value().first());
    }
    showErrors(errors);
    if (m_editingId < 0 && !m_session->savedReplyModel()->reply(m_editingId)) {
        m_editingId = 0; // its create was refused: saving again makes a new one
        m_delete->setEnabled(false);
    }
}

void SavedReplyManager::onDelayed(const QString &editId)
{
    if (editId != m_waitingFor)
        return;
    m_waitingFor.clear(); // the form is done; the queue takes it from here
    setStatus(tr("Saved on this computer; it reaches the marketplace when you are back online."));
}

SavedReplyManager::ImportReport SavedReplyManager::importFrom(const QString &path)
{
    ImportReport report;
    SavedReplies *replies = m_session->savedReplies();
    QFile file(path);
    if (!replies) {
        report.error = tr("Sign in to import saved replies.");
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.error =
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    const QJsonArray items =
        json.isArray() ? json.array() : json.object().value(u"saved_replies"_s).toArray();
    if (json.isNull() || (!json.isArray() && !json.object().value(u"saved_replies"_s).isArray())) {
        report.error =
            tr("%1 is not a saved replies file (a JSON list of title, shortcut and body).")
                .arg(QDir::toNativeSeparators(path));
        return report;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const int number = int(i) + 1;
        const bool shaped = items.at(i).isObject() && item.value(u"title"_s).isString() &&
                            item.value(u"shortcut"_s).isString() &&
                            item.value(u"body"_s).isString();
        if (!shaped) {
            report.lines
                << tr("Item %1: not a saved reply (it needs a title, a shortcut and a text).")
                       .arg(number);
            ++report.refused;
            continue;
        }
        const SavedReplyInput input{item.value(u"title"_s).toString(),
                                    item.value(u"shortcut"_s).toString(),
                                    item.value(u"body"_s).toString()};
        QMap<QString, QString> errors = replies->validate(input);
        if (errors.isEmpty() && m_session->savedReplyModel()->rowCount() >= inbox::MaxSavedReplies)
            errors.insert(u"saved_replies"_s, tooMany());
        const QString name = input.title.trimmed().isEmpty()
                                 ? tr("(no title)")
                                 : u"\u201c%1\u201d"_s.arg(input.title.trimmed());
        if (!errors.isEmpty()) {
            report.lines << tr("Item %1, %2: %3").arg(number).arg(name, errors.first());
            ++report.refused;
            continue;
        }
        replies->add(input);
        report.lines
            << tr("Item %1, %2: added as /%3.").arg(number).arg(name, input.trimmed().shortcut);
        ++report.added;
    }
    return report;
}

bool SavedReplyManager::exportTo(const QString &path, QString *error)
{
    QJsonArray items;
    for (const api::SavedReply &reply : m_session->savedReplyModel()->replies())
        items.append(QJsonObject{
            {u"title"_s, reply.title}, {u"shortcut"_s, reply.shortcut}, {u"body"_s, reply.body}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{u"saved_replies"_s, items}}).toJson()) < 0 ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void SavedReplyManager::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import saved replies"), QString(),
                                                      tr("Saved replies (*.json)"));
    if (path.isEmpty())
        return;
    const ImportReport report = importFrom(path);
    QMessageBox box(this);
    box.setWindowTitle(tr("Import saved replies"));
    box.setTextFormat(Qt::PlainText);
    if (!report.error.isEmpty()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(report.error);
    } else {
        box.setIcon(report.refused > 0 ? QMessageBox::Warning : QMessageBox::Information);
        box.setText(tr("%n saved reply(s) added", nullptr, report.added) + u"; "_s +
                    tr("%n refused.", nullptr, report.refused));
        box.setDetailedText(report.lines.join(u'\n'));
    }
    box.exec();
}

void SavedReplyManager::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export saved replies"), tr("saved-replies.json"), tr("Saved replies (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        setStatus(tr("Exported %n saved reply(s).", nullptr,
                     int(m_session->savedReplyModel()->replies().size())));
    else
        setStatus(tr("Not exported: %1").arg(error), true);
}

} // namespace envisage::ui
