#pragma once
// Pusher's end-to-end encrypted channels (pusher-protocol.md §2.12): NaCl secretbox
// (XSalsa20-Poly1305) via libsodium; event data is {"nonce","ciphertext"} in base64.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace envisage::realtime::SecretBox {

constexpr int KeyBytes = 32;
constexpr int NonceBytes = 24;

// The plaintext, or nothing with *error saying why (bad shape, wrong key, tampering).
std::optional<QByteArray> open(const QByteArray &key, const QJsonObject &payload, QString *error);
// {"nonce","ciphertext"} for the plaintext with a random nonce (servers and tests).
QJsonObject seal(const QByteArray &key, const QByteArray &plaintext);

} // namespace envisage::realtime::SecretBox
