#pragma once
// buyer1 of the demo seed as the benchmarks that post through the sandbox's REST API play
// it (bench-sandbox-fanout, bench-e2e-latency): signed in, its conversation with the demo
// seller found, then numbered messages posted to it — paced by a rate or as fast as the
// answers come, a bounded number in flight — each timed from just before its POST to its
// answer. Message n says "bench n" with client_id "bench-n", so that whoever receives it
// can tell which one it is.
#include "Figures.h"
#include "Problem.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <array>
#include <cmath>
#include <optional>
#include <vector>

class QNetworkReply;

namespace envisage::testing {
class TestHttp;
}

namespace envisage::bench {

class BoundedWait;

inline constexpr QStringView BuyerEmail = u"buyer1@envisage.test";

// The sandbox buyer1 posts to: free ports, the demo seed in memory, and no limit on the
// messages a user may post per minute (the default 60 would pace the buyer).
QStringList demoSandboxArguments();
// POST /api/login. `wait` follows the sandbox: its death says more than a missing token.
Problem signIn(testing::TestHttp &http, const QUrl &apiUrl, const QString &email,
               const QString &password, const BoundedWait &wait, QString *token);
// The first of the buyer's conversations whose seller is the demo seller.
Problem findConversationWithDemoSeller(testing::TestHttp &http, const QUrl &apiUrl,
                                       const QString &buyerToken, qint64 *conversationId);

QString benchMessageBody(int message);
QString benchMessageClientId(int message);
// The number of a bench message from its body or client_id; nothing for anything else.
std::optional<int> benchMessageOfBody(QStringView body);
std::optional<int> benchMessageOfClientId(QStringView clientId);

struct PostSetup
{
    QUrl apiUrl;
    QString buyerToken;
    qint64 conversationId = 0;
    int messages = 0;
    double rate = 0; // POSTs per second; 0 = as fast as the answers come
    int requestTimeoutMs = 10000;
};

// What the POSTs took; NAN before the first answer.
struct PostFigures
{
    Percentiles roundTrip; // from just before a POST to its answer
    double seconds = NAN;  // from the first POST to the last answer
    double messagesPerSecond = NAN;
};

class BuyerPosts : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxInFlight = 8;

    // `clock` times sends and answers; the caller times what it receives with the same clock.
    explicit BuyerPosts(const QElapsedTimer &clock, QObject *parent = nullptr);
    ~BuyerPosts() override; // no answer is reported after this

    void start(const PostSetup &setup);
    int answeredCount() const { return m_answered; }
    bool allAnswered() const { return m_answered == m_setup.messages; }
    // On the clock; -1 for a message not sent (or not answered) yet, or not one of these.
    qint64 sentAtNs(int message) const { return timeOf(m_sentAtNs, message); }
    qint64 answeredAtNs(int message) const { return timeOf(m_answeredAtNs, message); }
    qint64 startNs() const { return m_startNs; }
    PostFigures figures() const;

Q_SIGNALS:
    void answered(int message); // 201 Created
    void failed(const QString &problem);

private:
    static qint64 timeOf(const std::vector<qint64> &times, int message)
    {
        return message >= 0 && size_t(message) < times.size() ? times[size_t(message)] : -1;
    }
    void sendDuePosts();
    void post(int message);
    void onAnswered(int message, int manager, QNetworkReply *reply);

    // QNetworkAccessManager opens at most 6 connections per host and queues further
    // requests inside itself, which would add hidden queueing to the latency; two managers
    // with at most 4 requests each give every POST in flight a connection of its own.
    static constexpr int Managers = 2;

    const QElapsedTimer &m_clock;
    PostSetup m_setup;
    std::array<QNetworkAccessManager, Managers> m_managers;
    std::array<int, Managers> m_inFlightPer{};
    QTimer m_pacing; // when a rate is set: wakes at the next POST's due time
    int m_next = 0;
    int m_inFlight = 0;
    int m_answered = 0;
    qint64 m_startNs = 0;
    std::vector<qint64> m_sentAtNs;
    std::vector<qint64> m_answeredAtNs;
};

} // namespace envisage::bench
