// Attachments between the seller's real window and the marketplace frontend's own
// libraries (marketplace-api.md §4), on the real envisage-sandbox: the Node peers of
// tests/interop/peer (laravel-echo + pusher-js, fetch + FormData) sign in as buyer1 and
// buyer2; the window (MainWindow + InboxSession, offscreen) as the seller.
//   - buyer1 uploads a PNG and a JPEG drawn here and posts them: the open conversation
//     shows the message with both, and their server thumbnails decode;
//   - the seller sends a photo and a PDF from the composer's tray: buyer1's Echo receives
//     .message.sent with both in the contract's shape, and downloads each with its own
//     token, byte for byte;
//   - buyer2, in no part of that conversation, gets 403 for each file and thumbnail.
// Everything on loopback; every wait has a deadline; every process is stopped.
#include "EchoPeer.h"
#include "SandboxProcess.h"
#include "SandboxSession.h"
#include "UiProbe.h"

#include "AttachmentImages.h"
#include "AttachmentTray.h"
#include "Composer.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "MainWindow.h"
#include "inbox/InboxSession.h"
#include "secrets/SecretStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QListView>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::EchoPeer;
using envisage::testing::is;
using envisage::testing::SandboxProcess;
using inbox::ConversationListModel;
using inbox::InboxSession;
using inbox::MessageListModel;

#define PEER_VERIFY(peer, expression, expected) LINES_VERIFY(peer, expression, expected)

