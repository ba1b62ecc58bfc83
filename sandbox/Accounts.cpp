#include "Accounts.h"

#include "Logging.h"
#include "PasswordHasher.h"
#include "Timestamps.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomToken(int length)
{
    static const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(alphabet.at(QRandomGenerator::system()->bounded(alphabet.size())));
    return token;
}

UserRecord userFromQuery(const QSqlQuery &query)
{
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.email = query.value(2).toString();
    user.role = query.value(3).toString();
    user.avatarUrl = query.value(4).toString();
    user.lastSeenAt = query.value(5);
    return user;
}

const QString UserColumns = u"id, name, email, role, avatar_url, last_seen_at"_s;

// What a password is checked against when no account has the email: a hash of the
// current cost that no password is expected to match. The answer for an unknown email
// then costs the same PBKDF2 run as a wrong password, so its timing does not tell
// which emails have accounts. Made once, on the first unknown email.
const QString &unknownAccountHash()
{
    static const QString hash = PasswordHasher::hash(QUuid::createUuid().toString());
    return hash;
}

} // namespace

Accounts::Accounts(QSqlDatabase db, PasswordCheck passwordCheck)
    : m_db(db), m_passwordCheck(passwordCheck ? std::move(passwordCheck) : &PasswordHasher::verify)
{
}

std::optional<qint64> Accounts::createUser(const QString &name, const QString &email,
                                           const QString &role, const QString &password,
                                           const QString &avatarUrl)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO users (name, email, role, password_hash, avatar_url, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(name);
    query.addBindValue(email);
    query.addBindValue(role);
    query.addBindValue(PasswordHasher::hash(password));
    query.addBindValue(avatarUrl.isEmpty() ? QVariant() : QVariant(avatarUrl));
    query.addBindValue(nowMs());
    if (!query.exec()) {
        qCWarning(lcSandboxDb) << "cannot create user" << email << query.lastError().text();
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<UserRecord> Accounts::userById(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM users WHERE id = ?"_s.arg(UserColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return resolved(userFromQuery(query));
}

std::optional<UserRecord> Accounts::userByEmail(const QString &email) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM users WHERE email = ?"_s.arg(UserColumns));
    query.addBindValue(email);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return resolved(userFromQuery(query));
}

std::optional<UserRecord> Accounts::authenticate(const QString &email,
                                                 const QString &password) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1, password_hash FROM users WHERE email = ?"_s.arg(UserColumns));
    query.addBindValue(email);
    if (!query.exec() || !query.next()) {
        m_passwordCheck(password, unknownAccountHash());
        return std::nullopt;
    }
    if (!m_passwordCheck(password, query.value(6).toString()))
        return std::nullopt;
    return resolved(userFromQuery(query));
}

QString Accounts::issueToken(qint64 userId, const QString &deviceName)
{
    const QString secret = randomToken(40);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO personal_access_tokens (user_id, name, token_hash, created_at) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(userId);
    query.addBindValue(deviceName);
    query.addBindValue(sha256Hex(secret));
    query.addBindValue(nowMs());
    if (!query.exec()) {
        qCWarning(lcSandboxDb) << "cannot store a token:" << query.lastError().text();
        return {};
    }
    return QString::number(query.lastInsertId().toLongLong()) + u'|' + secret;
}

std::optional<qint64> Accounts::tokenRowId(const QString &plainTextToken) const
{
    const qsizetype bar = plainTextToken.indexOf(u'|');
    if (bar <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 id = plainTextToken.left(bar).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM personal_access_tokens WHERE id = ? AND token_hash = ?"_s);
    query.addBindValue(id);
    query.addBindValue(sha256Hex(plainTextToken.mid(bar + 1)));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return id;
}

std::optional<UserRecord> Accounts::userForToken(const QString &plainTextToken)
{
    const std::optional<qint64> tokenId = tokenRowId(plainTextToken);
    if (!tokenId)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE personal_access_tokens SET last_used_at = ? WHERE id = ?"_s);
    query.addBindValue(nowMs());
    query.addBindValue(*tokenId);
    query.exec();
    query.prepare(
        u"SELECT u.id, u.name, u.email, u.role, u.avatar_url, u.last_seen_at FROM users u "
        "JOIN personal_access_tokens t ON t.user_id = u.id WHERE t.id = ?"_s);
    query.addBindValue(*tokenId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return resolved(userFromQuery(query));
}

bool Accounts::revokeToken(const QString &plainTextToken)
{
    const std::optional<qint64> tokenId = tokenRowId(plainTextToken);
    if (!tokenId)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM personal_access_tokens WHERE id = ?"_s);
    query.addBindValue(*tokenId);
    return query.exec();
}

void Accounts::touchLastSeen(qint64 userId, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE users SET last_seen_at = ? WHERE id = ?"_s);
    query.addBindValue(atMs);
    query.addBindValue(userId);
    query.exec();
}

QString Accounts::publicUrl(const QString &stored) const
{
    if (m_publicBaseUrl.isEmpty() || !stored.startsWith(u'/') || stored.startsWith(u"//"_s))
        return stored;
    return m_publicBaseUrl + stored;
}

std::optional<UserRecord> Accounts::resolved(std::optional<UserRecord> user) const
{
    if (user)
        user->avatarUrl = publicUrl(user->avatarUrl);
    return user;
}

int Accounts::userCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM users"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QJsonObject userJson(const UserRecord &user)
{
    return {
        {u"id"_s, user.id},
        {u"name"_s, user.name},
        {u"email"_s, user.email},
        {u"role"_s, user.role},
        {u"avatar_url"_s, user.avatarUrl.isEmpty() ? QJsonValue::Null : QJsonValue(user.avatarUrl)},
        {u"last_seen_at"_s, isoTimestampOrNull(user.lastSeenAt)},
    };
}

} // namespace envisage::sandbox
