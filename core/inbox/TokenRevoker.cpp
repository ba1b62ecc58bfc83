#include "TokenRevoker.h"

#include "CoreLogging.h"
#include "api/MarketplaceApi.h"
#include "common/Guarded.h"
#include "secrets/SecretStore.h"

namespace envisage::inbox {

using namespace Qt::StringLiterals;

TokenRevoker::TokenRevoker(api::MarketplaceApi &api, secrets::SecretStore *secrets,
                           QString accountKey, QObject *parent)
    : QObject(parent), m_api(api), m_secrets(secrets), m_accountKey(std::move(accountKey))
{
}

QString TokenRevoker::key() const
{
    return u"revoke/"_s + m_accountKey;
}

void TokenRevoker::revoke(const QString &token)
{
    send(token, Mode::Announce);
}

void TokenRevoker::revokeLeftover(const QString &current)
{
    if (!m_secrets)
        return;
    m_secrets->read(key(), guarded(this, [this, current](const secrets::SecretReadResult &result) {
                        if (result.secret && !result.secret->isEmpty() && *result.secret != current)
                            send(*result.secret, Mode::Quiet);
                    }));
}

void TokenRevoker::send(const QString &token, Mode mode)
{
    // The server the token belongs to: the seller may choose another one before the answer
    // (the call itself stays on the server it was made to).
    const QString revokeKey = key();
    m_api.logout(
        this, token, [this, token, mode, revokeKey](const api::ApiResult<api::NoContent> &result) {
            // A 401 means the server no longer knows the token: ended as well.
            if (result.ok() || result.error().kind == api::ApiError::Kind::Unauthenticated) {
                if (m_secrets)
                    m_secrets->remove(revokeKey, [](const QString &) {});
                return;
            }
            qCInfo(lcInbox) << "the server could not end the session:"
                            << api::kindName(result.error().kind);
            if (m_secrets)
                m_secrets->write(revokeKey, token, [](const QString &) {});
            if (mode == Mode::Announce)
                Q_EMIT postponed();
        });
}

} // namespace envisage::inbox
