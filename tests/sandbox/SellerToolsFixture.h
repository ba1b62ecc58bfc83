#pragma once
// What the seller-tools tests share (tst_sandbox_seller_tools, tst_sandbox_search,
// tst_sandbox_saved_replies): a demo sandbox with its users signed in, and short
// helpers for the calls of marketplace-api.md §5.
#include "PusherTestClient.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace envisage::testing {

using namespace Qt::StringLiterals;

inline QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toInteger());
    return ids;
}

inline QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

class SellerToolsFixture
{
protected:
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_seller;
    QString m_seller2;
    QString m_buyer;      // buyer1
    QString m_otherBuyer; // buyer2
    qint64 m_sellerId = 0;
    qint64 m_buyerId = 0;
    qint64 m_longId = 0;    // seller ↔ buyer1, 5,000 messages
    qint64 m_otherId = 0;   // another seller ↔ buyer1 conversation
    qint64 m_foreignId = 0; // buyer2's, buyer1 is not part of it

    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }
    static QString conversationPath(qint64 id, const QString &tail = {})
    {
        return u"/api/conversations/%1"_s.arg(id) + tail;
    }

    QJsonObject conversation(qint64 id, const QString &token)
    {
        return m_http.get(api(conversationPath(id)), token).json().value(u"data"_s).toObject();
    }

    QJsonObject list(const QString &token, const QString &query)
    {
        return m_http.get(api(u"/api/conversations?"_s + query), token).json();
    }

    // Every conversation of the filter, all pages.
    QList<QJsonObject> everything(const QString &token, const QString &filter)
    {
        QList<QJsonObject> all;
        for (int page = 1; page < 20; ++page) {
            const QJsonObject answer =
                list(token, u"per_page=7&filter=%1&page=%2"_s.arg(filter).arg(page));
            for (const QJsonValue &value : answer.value(u"data"_s).toArray())
                all.append(value.toObject());
            if (answer.value(u"next_page_url"_s).isNull())
                break;
        }
        return all;
    }

    QSet<qint64> idSet(const QString &token, const QString &filter)
    {
        QSet<qint64> ids;
        for (const QJsonObject &conversation : everything(token, filter))
            ids.insert(conversation.value(u"id"_s).toInteger());
        return ids;
    }

    QJsonObject post(qint64 conversationId, const QString &body, const QString &token)
    {
        const TestResponse response = m_http.postJson(
            api(conversationPath(conversationId, u"/messages"_s)), {{u"body"_s, body}}, token);
        return response.json().value(u"data"_s).toObject();
    }

    int flag(const QByteArray &method, qint64 conversationId, const QString &tail,
             const QString &token, const QString &socketId = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!socketId.isEmpty())
            headers.append({"X-Socket-ID", socketId.toUtf8()});
        return m_http
            .send(method, api(conversationPath(conversationId, tail)), "{}", "application/json",
                  token, headers)
            .status;
    }

    void readAll(qint64 conversationId, const QString &token)
    {
        const qint64 newest =
            idsOf(
                m_http.get(api(conversationPath(conversationId, u"/messages?per_page=1"_s)), token)
                    .json()
                    .value(u"data"_s)
                    .toArray())
                .value(0);
        QCOMPARE(m_http
                     .postJson(api(conversationPath(conversationId, u"/read"_s)),
                               {{u"last_read_message_id"_s, newest}}, token)
                     .status,
                 204);
    }

    QJsonObject search(const QString &query, const QString &token, int *status = nullptr)
    {
        // Every byte but the unreserved ones encoded: the server sees exactly `query`.
        QUrl url = api(u"/api/search/messages"_s);
        url.setQuery(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(query)));
        const TestResponse response = m_http.get(url, token);
        if (status)
            *status = response.status;
        return response.json();
    }

    TestResponse sendReply(const QByteArray &method, const QString &path, const QJsonObject &body,
                           const QString &token, const QString &socketId = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!socketId.isEmpty())
            headers.append({"X-Socket-ID", socketId.toUtf8()});
        return m_http.send(method, api(path), QJsonDocument(body).toJson(), "application/json",
                           token, headers);
    }

    bool joinUserChannel(PusherTestClient &client, const QString &token, qint64 userId)
    {
        const QString channel = u"private-App.Models.User.%1"_s.arg(userId);
        const QJsonObject auth = m_http
                                     .postForm(api(u"/broadcasting/auth"_s),
                                               "socket_id=" + client.socketId().toUtf8() +
                                                   "&channel_name=" + channel.toUtf8(),
                                               token)
                                     .json();
        client.subscribe(channel, auth.value(u"auth"_s).toString());
        return client.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, channel)
            .has_value();
    }

    // Starts a demo sandbox and signs everyone in; false (with the reason) on failure.
    bool start(QString *why)
    {
        if (!m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s,
                              u"--send-limit"_s, u"5000"_s})) {
            *why = m_sandbox.errorOutput();
            return false;
        }
        m_seller = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_seller2 = m_http.login(api({}), u"seller2@envisage.test"_s, u"demo-seller"_s);
        m_buyer = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_otherBuyer = m_http.login(api({}), u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        if (m_seller.isEmpty() || m_seller2.isEmpty() || m_buyer.isEmpty() ||
            m_otherBuyer.isEmpty()) {
            *why = u"the demo accounts cannot sign in"_s;
            return false;
        }
        m_sellerId = m_http.get(api(u"/api/user"_s), m_seller).json().value(u"id"_s).toInteger();
        m_buyerId = m_http.get(api(u"/api/user"_s), m_buyer).json().value(u"id"_s).toInteger();
        QList<qint64> withSeller;
        for (const QJsonObject &c : everything(m_buyer, u"all"_s)) {
            if (c.value(u"seller"_s).toObject().value(u"id"_s).toInteger() == m_sellerId)
                withSeller.append(c.value(u"id"_s).toInteger());
        }
        std::sort(withSeller.begin(), withSeller.end());
        if (withSeller.size() < 3) {
            *why = u"buyer1 has fewer than 3 conversations with the demo seller"_s;
            return false;
        }
        m_longId = withSeller.first(); // ids follow the seeding order
        m_otherId = withSeller.at(2);
        m_foreignId = everything(m_otherBuyer, u"all"_s).first().value(u"id"_s).toInteger();
        return m_longId > 0 && m_foreignId > 0;
    }
};

} // namespace envisage::testing
