#pragma once
// A minimal HTTP/1.1 server for tests that need requests *in flight*: each request is
// answered at once or held until the test releases it, and the test can see whether the
// client gave up on a held request (closed its connection). Loopback only.
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>
#include <optional>

namespace envisage::testing {

class HoldingHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path; // without the query
        QString query;
        QByteArray authorization;
        QByteArray body;
        QPointer<QTcpSocket> socket;
    };
    struct Answer
    {
        int status = 200;
        QByteArray json;
    };
    // Returns the answer to send now, or nothing to hold the request.
    std::function<std::optional<Answer>(const Request &)> answer;

    explicit HoldingHttpServer(QObject *parent = nullptr);
    ~HoldingHttpServer() override;
    quint16 listen();
    QUrl url() const;

    const QList<Request> &held() const { return m_held; }
    QList<Request> received() const { return m_received; }
    // Held requests whose client still waits (connection open).
    int waiting() const;
    // Answers every held request whose client still waits.
    void releaseAll(const Answer &answer);

private:
    void onReadyRead(QTcpSocket *socket);
    static void send(QTcpSocket *socket, const Answer &answer);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_held;
    QList<Request> m_received;
};

} // namespace envisage::testing
