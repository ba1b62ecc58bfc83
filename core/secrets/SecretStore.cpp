#include "SecretStore.h"

#include "CoreLogging.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace envisage::secrets {

using namespace Qt::StringLiterals;

namespace {
// Later, never from inside the call: callers may rely on that.
void later(QObject *context, std::function<void()> work)
{
    QTimer::singleShot(0, context, std::move(work));
}

bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}
} // namespace

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const std::optional<QString> secret =
        m_secrets.contains(key) ? std::optional(m_secrets.value(key)) : std::nullopt;
    later(this, [done, secret] { done({secret, {}}); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_secrets.insert(key, secret);
    later(this, [done] { done({}); });
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    m_secrets.remove(key);
    later(this, [done] { done({}); });
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

void KeychainSecretStore::fallBack(const QString &reason)
{
    if (m_fellBack)
        return;
    m_fellBack = true;
    if (!m_plaintextFile.isEmpty()) {
        qCWarning(lcSecrets) << "no keychain (" << reason << "); using the opted-in file"
                             << m_plaintextFile;
        loadFallbackFile();
        return;
    }
    qCWarning(lcSecrets) << "no keychain (" << reason
                         << "); the sign-in is kept for this session only";
    Q_EMIT persistenceLost(reason);
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    if (m_fellBack) {
        const std::optional<QString> secret = m_sessionSecrets.contains(key)
                                                  ? std::optional(m_sessionSecrets.value(key))
                                                  : std::nullopt;
        later(this, [done, secret] { done({secret, {}}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done] {
        if (job->error() == QKeychain::NoError) {
            done({job->textData(), {}});
        } else if (job->error() == QKeychain::EntryNotFound) {
            done({std::nullopt, {}});
        } else if (meansNoKeychain(job->error())) {
            fallBack(job->errorString());
            read(key, done);
        } else {
            done({std::nullopt, job->errorString()});
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    if (m_fellBack) {
        m_sessionSecrets.insert(key, secret);
        saveFallbackFile();
        later(this, [done] { done({}); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done] {
        if (job->error() == QKeychain::NoError) {
            done({});
        } else if (meansNoKeychain(job->error())) {
            fallBack(job->errorString());
            write(key, secret, done);
        } else {
            done(job->errorString());
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    if (m_fellBack) {
        m_sessionSecrets.remove(key);
        saveFallbackFile();
        later(this, [done] { done({}); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            done({});
        } else if (meansNoKeychain(job->error())) {
            fallBack(job->errorString());
            remove(key, done);
        } else {
            done(job->errorString());
        }
    });
    job->start();
}

void KeychainSecretStore::saveFallbackFile() const
{
    if (m_plaintextFile.isEmpty())
        return;
    QJsonObject object;
    for (auto it = m_sessionSecrets.cbegin(); it != m_sessionSecrets.cend(); ++it)
        object.insert(it.key(), it.value());
    QFile file(m_plaintextFile);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

void KeychainSecretStore::loadFallbackFile()
{
    QFile file(m_plaintextFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        m_sessionSecrets.insert(it.key(), it.value().toString());
}

} // namespace envisage::secrets
