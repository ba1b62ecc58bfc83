#include "BuyerPosts.h"

#include "BoundedWait.h"
#include "DemoSeeder.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace envisage::bench {

using namespace Qt::StringLiterals;
using sandbox::DemoAccounts;

namespace {

constexpr QStringView BodyPrefix = u"bench ";
constexpr QStringView ClientIdPrefix = u"bench-";

std::optional<int> numberAfter(QStringView prefix, QStringView text)
{
    if (!text.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const int number = text.mid(prefix.size()).toInt(&ok);
    return ok && number >= 0 ? std::optional<int>(number) : std::nullopt;
}

} // namespace

QStringList demoSandboxArguments()
{
    return {u"--port"_s, u"0"_s, u"--ws-port"_s, u"0"_s, u"--database"_s, u":memory:"_s,
            u"--seed"_s, u"demo"_s, u"--send-limit"_s, u"0"_s,
            // every subscriber and the buyer connect from 127.0.0.1
            u"--max-connections-per-address"_s, u"0"_s};
}

Problem signIn(testing::TestHttp &http, const QUrl &apiUrl, const QString &email,
               const QString &password, const BoundedWait &wait, QString *token)
{
    *token = http.login(apiUrl, email, password);
    if (token->isEmpty() && wait.hasFailed())
        return wait.problem();
    if (token->isEmpty())
        return u"POST /api/login as %1 gave no token; is the demo seed unchanged?"_s.arg(email);
    return {};
}

Problem findConversationWithDemoSeller(testing::TestHttp &http, const QUrl &apiUrl,
                                       const QString &buyerToken, qint64 *conversationId)
{
    const testing::TestResponse page =
        http.get(apiUrl.resolved(QUrl(u"/api/conversations?per_page=100"_s)), buyerToken);
    if (page.status != 200)
        return u"GET /api/conversations answered %1: %2"_s.arg(page.status)
            .arg(page.json().value(u"message"_s).toString());
    const QJsonArray conversations = page.json().value(u"data"_s).toArray();
    for (const QJsonValue &item : conversations) {
        const QJsonObject conversation = item.toObject();
        const QJsonObject seller = conversation.value(u"seller"_s).toObject();
        if (seller.value(u"email"_s) == QLatin1StringView(DemoAccounts::SellerEmail)) {
            *conversationId = conversation.value(u"id"_s).toInteger();
            return {};
        }
    }
    return u"The buyer has no conversation with %1; is the demo seed unchanged?"_s.arg(
        QLatin1StringView(DemoAccounts::SellerEmail));
}

QString benchMessageBody(int message)
{
    return BodyPrefix.toString() + QString::number(message);
}

QString benchMessageClientId(int message)
{
    return ClientIdPrefix.toString() + QString::number(message);
}

std::optional<int> benchMessageOfBody(QStringView body)
{
    return numberAfter(BodyPrefix, body);
}

std::optional<int> benchMessageOfClientId(QStringView clientId)
{
    return numberAfter(ClientIdPrefix, clientId);
}

BuyerPosts::BuyerPosts(const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    m_pacing.setSingleShot(true);
    m_pacing.setTimerType(Qt::PreciseTimer);
    connect(&m_pacing, &QTimer::timeout, this, &BuyerPosts::sendDuePosts);
}

BuyerPosts::~BuyerPosts()
{
    // The replies' handlers reach into this object: cut them before it goes away.
    for (QNetworkAccessManager &manager : m_managers) {
        const QList<QNetworkReply *> replies = manager.findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies)
            disconnect(reply, nullptr, nullptr, nullptr);
    }
}

void BuyerPosts::start(const PostSetup &setup)
{
    m_setup = setup;
    m_sentAtNs.assign(size_t(setup.messages), -1);
    m_answeredAtNs.assign(size_t(setup.messages), -1);
    m_startNs = m_clock.nsecsElapsed();
    sendDuePosts();
}

void BuyerPosts::sendDuePosts()
{
    while (m_next < m_setup.messages && m_inFlight < MaxInFlight) {
        if (m_setup.rate > 0) {
            const qint64 dueNs = m_startNs + qint64(m_next * 1e9 / m_setup.rate);
            const qint64 nowNs = m_clock.nsecsElapsed();
            if (nowNs < dueNs) {
                if (!m_pacing.isActive())
                    m_pacing.start(int((dueNs - nowNs + 999'999) / 1'000'000));
                return;
            }
        }
        post(m_next++);
    }
}

void BuyerPosts::post(int message)
{
    const auto least = std::min_element(m_inFlightPer.begin(), m_inFlightPer.end());
    const int manager = int(least - m_inFlightPer.begin());
    ++m_inFlightPer[size_t(manager)];
    ++m_inFlight;

    QNetworkRequest request(m_setup.apiUrl.resolved(
        QUrl(u"/api/conversations/%1/messages"_s.arg(m_setup.conversationId))));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_setup.buyerToken.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    request.setTransferTimeout(m_setup.requestTimeoutMs);
    const QJsonObject body{{u"body"_s, benchMessageBody(message)},
                           {u"client_id"_s, benchMessageClientId(message)}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_sentAtNs[size_t(message)] = m_clock.nsecsElapsed();
    QNetworkReply *reply = m_managers[size_t(manager)].post(request, bytes);
    connect(reply, &QNetworkReply::finished, this, [this, message, manager, reply] {
        reply->deleteLater();
        onAnswered(message, manager, reply);
    });
}

void BuyerPosts::onAnswered(int message, int manager, QNetworkReply *reply)
{
    m_answeredAtNs[size_t(message)] = m_clock.nsecsElapsed();
    --m_inFlightPer[size_t(manager)];
    --m_inFlight;
    ++m_answered;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 201) {
        Q_EMIT failed(u"POST of message %1 answered %2 %3"_s.arg(message).arg(status).arg(
            reply->errorString()));
        return;
    }
    sendDuePosts();
    Q_EMIT answered(message);
}

PostFigures BuyerPosts::figures() const
{
    PostFigures result;
    std::vector<qint64> roundTrips;
    qint64 lastAnswerNs = 0;
    for (size_t i = 0; i < m_answeredAtNs.size(); ++i) {
        if (m_answeredAtNs[i] >= 0) {
            roundTrips.push_back(m_answeredAtNs[i] - m_sentAtNs[i]);
            lastAnswerNs = std::max(lastAnswerNs, m_answeredAtNs[i]);
        }
    }
    result.roundTrip = percentilesOf(roundTrips);
    if (!roundTrips.empty()) {
        result.seconds = double(lastAnswerNs - m_startNs) / 1e9;
        result.messagesPerSecond = double(roundTrips.size()) / result.seconds;
    }
    return result;
}

} // namespace envisage::bench
