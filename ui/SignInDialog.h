#pragma once
// Sign-in: a server profile (the marketplace, the local sandbox, or the demo), email
// and password, and errors that say what went wrong (wrong credentials, unreachable
// server, TLS, too many attempts).
#include "inbox/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace envisage::api {
struct ApiError;
}

namespace envisage::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const inbox::ServerProfile &profile, QWidget *parent = nullptr);

    inbox::ServerProfile profile() const;
    QString email() const;
    QString password() const;
    void setBusy(bool busy);
    void showError(const api::ApiError &error);
    void showProblem(const QString &text);
    static QString explain(const api::ApiError &error);

Q_SIGNALS:
    void signInRequested();
    void demoRequested(); // "Try the demo": a local marketplace with demo data

private:
    void applyPreset(int index);

    QComboBox *m_preset;
    QLineEdit *m_apiUrl;
    QLineEdit *m_wsHost;
    QSpinBox *m_wsPort;
    QCheckBox *m_wsTls;
    QLineEdit *m_appKey;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QString m_cluster; // the chosen preset's Pusher cluster (the marketplace's "mt1")
};

} // namespace envisage::ui
