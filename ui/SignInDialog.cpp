#include "SignInDialog.h"

#include "api/ApiError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace envisage::ui {

using namespace Qt::StringLiterals;

namespace {

// The choices of the Server box, in its order.
enum Preset { Marketplace, LocalSandbox, Demo, Custom };

bool sameServer(const inbox::ServerProfile &a, const inbox::ServerProfile &b)
{
    return a.apiUrl == b.apiUrl && a.wsHost == b.wsHost && a.cluster == b.cluster &&
           a.wsPort == b.wsPort && a.wsTls == b.wsTls && a.appKey == b.appKey;
}

// What the box shows for the server the app was started with: the marketplace on a first
// start (nothing chosen yet), "Custom server" only for a server of the seller's own.
Preset presetFor(const inbox::ServerProfile &profile)
{
    if (profile.apiUrl.isEmpty() ||
        sameServer(profile, inbox::ServerProfile::envisageMarketplace()))
        return Marketplace;
    if (sameServer(profile, inbox::ServerProfile::localSandbox()))
        return LocalSandbox;
    return Custom;
}

} // namespace

SignInDialog::SignInDialog(const inbox::ServerProfile &profile, QWidget *parent)
    : QDialog(parent), m_preset(new QComboBox(this)),
      m_apiUrl(new QLineEdit(profile.apiUrl.toString(), this)),
      m_wsHost(new QLineEdit(profile.wsHost, this)), m_wsPort(new QSpinBox(this)),
      m_wsTls(new QCheckBox(tr("Use TLS (wss://)"), this)),
      m_appKey(new QLineEdit(profile.appKey, this)), m_email(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this)),
      m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in to Envisage Inbox"));
    m_preset->addItem(tr("Envisage Marketplace"));
    m_preset->addItem(tr("Local sandbox"));
    m_preset->addItem(tr("Try the demo"));
    m_preset->addItem(tr("Custom server"));
    m_preset->setAccessibleName(tr("Server"));
    m_wsPort->setRange(1, 65535);
    m_wsPort->setValue(profile.wsPort == 0 ? 443 : profile.wsPort);
    m_wsTls->setChecked(profile.wsTls);
    m_cluster = profile.cluster;
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setAccessibleName(tr("Email"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_apiUrl->setAccessibleName(tr("API address"));
    m_wsHost->setAccessibleName(tr("WebSocket host"));
    m_wsPort->setAccessibleName(tr("WebSocket port"));
    m_appKey->setAccessibleName(tr("App key"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();
    m_signIn->setDefault(true);

    auto *account = new QFormLayout;
    account->addRow(tr("Server:"), m_preset);
    account->addRow(tr("Email:"), m_email);
    account->addRow(tr("Password:"), m_password);
    // A check box that shows the details' frame, rather than a checkable group box: folded,
    // that one still draws its (empty) frame under the title.
    auto *showDetails = new QCheckBox(tr("Server details"), this);
    auto *advanced = new QGroupBox(this);
    auto *details = new QFormLayout(advanced);
    details->addRow(tr("API address:"), m_apiUrl);
    details->addRow(tr("WebSocket host:"), m_wsHost);
    details->addRow(tr("WebSocket port:"), m_wsPort);
    details->addRow(QString(), m_wsTls);
    details->addRow(tr("App key:"), m_appKey);
    advanced->hide();
    connect(showDetails, &QCheckBox::toggled, this, [this, advanced](bool on) {
        advanced->setVisible(on);
        if (!on)
            QTimer::singleShot(0, this, [this] { resize(width(), minimumSizeHint().height()); });
    });

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_preset->currentIndex() == Demo)
            Q_EMIT demoRequested();
        else
            Q_EMIT signInRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const Preset preset = presetFor(profile);
    m_preset->setCurrentIndex(preset);
    if (preset != Custom)
        applyPreset(preset); // a first start shows the marketplace's details, not blanks
    connect(m_preset, &QComboBox::currentIndexChanged, this, &SignInDialog::applyPreset);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Answer your buyers in real time."), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addLayout(account);
    layout->addWidget(showDetails);
    layout->addWidget(advanced);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SignInDialog::applyPreset(int index)
{
    inbox::ServerProfile preset;
    const bool demo = index == Demo;
    m_email->setEnabled(!demo);
    m_password->setEnabled(!demo);
    m_signIn->setText(demo ? tr("Start the demo") : tr("Sign in"));
    if (index == Marketplace) {
        preset = inbox::ServerProfile::envisageMarketplace();
    } else if (index == LocalSandbox) {
        preset = inbox::ServerProfile::localSandbox();
    } else {
        return;
    }
    m_apiUrl->setText(preset.apiUrl.toString());
    m_wsHost->setText(preset.wsHost);
    m_wsPort->setValue(preset.wsPort);
    m_wsTls->setChecked(preset.wsTls);
    m_appKey->setText(preset.appKey);
    m_cluster = preset.cluster;
}

inbox::ServerProfile SignInDialog::profile() const
{
    inbox::ServerProfile profile;
    profile.name = m_preset->currentText();
    profile.apiUrl = QUrl(m_apiUrl->text().trimmed());
    profile.wsHost = m_wsHost->text().trimmed();
    profile.wsPort = quint16(m_wsPort->value());
    profile.wsTls = m_wsTls->isChecked();
    profile.appKey = m_appKey->text().trimmed();
    // Pusher Channels is reached by its cluster (ws-mt1.pusher.com) unless a host is set.
    profile.cluster = profile.wsHost.isEmpty() ? m_cluster : QString();
    return profile;
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (busy)
        m_error->hide();
}

QString SignInDialog::explain(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    switch (error.kind) {
    case Kind::Validation:
        return tr("The email or password is not right. Check them and try again.");
    case Kind::Offline:
    case Kind::Timeout:
        return tr("The server cannot be reached. Check your connection and the server address.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted, so the connection was refused.");
    case Kind::RateLimited:
        return error.retryAfterSeconds > 0
                   ? tr("Too many sign-in attempts. Try again in %n second(s).", nullptr,
                        error.retryAfterSeconds)
                   : tr("Too many sign-in attempts. Try again in a minute.");
    default:
        return error.message();
    }
}

void SignInDialog::showError(const api::ApiError &error)
{
    showProblem(explain(error));
}

void SignInDialog::showProblem(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->show();
    // The sign-in button was disabled while busy, which moved the focus to Cancel (and
    // made it the default): Enter would close the dialog. Retyping starts here instead.
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

} // namespace envisage::ui
