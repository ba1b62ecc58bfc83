#include "SecretBox.h"

#include <sodium.h>

namespace envisage::realtime::SecretBox {

using namespace Qt::StringLiterals;

namespace {
bool ready()
{
    static const bool initialized = sodium_init() >= 0;
    return initialized;
}
} // namespace

std::optional<QByteArray> open(const QByteArray &key, const QJsonObject &payload, QString *error)
{
    if (!ready()) {
        *error = u"libsodium could not be initialized"_s;
        return std::nullopt;
    }
    const QByteArray nonce = QByteArray::fromBase64(payload.value(u"nonce"_s).toString().toLatin1());
    const QByteArray cipher = QByteArray::fromBase64(payload.value(u"ciphertext"_s).toString().toLatin1());
    if (key.size() != KeyBytes) {
        *error = u"no 32-byte key for this channel"_s;
        return std::nullopt;
    }
    if (nonce.size() != NonceBytes || cipher.size() < int(crypto_secretbox_MACBYTES)) {
        *error = u"the payload has no valid nonce and ciphertext"_s;
        return std::nullopt;
    }
    QByteArray plain(cipher.size() - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   reinterpret_cast<const unsigned char *>(cipher.constData()),
                                   quint64(cipher.size()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()),
                                   reinterpret_cast<const unsigned char *>(key.constData()))
        != 0) {
        *error = u"the ciphertext does not open with this channel's key"_s;
        return std::nullopt;
    }
    return plain;
}

QJsonObject seal(const QByteArray &key, const QByteArray &plaintext)
{
    if (!ready() || key.size() != KeyBytes)
        return {};
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray cipher(plaintext.size() + int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(cipher.data()),
                          reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          quint64(plaintext.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(key.constData()));
    return {{u"nonce"_s, QString::fromLatin1(nonce.toBase64())},
            {u"ciphertext"_s, QString::fromLatin1(cipher.toBase64())}};
}

} // namespace envisage::realtime::SecretBox
