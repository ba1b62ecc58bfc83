// Saved replies in core: placeholders, the "/word", matching and the contract's rules as
// pure functions; the JSON; the model under QAbstractItemModelTester; the cache (schema
// 5) with its queue of edits; and against the real sandbox the API calls (422 per field,
// the clash named, 403), the queue through an outage and across a restart (each edit
// applied once, in order), a repeated create recognised, a refusal rolled back, and
// another device's change arriving through saved-replies.updated.
#include "FutureResult.h"
#include "OldSchemaCache.h"
#include "RestartableSandbox.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "api/MarketplaceApi.h"
#include "api/MarketplaceJson.h"
#include "inbox/InboxSession.h"
#include "inbox/SavedReplies.h"
#include "inbox/SavedReplyListModel.h"
#include "inbox/SavedReplyText.h"
#include "realtime/Echo.h"
#include "realtime/PusherChannel.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::TestHttp;
using inbox::InboxSession;
using inbox::SavedReplies;
using inbox::SavedReplyListModel;
using store::SavedReplyEdit;

namespace {

api::SavedReply reply(qint64 id, const QString &title, const QString &shortcut,
                      const QString &body = u"Body"_s)
{
    return {id, title, shortcut, body,
            QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + id, Qt::UTC)};
}

qint64 idOf(const SavedReplyListModel &model, const QString &shortcut)
{
    for (const api::SavedReply &reply : model.replies()) {
        if (reply.shortcut == shortcut)
            return reply.id;
    }
    return 0;
}

QStringList titles(const SavedReplyListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(SavedReplyListModel::TitleRole).toString();
    return result;
}

} // namespace

class SavedRepliesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    testing::RestartableSandbox m_sandbox;
    TestHttp m_http;
    QString m_sellerToken;

    std::unique_ptr<InboxSession> session(const QString &cacheName)
    {
        return testing::newSession(testing::profileOf(*m_sandbox), m_folder.filePath(cacheName));
    }

    QJsonArray serverReplies()
    {
        return m_http.get(m_sandbox->apiUrl(u"/api/saved-replies"_s), m_sellerToken)
            .json()
            .value(u"data"_s)
            .toArray();
    }

    int serverCount(const QString &shortcut)
    {
        int count = 0;
        for (const QJsonValue &value : serverReplies())
            count += value.toObject().value(u"shortcut"_s).toString() == shortcut ? 1 : 0;
        return count;
    }

    QJsonObject serverReply(const QString &shortcut)
    {
        for (const QJsonValue &value : serverReplies()) {
            if (value.toObject().value(u"shortcut"_s).toString() == shortcut)
                return value.toObject();
        }
        return {};
    }

    testing::TestResponse restCall(const QByteArray &method, const QString &path,
                                   const QJsonObject &body, const QString &socketId = {})
    {
        return m_http.sendJson(method, m_sandbox->apiUrl(path), body, m_sellerToken, socketId);
    }

    // Signed in with the confirmed token, online, with the server's list in the model.
    std::unique_ptr<InboxSession> onlineSession(const QString &cacheName)
    {
        auto inbox = session(cacheName);
        inbox->signInWithToken(m_sellerToken);
        if (!QTest::qWaitFor(
                [&] {
                    return inbox->connection() == InboxSession::Connection::Online &&
                           inbox->savedReplies() && inbox->savedReplies()->isKnown() &&
                           inbox->savedReplyModel()->rowCount() >= 6 &&
                           testing::ownChannelSubscribed(*inbox);
                },
                10000))
            qWarning() << "the session did not come online with its saved replies";
        inbox->savedReplies()->setRetryDelays(std::chrono::milliseconds(100),
                                              std::chrono::milliseconds(300));
        return inbox;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QVERIFY(m_sandbox.start(m_folder.filePath(u"sandbox.sqlite"_s)));
        m_sellerToken =
            m_http.login(m_sandbox->apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        QVERIFY(!m_sellerToken.isEmpty());
    }

    // --- Pure functions -------------------------------------------------------------

    void placeholdersAreFilledOnce()
    {
        const inbox::PlaceholderValues values{u"Ada Novak"_s, u"Oak desk"_s, u"249,00 €"_s,
                                              u"Sam {buyer}"_s};
        QCOMPARE(
            inbox::fillPlaceholders(u"Hi {buyer}, the {listing} is {price}. — {seller}"_s, values),
            u"Hi Ada Novak, the Oak desk is 249,00 €. — Sam {buyer}"_s);
        // Unknown, malformed and empty placeholders stay as written.
        QCOMPARE(inbox::fillPlaceholders(u"{Buyer} {colour} {buyer {} {{buyer}}"_s, values),
                 u"{Buyer} {colour} {buyer {} {Ada Novak}"_s);
        QCOMPARE(inbox::fillPlaceholders(u"{listing} for {price}"_s, {u"A"_s, {}, {}, {}}),
                 u"{listing} for {price}"_s);
        QCOMPARE(inbox::fillPlaceholders(QString(), values), QString());
    }

    void slashWordsStartAWord()
    {
        QCOMPARE(inbox::slashWordAt(u"/avail"_s, 6).start, 0);
        QCOMPARE(inbox::slashWordAt(u"/avail"_s, 6).word, u"avail"_s);
        QCOMPARE(inbox::slashWordAt(u"Hi! /pr"_s, 7).word, u"pr"_s);
        QCOMPARE(inbox::slashWordAt(u"Hi\n/"_s, 4).start, 3);
        QCOMPARE(inbox::slashWordAt(u"Hi\n/"_s, 4).word, QString());
        QCOMPARE(inbox::slashWordAt(u"and/or"_s, 6).start, -1);
        QCOMPARE(inbox::slashWordAt(u"https://x.test/a"_s, 16).start, -1);
        QCOMPARE(inbox::slashWordAt(u"/avail now"_s, 10).start, -1); // past the word
        QCOMPARE(inbox::slashWordAt(u"/avail now"_s, 3).word, u"av"_s);
    }

    void matchingAndRules()
    {
        const api::SavedReply available =
            reply(1, u"Still available"_s, u"available"_s, u"Hi {buyer}, yes"_s);
        QVERIFY(inbox::savedReplyMatches(available, u"avail"_s));
        QVERIFY(inbox::savedReplyMatches(available, u"STILL"_s));
        QVERIFY(inbox::savedReplyMatches(available, {}));
        QVERIFY(inbox::savedReplyMatches(available, u"lable"_s)); // the title contains it
        QVERIFY(!inbox::savedReplyMatches(available, u"buyer"_s));
        QVERIFY(inbox::savedReplyMatches(available, u"buyer"_s, true));

        using Input = inbox::SavedReplyInput;
        QVERIFY(inbox::validateSavedReply(Input{u"T"_s, u"a-1"_s, u"B"_s}, {}).isEmpty());
        const auto errors =
            inbox::validateSavedReply(Input{u"   "_s, u"Bad Shortcut"_s, QString(5001, u'x')}, {});
        QCOMPARE(errors.keys(), (QStringList{u"body"_s, u"shortcut"_s, u"title"_s}));
        QVERIFY(inbox::validateSavedReply(Input{QString(61, u'x'), u"a"_s, u"b"_s}, {})
                    .contains(u"title"_s));
        QVERIFY(inbox::validateSavedReply(Input{u"t"_s, QString(31, u'a'), u"b"_s}, {})
                    .contains(u"shortcut"_s));
        // Characters, not UTF-16 units: 60 emoji are a valid title.
        QString emoji;
        for (int i = 0; i < 60; ++i)
            emoji += u"\U0001F600"_s;
        QVERIFY(inbox::validateSavedReply(Input{emoji, u"a"_s, u"b"_s}, {}).isEmpty());
        const auto clash =
            inbox::validateSavedReply(Input{u"New"_s, u" available "_s, u"b"_s}, {available});
        QVERIFY(clash.value(u"shortcut"_s).contains(u"Still available"_s));
    }

    void jsonRoundTripsAndChecksFields()
    {
        const api::SavedReply original = reply(4, u"Still available"_s, u"available"_s);
        QString error;
        const std::optional<api::SavedReply> read = api::MarketplaceJson::readSavedReply(
            api::MarketplaceJson::writeSavedReply(original), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, original);
        QJsonObject broken = api::MarketplaceJson::writeSavedReply(original);
        broken.insert(u"shortcut"_s, 5);
        QVERIFY(!api::MarketplaceJson::readSavedReplyList(
            QJsonObject{{u"data"_s, QJsonArray{broken}}}, &error));
        QCOMPARE(error, u"data[0].shortcut: expected a string"_s);
        error.clear();
        QVERIFY(!api::MarketplaceJson::readSavedReplyList(QJsonObject{}, &error));
        QCOMPARE(
            api::MarketplaceJson::readSavedReplyList(QJsonObject{{u"data"_s, QJsonArray{}}}, &error)
                ->size(),
            0);
    }

    void modelFollowsTheListRowByRow()
    {
        SavedReplyListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setReplies({reply(2, u"Shipping"_s, u"shipping"_s), reply(1, u"available"_s, u"a"_s),
                          reply(3, u"Lowest price"_s, u"price"_s)});
        QCOMPARE(titles(model), (QStringList{u"available"_s, u"Lowest price"_s, u"Shipping"_s}));
        QPersistentModelIndex shipping = model.index(2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A new one, a removed one, a changed body: no reset, the persistent index follows.
        model.setReplies({reply(2, u"Shipping"_s, u"shipping"_s, u"Changed"_s),
                          reply(1, u"available"_s, u"a"_s), reply(5, u"Bye"_s, u"bye"_s)},
                         {5});
        QCOMPARE(titles(model), (QStringList{u"available"_s, u"Bye"_s, u"Shipping"_s}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(shipping.row(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(),
                 QList<int>{SavedReplyListModel::BodyRole});
        QVERIFY(model.index(1).data(SavedReplyListModel::PendingRole).toBool());
        // A retitled reply moves (a layout change), the persistent index with it.
        model.setReplies({reply(2, u"A shipping"_s, u"shipping"_s, u"Changed"_s),
                          reply(1, u"available"_s, u"a"_s), reply(5, u"Bye"_s, u"bye"_s)});
        QCOMPARE(titles(model), (QStringList{u"A shipping"_s, u"available"_s, u"Bye"_s}));
        QCOMPARE(shipping.row(), 0);
        QVERIFY(!model.index(2).data(SavedReplyListModel::PendingRole).toBool());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void theCacheKeepsTheListAndTheQueue()
    {
        const QString path = m_folder.filePath(u"store-replies.sqlite"_s);
        {
            store::Store store(path);
            QVERIFY(testing::futureResult(store.open()).ok);
            QCOMPARE(testing::futureResult(store.run<int>(
                         [](store::StoreDatabase &db) { return db.schemaVersion(); })),
                     store::StoreDatabase::SchemaVersion);
            QVERIFY(!testing::futureResult(store.savedReplyCache()).known);
            QVERIFY(testing::futureResult(store.saveSavedReplies(
                {reply(7, u"Seven"_s, u"seven"_s), reply(3, u"Three"_s, u"three"_s)})));
            SavedReplyEdit create{
                u"e1"_s, SavedReplyEdit::Kind::Create, -5, u"New"_s, u"new"_s, u"Body"_s, 0};
            SavedReplyEdit rename{u"e2"_s, SavedReplyEdit::Kind::Update, -5, u"Newer"_s, {}, {}, 0};
            SavedReplyEdit remove{u"e3"_s, SavedReplyEdit::Kind::Delete, 7, {}, {}, {}, 0};
            QVERIFY(testing::futureResult(store.addSavedReplyEdit(create)));
            QVERIFY(testing::futureResult(store.addSavedReplyEdit(rename)));
            QVERIFY(testing::futureResult(store.addSavedReplyEdit(remove)));
            QVERIFY(!testing::futureResult(store.addSavedReplyEdit(remove))); // the same id twice
            rename.attempts = 2;
            QVERIFY(testing::futureResult(store.updateSavedReplyEdit(rename)));
        }
        store::Store store(path);
        QVERIFY(testing::futureResult(store.open()).ok);
        store::SavedReplyCache cache = testing::futureResult(store.savedReplyCache());
        QVERIFY(cache.known);
        QCOMPARE(cache.replies.size(), 2);
        QCOMPARE(cache.replies.first().title, u"Seven"_s); // the server's order
        QCOMPARE(cache.edits.size(), 3);
        QCOMPARE(cache.edits.at(0).editId, u"e1"_s);
        QCOMPARE(cache.edits.at(1).attempts, 2);
        QVERIFY(cache.edits.at(1).shortcut.isNull()); // unchanged fields stay null
        QVERIFY(!cache.edits.at(1).title.isNull());
        // The create applied: gone from the queue, the later edit names the server's id.
        QVERIFY(testing::futureResult(store.savedReplyEditApplied(
            u"e1"_s, {reply(7, u"Seven"_s, u"seven"_s), reply(40, u"New"_s, u"new"_s)}, -5, 40)));
        cache = testing::futureResult(store.savedReplyCache());
        QCOMPARE(cache.edits.size(), 2);
        QCOMPARE(cache.edits.at(0).replyId, 40);
        QCOMPARE(cache.replies.size(), 2);
        QVERIFY(testing::futureResult(store.removeSavedReplyEdits({u"e2"_s, u"e3"_s})));
        QVERIFY(testing::futureResult(store.savedReplyCache()).edits.isEmpty());
    }

    void anOlderCacheGainsTheTables_data()
    {
        QTest::addColumn<int>("from");
        QTest::addRow("version 3") << 3;
        QTest::addRow("version 4 (attachments)") << 4;
    }

    void anOlderCacheGainsTheTables()
    {
        QFETCH(int, from);
        const QString path = m_folder.filePath(u"v%1.sqlite"_s.arg(from));
        {
            testing::OldSchemaCache oldCache(path, from);
            QVERIFY2(oldCache.create(), qPrintable(oldCache.error()));
            QSqlQuery query = oldCache.query();
            QVERIFY(query.exec(u"INSERT INTO drafts VALUES (4, 'kept', 0)"_s));
            QVERIFY(query.exec(u"INSERT INTO outbox (client_id, conversation_id, body, "
                               "created_at, state, attempts, sequence) VALUES ('old', 4, "
                               "'', 1700000000000, 'pending', 0, 1)"_s));
            if (from >= 4)
                QVERIFY(query.exec(u"INSERT INTO outbox_attachments VALUES ('old', 0, "
                                   "'/copies/a.jpg', 'a.jpg', 'image/jpeg', 100, 'up-a', "
                                   "NULL)"_s));
        }
        store::Store store(path);
        const QString notUpgraded = testing::openUpgraded(store);
        QVERIFY2(notUpgraded.isEmpty(), qPrintable(notUpgraded));
        QCOMPARE(testing::futureResult(store.drafts()).value(4), u"kept"_s);
        const QList<store::OutboxEntry> outbox = testing::futureResult(store.outbox());
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().attachments.size(), from >= 4 ? 1 : 0);
        QVERIFY(!testing::futureResult(store.savedReplyCache()).known);
        QVERIFY(testing::futureResult(
            store.addSavedReplyEdit({u"x"_s, SavedReplyEdit::Kind::Delete, 3, {}, {}, {}, 0})));
        QCOMPARE(testing::futureResult(store.savedReplyCache()).edits.size(), 1);
    }

    // --- Against the sandbox ----------------------------------------------------------

    void apiCallsAndFieldErrors()
    {
        api::MarketplaceApi api(m_sandbox->apiUrl());
        api.setTokenProvider([this] { return m_sellerToken; });
        std::optional<api::ApiResult<QList<api::SavedReply>>> listed;
        api.savedReplies(this, [&](const auto &result) { listed = result; });
        QTRY_VERIFY(listed);
        QVERIFY(listed->ok());
        QVERIFY(listed->value().size() >= 6);

        std::optional<api::ApiResult<api::SavedReply>> created;
        api.createSavedReply(this, u"Bundle deal"_s, u"bundle"_s, u"Two for {price}"_s,
                             [&](const auto &result) { created = result; });
        QTRY_VERIFY(created);
        QVERIFY(created->ok());
        const qint64 id = created->value().id;
        QCOMPARE(created->value().shortcut, u"bundle"_s);

        // 422: every field named, the clash naming the reply that has the shortcut.
        created.reset();
        api.createSavedReply(this, QString(61, u'x'), u"available"_s, QString(),
                             [&](const auto &result) { created = result; });
        QTRY_VERIFY(created);
        QCOMPARE(created->error().kind, api::ApiError::Kind::Validation);
        QCOMPARE(created->error().fieldErrors.keys(),
                 (QStringList{u"body"_s, u"shortcut"_s, u"title"_s}));
        QVERIFY(created->error()
                    .fieldErrors.value(u"shortcut"_s)
                    .first()
                    .contains(u"Still available"_s));

        std::optional<api::ApiResult<api::SavedReply>> updated;
        api.updateSavedReply(this, id, {{u"body"_s, u"Three for {price}"_s}},
                             [&](const auto &result) { updated = result; });
        QTRY_VERIFY(updated);
        QVERIFY(updated->ok());
        QCOMPARE(updated->value().title, u"Bundle deal"_s);
        QCOMPARE(updated->value().body, u"Three for {price}"_s);

        // Someone else's reply: 403.
        api::MarketplaceApi buyer(m_sandbox->apiUrl());
        const QString buyerToken =
            m_http.login(m_sandbox->apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        buyer.setTokenProvider([buyerToken] { return buyerToken; });
        std::optional<api::ApiResult<api::NoContent>> forbidden;
        buyer.deleteSavedReply(this, id, [&](const auto &result) { forbidden = result; });
        QTRY_VERIFY(forbidden);
        QCOMPARE(forbidden->error().kind, api::ApiError::Kind::Forbidden);

        std::optional<api::ApiResult<api::NoContent>> deleted;
        api.deleteSavedReply(this, id, [&](const auto &result) { deleted = result; });
        QTRY_VERIFY(deleted);
        QVERIFY(deleted->ok());
        QCOMPARE(serverCount(u"bundle"_s), 0);
    }

    void editsMadeOfflineAreAppliedOnceInOrder()
    {
        auto inbox = onlineSession(u"offline-edits.sqlite"_s);
        SavedReplies *replies = inbox->savedReplies();
        SavedReplyListModel *model = inbox->savedReplyModel();
        const qint64 photos = model->replies().at(0).id;
        const QString photosTitle = model->reply(photos)->title;
        QCOMPARE(m_sandbox->stop(), 0);
        QTRY_VERIFY(inbox->connection() != InboxSession::Connection::Online);

        QSignalSpy applied(replies, &SavedReplies::editApplied);
        QSignalSpy refused(replies, &SavedReplies::editRefused);
        replies->add({u"Offline one"_s, u"offline-one"_s, u"First"_s});
        const QString two = replies->add({u"Offline two"_s, u"offline-two"_s, u"Second"_s});
        QVERIFY(!two.isEmpty());
        // An edit of a reply not created yet changes the create; a rename of a server one.
        const qint64 localTwo = idOf(*model, u"offline-two"_s);
        QVERIFY(localTwo < 0);
        QVERIFY(model->isPending(localTwo));
        replies->update(localTwo, {u"Offline two"_s, u"offline-two"_s, u"Second, edited"_s});
        replies->update(photos, {photosTitle + u" (edited)"_s, model->reply(photos)->shortcut,
                                 model->reply(photos)->body});
        QTest::qWait(600);
        QCOMPARE(replies->pendingEdits().size(), 3); // queued, not lost
        QVERIFY(titles(*model).contains(u"Offline one"_s));

        QVERIFY(m_sandbox.startAgain());
        QTRY_VERIFY_WITH_TIMEOUT(replies->pendingEdits().isEmpty(), 20000);
        QCOMPARE(refused.size(), 0);
        QCOMPARE(applied.size(), 3);
        QCOMPARE(serverCount(u"offline-one"_s), 1);
        QCOMPARE(serverCount(u"offline-two"_s), 1);
        QCOMPARE(serverReply(u"offline-two"_s).value(u"body"_s).toString(), u"Second, edited"_s);
        QVERIFY(serverReply(u"offline-one"_s).value(u"id"_s).toInteger() <
                serverReply(u"offline-two"_s).value(u"id"_s).toInteger()); // in order
        // The model holds the server's ids now.
        for (const api::SavedReply &r : model->replies())
            QVERIFY(r.id > 0);
        QVERIFY(titles(*model).contains(photosTitle + u" (edited)"_s));
        for (const QString &shortcut : {u"offline-one"_s, u"offline-two"_s})
            restCall(
                "DELETE",
                u"/api/saved-replies/%1"_s.arg(serverReply(shortcut).value(u"id"_s).toInteger()),
                {});
        restCall("PATCH", u"/api/saved-replies/%1"_s.arg(photos), {{u"title"_s, photosTitle}});
    }

    void aQueuedEditSurvivesARestart()
    {
        {
            auto inbox = onlineSession(u"restart-edits.sqlite"_s);
            QCOMPARE(m_sandbox->stop(), 0);
            QTRY_VERIFY(inbox->connection() != InboxSession::Connection::Online);
            inbox->savedReplies()->add({u"After restart"_s, u"after-restart"_s, u"Kept"_s});
            QTest::qWait(300); // written to the cache
        }
        QVERIFY(m_sandbox.startAgain());
        auto inbox = session(u"restart-edits.sqlite"_s);
        inbox->signInWithToken(m_sellerToken);
        // Shown from the cache at once, as pending.
        QTRY_VERIFY(inbox->savedReplies() && inbox->savedReplies()->isLoaded());
        QTRY_VERIFY_WITH_TIMEOUT(serverCount(u"after-restart"_s) == 1, 15000);
        QTRY_VERIFY(inbox->savedReplies()->pendingEdits().isEmpty());
        QTest::qWait(300);
        QCOMPARE(serverCount(u"after-restart"_s), 1);
        restCall("DELETE",
                 u"/api/saved-replies/%1"_s.arg(
                     serverReply(u"after-restart"_s).value(u"id"_s).toInteger()),
                 {});
    }

    void aRepeatedCreateIsTakenAsApplied()
    {
        // As if the app died after the server created the reply but before the answer
        // was recorded: the create is still queued, and the reply is on the server.
        const QString cache = m_folder.filePath(u"repeat.sqlite"_s);
        QCOMPARE(
            restCall(
                "POST", u"/api/saved-replies"_s,
                {{u"title"_s, u"Repeat"_s}, {u"shortcut"_s, u"repeat"_s}, {u"body"_s, u"Once"_s}})
                .status,
            201);
        {
            store::Store store(cache);
            QVERIFY(testing::futureResult(store.open()).ok);
            QVERIFY(testing::futureResult(
                store.addSavedReplyEdit({u"lost-answer"_s, SavedReplyEdit::Kind::Create, -9,
                                         u"Repeat"_s, u"repeat"_s, u"Once"_s, 1})));
        }
        auto inbox = session(u"repeat.sqlite"_s);
        inbox->signInWithToken(m_sellerToken);
        QTRY_VERIFY(inbox->savedReplies());
        QSignalSpy applied(inbox->savedReplies(), &SavedReplies::editApplied);
        QSignalSpy refused(inbox->savedReplies(), &SavedReplies::editRefused);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
        QCOMPARE(refused.size(), 0);
        QCOMPARE(serverCount(u"repeat"_s), 1);
        QCOMPARE(inbox->savedReplyModel()->replies().count(
                     api::SavedReply{applied.first().at(1).value<api::SavedReply>()}),
                 1);
        restCall(
            "DELETE",
            u"/api/saved-replies/%1"_s.arg(serverReply(u"repeat"_s).value(u"id"_s).toInteger()),
            {});
    }

    void aRefusalRollsBackAndSaysWhy()
    {
        auto inbox = onlineSession(u"refused.sqlite"_s);
        SavedReplies *replies = inbox->savedReplies();
        SavedReplyListModel *model = inbox->savedReplyModel();
        // Another device takes a shortcut; the broadcast leaves this connection out (its
        // socket id), so this client's list is out of date (unless a refresh that was on
        // its way when the channel subscribed brings it: the server refuses either way).
        QCOMPARE(restCall("POST", u"/api/saved-replies"_s,
                          {{u"title"_s, u"Taken elsewhere"_s},
                           {u"shortcut"_s, u"taken"_s},
                           {u"body"_s, u"Theirs"_s}},
                          inbox->echo()->socketId())
                     .status,
                 201);
        QSignalSpy refused(replies, &SavedReplies::editRefused);
        const int before = model->rowCount();
        const QString editId = replies->add({u"Mine"_s, u"taken"_s, u"Mine"_s});
        QCOMPARE(model->rowCount(), before + 1); // optimistic
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), editId);
        const api::ApiError error = refused.first().at(1).value<api::ApiError>();
        QVERIFY(error.fieldErrors.value(u"shortcut"_s).first().contains(u"Taken elsewhere"_s));
        QVERIFY(refused.first().at(2).toString().contains(u"Mine"_s));
        // Rolled back, then refreshed: the other device's reply is there, ours is not.
        QTRY_VERIFY(titles(*model).contains(u"Taken elsewhere"_s));
        QVERIFY(!titles(*model).contains(u"Mine"_s));
        QVERIFY(replies->pendingEdits().isEmpty());
        restCall("DELETE",
                 u"/api/saved-replies/%1"_s.arg(serverReply(u"taken"_s).value(u"id"_s).toInteger()),
                 {});
    }

    void anotherDeviceEditArrivesWithinASecond()
    {
        auto inbox = onlineSession(u"broadcast.sqlite"_s);
        SavedReplyListModel *model = inbox->savedReplyModel();
        const api::SavedReply first = model->replies().first();
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(restCall("PATCH", u"/api/saved-replies/%1"_s.arg(first.id),
                          {{u"body"_s, u"Changed on the phone"_s}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(model->reply(first.id)->body, u"Changed on the phone"_s, 1000);
        qInfo() << "the broadcast arrived after" << clock.elapsed() << "ms";
        restCall("PATCH", u"/api/saved-replies/%1"_s.arg(first.id), {{u"body"_s, first.body}});
    }

    void cliListsAddsAndRemoves()
    {
        const auto cli = [this](const QStringList &arguments, QByteArray *out, QByteArray *err) {
            QProcess process;
            process.start(QStringLiteral(ENVISAGE_CLI_BIN),
                          QStringList{u"--server"_s, m_sandbox->apiUrl().toString(), u"--token"_s,
                                      m_sellerToken, u"replies"_s} +
                              arguments);
            if (!process.waitForFinished(30000)) {
                process.kill();
                process.waitForFinished(2000);
                return -1;
            }
            *out = process.readAllStandardOutput();
            *err = process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray out, err;
        QCOMPARE(cli({u"list"_s}, &out, &err), 0);
        QVERIFY(out.count('\n') >= 6);
        QVERIFY(out.contains("\"shortcut\":\"available\""));
        QCOMPARE(cli({u"add"_s, u"From the CLI"_s, u"cli"_s, u"Scripted"_s}, &out, &err), 0);
        const qint64 id = QJsonDocument::fromJson(out).object().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        // Refused: the clash named, exit code 5, the fields in "errors".
        QCOMPARE(cli({u"add"_s, u"Again"_s, u"cli"_s, u"Scripted"_s}, &out, &err), 5);
        const QJsonObject refusal = QJsonDocument::fromJson(err).object();
        QVERIFY(refusal.value(u"errors"_s)
                    .toObject()
                    .value(u"shortcut"_s)
                    .toArray()
                    .first()
                    .toString()
                    .contains(u"From the CLI"_s));
        QCOMPARE(cli({u"add"_s, u"Bad"_s, u"Not OK"_s, u"x"_s}, &out, &err), 5); // checked here
        QCOMPARE(cli({u"rm"_s, QString::number(id)}, &out, &err), 0);
        QCOMPARE(cli({u"rm"_s, QString::number(id)}, &out, &err), 4);
        QCOMPARE(cli({u"rm"_s, u"x"_s}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(SavedRepliesTest)
#include "tst_saved_replies.moc"
