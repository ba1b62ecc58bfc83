#pragma once
// Sanctum sign-in (marketplace-api.md §1) and Laravel's /broadcasting/auth with the
// contract's channel rules (§3).
#include "ApiContext.h"

namespace envisage::sandbox {

class AuthController
{
public:
    explicit AuthController(ApiContext &context) : m_context(context) {}
    void registerRoutes(HttpService &http);

private:
    HttpReply login(const QHttpServerRequest &request);
    HttpReply logout(const QHttpServerRequest &request);
    HttpReply currentUser(const QHttpServerRequest &request);
    HttpReply authorizeChannel(const QHttpServerRequest &request);
    bool mayJoin(const UserRecord &user, const QString &channel) const;

    ApiContext &m_context;
};

} // namespace envisage::sandbox
