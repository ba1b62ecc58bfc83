// Token storage: the system keychain when there is one; without one (a bare CI machine)
// it says so and keeps the token for the session only; a plain file only when opted
// in, readable by the owner alone.
#include "secrets/SecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::secrets;

namespace {
SecretReadResult readNow(SecretStore &store, const QString &key)
{
    std::optional<SecretReadResult> result;
    store.read(key, [&](const SecretReadResult &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
    return result.value_or(SecretReadResult{std::nullopt, u"no answer"_s});
}

QString writeNow(SecretStore &store, const QString &key, const QString &secret)
{
    std::optional<QString> error;
    store.write(key, secret, [&](const QString &e) { error = e; });
    (void)QTest::qWaitFor([&] { return error.has_value(); }, 15000);
    return error.value_or(u"no answer"_s);
}
} // namespace

class SecretsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void memoryStoreAnswersLater()
    {
        MemorySecretStore store;
        bool answeredInline = true;
        store.read(u"k"_s, [&](const SecretReadResult &r) { answeredInline = false; QVERIFY(!r.secret); });
        QVERIFY(answeredInline); // never from inside the call
        QTRY_VERIFY(!answeredInline);
        QCOMPARE(writeNow(store, u"k"_s, u"1|abc"_s), QString());
        QCOMPARE(readNow(store, u"k"_s).secret.value_or(QString()), u"1|abc"_s);
        QVERIFY(!store.isPersistent());
    }

    void keychainOrSessionFallback()
    {
        KeychainSecretStore store(u"envisage-inbox-tests"_s);
        QSignalSpy lost(&store, &SecretStore::persistenceLost);
        const QString key = u"token/test-%1"_s.arg(QCoreApplication::applicationPid());
        QCOMPARE(writeNow(store, key, u"7|secret"_s), QString());
        QCOMPARE(readNow(store, key).secret.value_or(QString()), u"7|secret"_s);
        // Either a real keychain kept it, or we were told it lives for this session only.
        QCOMPARE(store.isPersistent(), lost.isEmpty());
        std::optional<QString> removed;
        store.remove(key, [&](const QString &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(!readNow(store, key).secret);
    }

    void plaintextFileOnlyWhenOptedInAndPrivate()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(u"secrets.json"_s);
        KeychainSecretStore store(u"envisage-inbox-tests"_s);
        store.allowPlaintextFallback(file);
        const QString key = u"token/file-%1"_s.arg(QCoreApplication::applicationPid());
        QCOMPARE(writeNow(store, key, u"9|filed"_s), QString());
        if (QFile::exists(file)) { // there was no keychain: the opted-in file was used
            QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
            KeychainSecretStore again(u"envisage-inbox-tests"_s);
            again.allowPlaintextFallback(file);
            QCOMPARE(readNow(again, key).secret.value_or(QString()), u"9|filed"_s);
        }
        std::optional<QString> removed;
        store.remove(key, [&](const QString &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
    }
};

QTEST_GUILESS_MAIN(SecretsTest)
#include "tst_secrets.moc"
