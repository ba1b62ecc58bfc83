#pragma once
// Password hashes as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>", so that the
// cost can be raised later without breaking stored hashes.
#include <QString>

namespace envisage::sandbox::PasswordHasher {

QString hash(const QString &password);
bool verify(const QString &password, const QString &stored);

} // namespace envisage::sandbox::PasswordHasher
