// TLS: certificate errors are reported and fail the connection, unless the host is on
// the explicit allow-list for self-signed development servers. The server here uses a
// self-signed certificate committed in data/ (CN=localhost, 127.0.0.1).
#include "realtime/PusherConnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace envisage::realtime;
using namespace std::chrono;

class RealtimeTlsTest : public QObject
{
    Q_OBJECT

    QWebSocketServer m_server{u"tls-pusher"_s, QWebSocketServer::SecureMode};

    PusherOptions options() const
    {
        PusherOptions options;
        options.key = u"k"_s;
        options.host = u"127.0.0.1"_s;
        options.port = m_server.serverPort();
        options.useTls = true;
        options.watchNetwork = false;
        options.reconnectBaseDelay = milliseconds(100);
        options.reconnectMaxDelay = milliseconds(300);
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        QFile certificate(QFINDTESTDATA("data/selfsigned.crt"));
        QFile key(QFINDTESTDATA("data/selfsigned.key"));
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this);
            const QJsonObject established{{u"socket_id"_s, u"1.1"_s}, {u"activity_timeout"_s, 120}};
            socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
                {u"event"_s, u"pusher:connection_established"_s},
                {u"data"_s, QString::fromUtf8(QJsonDocument(established).toJson(QJsonDocument::Compact))}})
                .toJson(QJsonDocument::Compact)));
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void untrustedCertificateIsReportedAndRefused()
    {
        PusherConnection connection(options());
        QSignalSpy errors(&connection, &PusherConnection::errorOccurred);
        connection.open();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
        bool sawTls = false;
        for (const QList<QVariant> &error : errors)
            sawTls = sawTls || error.first().value<RealtimeError>().kind == RealtimeError::Kind::Tls;
        QVERIFY(sawTls);
        QTest::qWait(300);
        QVERIFY(connection.state() != PusherConnection::State::Connected);
    }

    void allowListedSelfSignedHostConnects()
    {
        PusherOptions allowed = options();
        allowed.selfSignedHosts = {u"127.0.0.1"_s};
        PusherConnection connection(allowed);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), PusherConnection::State::Connected, 5000);
        QCOMPARE(connection.socketId(), u"1.1"_s);
    }
};

QTEST_GUILESS_MAIN(RealtimeTlsTest)
#include "tst_realtime_tls.moc"
