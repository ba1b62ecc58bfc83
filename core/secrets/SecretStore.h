#pragma once
// Where the sign-in token lives. Asynchronous by design (no nested event loops, unlike
// Quaternion's keychain code): every call answers through a callback.
//  - KeychainSecretStore: the system keychain via QtKeychain. With no keychain backend
//    (a bare CI machine, a desktop without a secret service) it says so once and keeps
//    secrets for this session only — never in a plain file unless the person opted in.
//  - MemorySecretStore: for tests and for "do not remember me".
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace envisage::secrets {

struct SecretReadResult
{
    std::optional<QString> secret; // empty when not found or on error
    QString error;                 // empty when found or simply not found
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const SecretReadResult &)>;
    using WriteDone = std::function<void(const QString &error)>; // empty error: ok

    using QObject::QObject;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
    // False once secrets can only be kept for this session.
    virtual bool isPersistent() const = 0;

Q_SIGNALS:
    // The keychain is unavailable: secrets now live only as long as the app runs.
    void persistenceLost(const QString &reason);
};

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    // Opt-in only: keep secrets in this file (mode 0600) when no keychain exists.
    void allowPlaintextFallback(const QString &filePath) { m_plaintextFile = filePath; }

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool isPersistent() const override { return !m_fellBack || !m_plaintextFile.isEmpty(); }

private:
    void fallBack(const QString &reason);
    void saveFallbackFile() const;
    void loadFallbackFile();

    QString m_service;
    QString m_plaintextFile;
    bool m_fellBack = false;
    QHash<QString, QString> m_sessionSecrets; // used once the keychain proved unavailable
};

} // namespace envisage::secrets
