#pragma once
// Ends a sign-in token at the server (POST /api/logout, retried), also after the
// account that used it is gone. A token the server could not be told about is kept in
// the keychain under revoke/<account> and ended at the next sign-in, so an offline
// sign-out does not leave it valid there for good.
#include <QObject>
#include <QString>

namespace envisage::api {
class MarketplaceApi;
}
namespace envisage::secrets {
class SecretStore;
}

namespace envisage::inbox {

class TokenRevoker : public QObject
{
    Q_OBJECT
public:
    TokenRevoker(api::MarketplaceApi &api, secrets::SecretStore *secrets, QString accountKey,
                 QObject *parent = nullptr);

    void revoke(const QString &token);
    // Ends a token left from an offline sign-out, unless it is `current`.
    void revokeLeftover(const QString &current);
    // The account (server) whose tokens are revoked from now on; another server's
    // leftover stays where it is until the seller signs in there again.
    void setAccountKey(const QString &accountKey) { m_accountKey = accountKey; }

Q_SIGNALS:
    // The server could not be reached for a revoke() (not for a leftover's second try).
    void postponed();

private:
    enum class Mode { Announce, Quiet };
    void send(const QString &token, Mode mode);
    QString key() const;

    api::MarketplaceApi &m_api;
    secrets::SecretStore *m_secrets;
    QString m_accountKey;
};

} // namespace envisage::inbox
