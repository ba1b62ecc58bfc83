#pragma once
// The saved replies manager: the list on one side, the chosen reply's title, shortcut and
// text on the other; New, Save, Delete, Import… and Export… (JSON). What the contract
// would refuse is said on the field before anything is sent (a shortcut clash names the
// reply that has it); what the marketplace refuses later comes back on the field too,
// with the list rolled back. Changes are shown at once and go out through the session's
// queue, also while offline.
#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace envisage::api {
struct ApiError;
struct SavedReply;
} // namespace envisage::api
namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class SavedReplyManager : public QDialog
{
    Q_OBJECT
public:
    explicit SavedReplyManager(inbox::InboxSession *session, QWidget *parent = nullptr);

    struct ImportReport
    {
        int added = 0;
        int refused = 0;
        QStringList lines; // one per item, for the seller
        QString error;     // the file as a whole could not be read
    };
    // Adds every valid item of a JSON file ([{title, shortcut, body}…] or
    // {"saved_replies": […]}) and says what became of each.
    ImportReport importFrom(const QString &path);
    // {"saved_replies": [{title, shortcut, body}…]}; false with a sentence on failure.
    bool exportTo(const QString &path, QString *error);

    void startNew();
    void select(qint64 replyId);
    void save();
    void removeSelected();
    qint64 editingId() const { return m_editingId; }

    QListView *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *shortcutEdit() const { return m_shortcut; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    // The sentence under a field ("title", "shortcut", "body"); empty when none.
    QString fieldError(const QString &field) const;
    QString status() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyProblemColours();
    void showReply(qint64 id);
    void showErrors(const QMap<QString, QString> &errors);
    void setStatus(const QString &text, bool problem = false);
    void onApplied(const QString &editId, const api::SavedReply &reply);
    void onRefused(const QString &editId, const api::ApiError &error, const QString &message);
    void onDelayed(const QString &editId);
    void connectAccount();
    void chooseImportFile();
    void chooseExportFile();

    inbox::InboxSession *m_session;
    QListView *m_list;
    QLineEdit *m_title;
    QLineEdit *m_shortcut;
    QPlainTextEdit *m_body;
    QMap<QString, QLabel *> m_errors;
    QLabel *m_status;
    bool m_statusIsProblem = false;
    QPushButton *m_save;
    QPushButton *m_delete;
    qint64 m_editingId = 0;            // 0: a new reply
    QString m_waitingFor;              // the edit whose answer the form waits for
    QObject *m_accountScope = nullptr; // connections to the current account's replies
};

} // namespace envisage::ui