namespace {

const QString AppId = u"ui-interop-app"_s;
const QString AppKey = u"ui-interop-key"_s;
const QString AppSecret = u"ui-interop-secret"_s;
constexpr int WaitMs = 15000;

// A small picture with something in it, encoded as `format`.
QByteArray drawnImage(const char *format, QColor colour)
{
    QImage image(240, 160, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRect(60, 30, 120, 70), 12, 12); // a seat back
    painter.drawRect(70, 100, 14, 50);                       // legs
    painter.drawRect(156, 100, 14, 50);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class UiInteropAttachmentsTest : public QObject
{
    Q_OBJECT

    // Declared so that destruction stops the peers and the window before the sandbox.
    QTemporaryDir m_folder;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<EchoPeer> m_buyer;    // buyer1, the conversation's buyer
    std::unique_ptr<EchoPeer> m_stranger; // buyer2, not in it
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<InboxSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_conversationId = 0;
    QString m_channel;
    QJsonArray m_sentBySeller; // the attachments of (b), for (c)

    QStringList peerArguments(const QString &email) const
    {
        return {u"--api-url"_s,    m_sandbox->apiUrl().toString(),
                u"--ws-host"_s,    m_sandbox->wsHost(),
                u"--ws-port"_s,    QString::number(m_sandbox->wsPort()),
                u"--app-key"_s,    AppKey,
                u"--app-id"_s,     AppId,
                u"--app-secret"_s, AppSecret,
                u"--email"_s,      email,
                u"--password"_s,   u"demo-buyer"_s};
    }

    MessageListModel *messages() const { return m_session->messages(); }
    ui::ConversationView *conversationView() const { return m_window->conversationView(); }

    QVariantList lastAttachments() const
    {
        return messages()
            ->index(messages()->rowCount() - 1)
            .data(MessageListModel::AttachmentsRole)
            .toList();
    }

    // The peer's upload of `bytes`; the Attachment the sandbox answers.
    QJsonObject upload(EchoPeer &peer, const QByteArray &bytes, const QString &name,
                       const QString &mime)
    {
        const auto answer = peer.run({{u"cmd"_s, u"upload"_s},
                                      {u"name"_s, name},
                                      {u"mime"_s, mime},
                                      {u"base64"_s, QString::fromLatin1(bytes.toBase64())}},
                                     WaitMs);
        if (!answer || answer->value(u"status"_s).toInt() != 201) {
            qWarning() << "upload of" << name << "answered" << (answer ? *answer : QJsonObject());
            return {};
        }
        if (answer->value(u"sha256"_s).toString() != sha256(bytes))
            qWarning() << "the peer sent other bytes than given";
        return answer->value(u"body"_s).toObject().value(u"data"_s).toObject();
    }

    std::optional<QJsonObject> download(EchoPeer &peer, const QString &url)
    {
        return peer.run({{u"cmd"_s, u"download"_s}, {u"url"_s, url}}, WaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = EchoPeer::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QCoreApplication::setApplicationName(u"tst_ui_interop_attachments"_s);
        QVERIFY(m_folder.isValid());

        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(
            m_sandbox->start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s, u"--app-id"_s,
                              AppId, u"--app-key"_s, AppKey, u"--app-secret"_s, AppSecret}),
            qPrintable(m_sandbox->errorOutput()));

        // The buyers sign in on their own while the seller does.
        m_buyer = std::make_unique<EchoPeer>();
        QVERIFY2(m_buyer->start(peerArguments(u"buyer1@envisage.test"_s)),
                 "the buyer's peer did not start");
        m_stranger = std::make_unique<EchoPeer>();
        QVERIFY2(m_stranger->start(peerArguments(u"buyer2@envisage.test"_s)),
                 "the other buyer's peer did not start");

        m_secrets = std::make_unique<secrets::MemorySecretStore>();
        InboxSession::Options options;
        options.cachePath = m_folder.filePath(u"cache.sqlite"_s);
        m_session = std::make_unique<InboxSession>(testing::profileOf(*m_sandbox), m_secrets.get(),
                                                   options);
        m_window = std::make_unique<ui::MainWindow>(m_session.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), InboxSession::State::Ready, WaitMs);

        const auto ready = m_buyer->take(is(u"ready"_s), WaitMs);
        PEER_VERIFY(*m_buyer, ready, u"ready"_s);
        const qint64 buyerId = ready->value(u"user"_s).toObject().value(u"id"_s).toInteger();
        PEER_VERIFY(*m_stranger, m_stranger->take(is(u"ready"_s), WaitMs), u"ready"_s);

        // The seller opens buyer1's newest conversation from the list, as a click does.
        QListView *list = m_window->conversationList()->view();
        QModelIndex row;
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, WaitMs);
        for (int i = 0; i < list->model()->rowCount() && !row.isValid(); ++i) {
            const QModelIndex index = list->model()->index(i, 0);
            if (index.data(ConversationListModel::CounterpartIdRole).toLongLong() == buyerId)
                row = index;
        }
        QVERIFY2(row.isValid(), "the seller shares no conversation with buyer1");
        m_conversationId = row.data(ConversationListModel::IdRole).toLongLong();
        m_channel = u"private-conversation.%1"_s.arg(m_conversationId);
        list->scrollTo(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QTRY_COMPARE_WITH_TIMEOUT(conversationView()->conversationId(), m_conversationId, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(messages()->messageCount() > 0, WaitMs);

        PEER_VERIFY(*m_buyer,
                    m_buyer->run({{u"cmd"_s, u"private"_s},
                                  {u"channel"_s, u"conversation.%1"_s.arg(m_conversationId)},
                                  {u"listen"_s, QJsonArray{u".message.sent"_s}}}),
                    u"the answer to a command"_s);
        PEER_VERIFY(*m_buyer, m_buyer->take(is(u"subscribed"_s, m_channel), WaitMs), m_channel);
    }

    void cleanupTestCase()
    {
        // Each peer leaves when its stdin closes; the window before the sandbox it talks to.
        if (m_stranger)
            m_stranger->stop();
        if (m_buyer)
            m_buyer->stop();
        m_window.reset();
        m_session.reset();
        if (m_sandbox)
            m_sandbox->stop();
    }

    // (a) fetch + FormData from the frontend's side, shown in the seller's window.
    void theBuyersPhotosAppearInTheWindow()
    {
        const QByteArray png = drawnImage("PNG", QColor(0x2e, 0x7d, 0x32));
        const QByteArray jpeg = drawnImage("JPEG", QColor(0xc6, 0x28, 0x28));
        const QJsonObject first = upload(*m_buyer, png, u"chair-front.png"_s, u"image/png"_s);
        const QJsonObject second = upload(*m_buyer, jpeg, u"chair-back.jpg"_s, u"image/jpeg"_s);
        QCOMPARE(first.value(u"mime"_s).toString(), u"image/png"_s);
        QCOMPARE(second.value(u"mime"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(first.value(u"size"_s).toInteger(), png.size());

        const QString text = u"Is it this one? %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const auto sent = m_buyer->run(
            {{u"cmd"_s, u"send"_s},
             {u"conversation_id"_s, m_conversationId},
             {u"body"_s, text},
             {u"client_id"_s, u"ui-interop-buyer-1"_s},
             {u"attachment_ids"_s, QJsonArray{first.value(u"id"_s), second.value(u"id"_s)}}},
            WaitMs);
        PEER_VERIFY(*m_buyer, sent && sent->value(u"status"_s).toInt() == 201,
                    u"201 for the post with attachment_ids"_s);

        QTRY_VERIFY_WITH_TIMEOUT(messages()->index(messages()->rowCount() - 1)
                                             .data(MessageListModel::BodyRole)
                                             .toString() == text &&
                                     lastAttachments().size() == 2,
                                 WaitMs);
        const QVariantList shown = lastAttachments();
        QCOMPARE(shown.at(0).toMap().value(u"id"_s).toString(), first.value(u"id"_s).toString());
        QCOMPARE(shown.at(1).toMap().value(u"id"_s).toString(), second.value(u"id"_s).toString());

        // The bubble's thumbnails: the server's JPEGs through the account's cache, decoded.
        ui::AttachmentImages *images = conversationView()->attachmentImages();
        for (const QVariant &attachment : shown) {
            const QVariantMap map = attachment.toMap();
            images->image(map);
            QTRY_COMPARE_WITH_TIMEOUT(images->state(map), ui::AttachmentImages::State::Ready,
                                      WaitMs);
            QVERIFY(!images->image(map).isNull());
        }
        // And painted: two squares side by side in the last bubble.
        ui::MessageListView *list = conversationView()->messageList();
        list->scrollToNewest();
        const QModelIndex row = list->model()->index(list->model()->rowCount() - 1, 0);
        auto *delegate = static_cast<ui::MessageDelegate *>(list->itemDelegate());
        const ui::MessageDelegate::Geometry geometry =
            delegate->geometry(testing::ui::optionFor(list, row), row);
        QCOMPARE(geometry.attachments.size(), 2);
        QCOMPARE(geometry.attachments.at(0).top(), geometry.attachments.at(1).top());
    }

    // (b) the window's composer sends; laravel-echo receives it and downloads each file.
    void theSellersFilesReachTheBuyersEcho()
    {
        // A PNG without metadata leaves as it is (a JPEG is always encoded again, to drop
        // its EXIF: OutboxFiles), so the buyer gets these very bytes.
        const QByteArray photoBytes = drawnImage("PNG", QColor(0x15, 0x65, 0xc0));
        const QByteArray pdfBytes = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
        const QString photo = m_folder.filePath(u"lamp.png"_s);
        const QString pdf = m_folder.filePath(u"receipt.pdf"_s);
        for (const auto &[path, bytes] : {std::pair{photo, photoBytes}, std::pair{pdf, pdfBytes}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        ui::Composer *composer = conversationView()->composer();
        composer->tray()->addFiles({photo, pdf});
        QCOMPARE(composer->tray()->paths().size(), 2);
        const QString text =
            u"The lamp and its receipt %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QTest::keyClicks(composer->edit(), text);
        QTest::keyClick(composer->edit(), Qt::Key_Return);

        const auto event = m_buyer->take(
            is(u"event"_s, m_channel,
               [&](const QJsonObject &line) {
                   return line.value(u"data"_s).toObject().value(u"body"_s).toString() == text;
               }),
            WaitMs);
        PEER_VERIFY(*m_buyer, event, u".message.sent with the seller's files"_s);
        QCOMPARE(event->value(u"event"_s).toString(), u".message.sent"_s);
        const QJsonObject message = event->value(u"data"_s).toObject();
        const QJsonArray attachments = message.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 2);
        const QStringList contractKeys{u"height"_s, u"id"_s,   u"mime"_s,
                                       u"name"_s,   u"size"_s, u"thumbnail_url"_s,
                                       u"url"_s,    u"width"_s};
        for (const QJsonValue &value : attachments)
            QCOMPARE(sortedKeys(value.toObject()), contractKeys);
        const QJsonObject sentPhoto = attachments.at(0).toObject();
        const QJsonObject sentPdf = attachments.at(1).toObject();
        QCOMPARE(sentPhoto.value(u"name"_s).toString(), u"lamp.png"_s);
        QCOMPARE(sentPhoto.value(u"mime"_s).toString(), u"image/png"_s);
        QCOMPARE(sentPhoto.value(u"width"_s).toInt(), 240);
        QVERIFY(sentPhoto.value(u"thumbnail_url"_s).isString());
        QCOMPARE(sentPdf.value(u"name"_s).toString(), u"receipt.pdf"_s);
        QCOMPARE(sentPdf.value(u"mime"_s).toString(), u"application/pdf"_s);
        QVERIFY(sentPdf.value(u"width"_s).isNull());
        QVERIFY(sentPdf.value(u"thumbnail_url"_s).isNull());

        // With the buyer's own token, the bytes the seller chose, unchanged.
        for (const auto &[attachment, bytes] :
             {std::pair{sentPhoto, photoBytes}, std::pair{sentPdf, pdfBytes}}) {
            const auto file = download(*m_buyer, attachment.value(u"url"_s).toString());
            PEER_VERIFY(*m_buyer, file, u"the download's answer"_s);
            QCOMPARE(file->value(u"status"_s).toInt(), 200);
            QCOMPARE(file->value(u"content_type"_s).toString(),
                     attachment.value(u"mime"_s).toString());
            QCOMPARE(file->value(u"size"_s).toInteger(), bytes.size());
            QCOMPARE(file->value(u"sha256"_s).toString(), sha256(bytes));
        }
        const auto thumbnail = download(*m_buyer, sentPhoto.value(u"thumbnail_url"_s).toString());
        PEER_VERIFY(*m_buyer, thumbnail, u"the thumbnail's answer"_s);
        QCOMPARE(thumbnail->value(u"status"_s).toInt(), 200);
        QCOMPARE(thumbnail->value(u"content_type"_s).toString(), u"image/jpeg"_s);

        // The window shows it once, sent.
        QTRY_VERIFY_WITH_TIMEOUT(messages()
                                         ->index(messages()->rowCount() - 1)
                                         .data(MessageListModel::IdRole)
                                         .toLongLong() == message.value(u"id"_s).toInteger(),
                                 WaitMs);
        QCOMPARE(lastAttachments().size(), 2);
        m_sentBySeller = attachments;
    }

    // (c) another buyer, signed in and holding the URLs, is refused.
    void anotherBuyerIsRefused()
    {
        if (m_sentBySeller.isEmpty())
            QSKIP("needs the files of theSellersFilesReachTheBuyersEcho");
        for (const QJsonValue &value : std::as_const(m_sentBySeller)) {
            const QJsonObject attachment = value.toObject();
            QStringList urls{attachment.value(u"url"_s).toString()};
            if (attachment.value(u"thumbnail_url"_s).isString())
                urls.append(attachment.value(u"thumbnail_url"_s).toString());
            for (const QString &url : urls) {
                const auto answer = download(*m_stranger, url);
                PEER_VERIFY(*m_stranger, answer, u"the download's answer"_s);
                QCOMPARE(answer->value(u"status"_s).toInt(), 403);
                QVERIFY(answer->value(u"sha256"_s).toString() !=
                        sha256(QByteArray())); // a JSON error body, not the file
                QVERIFY(answer->value(u"body"_s).toObject().contains(u"message"_s));
            }
        }
        // The buyer's own upload, posted in (a), is closed to the stranger as well.
        const QVariantList fromBuyer = messages()
                                           ->index(messages()->rowCount() - 2)
                                           .data(MessageListModel::AttachmentsRole)
                                           .toList();
        for (const QVariant &attachment : fromBuyer) {
            const auto answer =
                download(*m_stranger, attachment.toMap().value(u"url"_s).toString());
            PEER_VERIFY(*m_stranger, answer, u"the download's answer"_s);
            QCOMPARE(answer->value(u"status"_s).toInt(), 403);
        }
    }
};

QTEST_MAIN(UiInteropAttachmentsTest)
#include "tst_ui_interop_attachments.moc"
