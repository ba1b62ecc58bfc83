#pragma once
// Users and their Sanctum-style personal access tokens ("<id>|<40 random chars>",
// only the SHA-256 of the random part is stored).
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace envisage::sandbox {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QString email;
    QString role; // "seller" or "buyer"
    QString avatarUrl;
    QVariant lastSeenAt; // ms since epoch, or null
};

class Accounts
{
public:
    // Whether a password matches a stored hash: PasswordHasher::verify, or a test's
    // stand-in that counts the calls.
    using PasswordCheck = std::function<bool(const QString &password, const QString &storedHash)>;

    explicit Accounts(QSqlDatabase db, PasswordCheck passwordCheck = {});

    std::optional<qint64> createUser(const QString &name, const QString &email, const QString &role,
                                     const QString &password, const QString &avatarUrl = {});
    std::optional<UserRecord> userById(qint64 id) const;
    // The user when email and password match, nothing otherwise.
    std::optional<UserRecord> authenticate(const QString &email, const QString &password) const;

    QString issueToken(qint64 userId, const QString &deviceName);
    // The token's owner, or nothing for a malformed, unknown or revoked token.
    std::optional<UserRecord> userForToken(const QString &plainTextToken);
    bool revokeToken(const QString &plainTextToken);

    std::optional<UserRecord> userByEmail(const QString &email) const;
    void touchLastSeen(qint64 userId, qint64 atMs);
    int userCount() const;

    // Where the API is reached ("http://127.0.0.1:8000"), known once the server listens.
    // A stored avatar_url that is a path ("/demo-images/avatars/3.png", DemoImages) is
    // read as an absolute URL under it; empty: paths are read as they are.
    void setPublicBaseUrl(const QString &baseUrl) { m_publicBaseUrl = baseUrl; }
    QString publicUrl(const QString &stored) const;

private:
    std::optional<UserRecord> resolved(std::optional<UserRecord> user) const;
    std::optional<qint64> tokenRowId(const QString &plainTextToken) const;

    QSqlDatabase m_db;
    PasswordCheck m_passwordCheck;
    QString m_publicBaseUrl;
};

QJsonObject userJson(const UserRecord &user);

} // namespace envisage::sandbox
