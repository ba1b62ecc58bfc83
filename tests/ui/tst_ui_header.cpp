// The conversation header on the offscreen platform, against the real sandbox with its
// demo pictures: a demo conversation opened in the window shows the buyer's name, their
// picture (or their initials when they have none) with presence, and the listing's
// title, price and picture, all fetched through the account's cache (the conversation
// list paints the same avatars); names and titles are plain text and elided. With
// ENVISAGE_HEADER_SHOTS set to a folder, the header is saved there as header-light.png
// and header-dark.png.
#include "SandboxProcess.h"
#include "SessionWindow.h"
#include "TestHttp.h"

#include "ConversationHeader.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "ElidedLabel.h"
#include "MainWindow.h"
#include "MarketplacePictures.h"
#include "inbox/InboxSession.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QListView>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::profileOf;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::ui::SessionWindow;
using inbox::ConversationListModel;
using ui::ConversationHeader;
using ui::MarketplacePictures;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    dark.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    dark.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

} // namespace

class UiHeaderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QJsonArray m_conversations; // the seller's, as the server has them
    SessionWindow m_ui;

    ConversationListModel *list() const { return m_ui.session->conversations(); }
    ui::ConversationView *view() const { return m_ui.window->conversationView(); }
    ConversationHeader *header() const { return view()->header(); }

    // The first conversation whose buyer has a picture (or has none).
    QJsonObject conversationWhereBuyer(bool hasPicture) const
    {
        for (const QJsonValue &value : m_conversations) {
            const QJsonObject buyer = value.toObject().value(u"buyer"_s).toObject();
            if (buyer.value(u"avatar_url"_s).isString() == hasPicture)
                return value.toObject();
        }
        return {};
    }

    void open(qint64 id)
    {
        QTRY_VERIFY(list()->rowOfConversation(id) >= 0);
        QListView *listView = m_ui.window->conversationList()->view();
        const QModelIndex index = list()->index(list()->rowOfConversation(id));
        listView->setCurrentIndex(index);
        listView->scrollTo(index);
        QTRY_COMPARE(m_ui.session->openConversationId(), id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QCoreApplication::setApplicationName(u"tst_ui_header"_s);
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        const QString token =
            m_http.login(m_sandbox.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_conversations = m_http.get(m_sandbox.apiUrl(u"/api/conversations?per_page=100"_s), token)
                              .json()
                              .value(u"data"_s)
                              .toArray();
        QVERIFY(!conversationWhereBuyer(true).isEmpty());
        QVERIFY(!conversationWhereBuyer(false).isEmpty());

        QVERIFY(m_ui.show(profileOf(m_sandbox), m_folder.filePath(u"cache.sqlite"_s), {1100, 700}));
        QVERIFY(m_ui.signIn(u"seller@envisage.test"_s, u"demo-seller"_s, 10000));
    }

    void cleanupTestCase()
    {
        m_ui.close();
        m_sandbox.stop();
    }

    void showsTheBuyersPictureAndTheListing()
    {
        const QJsonObject conversation = conversationWhereBuyer(true);
        const QJsonObject listing = conversation.value(u"listing"_s).toObject();
        open(conversation.value(u"id"_s).toInteger());
        QTRY_COMPARE(header()->listingTitleLabel()->text(), listing.value(u"title"_s).toString());
        QCOMPARE(header()->nameLabel()->fullText(),
                 conversation.value(u"buyer"_s).toObject().value(u"name"_s).toString());
        const QString price = header()->priceLabel()->text();
        QVERIFY2(
            price.contains(QString::number(int(listing.value(u"price"_s).toString().toDouble()))),
            qPrintable(price));
        QTRY_VERIFY_WITH_TIMEOUT(header()->showsListingPicture(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(header()->showsAvatarPicture(), 5000);
        QVERIFY(!header()->listingImageLabel()->pixmap().isNull());
        QVERIFY(header()->listingImageLabel()->isVisible());
        QVERIFY(!header()->avatarLabel()->pixmap().isNull());
        // Plain text, whatever the title says.
        QCOMPARE(header()->listingTitleLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(header()->nameLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(header()->presenceLabel()->textFormat(), Qt::PlainText);

        // The list paints the same picture, from the same cache.
        const QString avatarUrl =
            conversation.value(u"buyer"_s).toObject().value(u"avatar_url"_s).toString();
        QTRY_VERIFY(!view()
                         ->pictures()
                         ->pixmap(avatarUrl, {44, 44}, MarketplacePictures::Shape::Circle,
                                  m_ui.window->devicePixelRatioF())
                         .isNull());

        if (const QString folder = qEnvironmentVariable("ENVISAGE_HEADER_SHOTS");
            !folder.isEmpty()) {
            QVERIFY(header()->grab().save(QDir(folder).filePath(u"header-light.png"_s)));
            QApplication::setPalette(darkPalette());
            QCoreApplication::processEvents();
            QVERIFY(header()->grab().save(QDir(folder).filePath(u"header-dark.png"_s)));
            QVERIFY(m_ui.window->grab().save(QDir(folder).filePath(u"window-dark.png"_s)));
            QApplication::setPalette(QApplication::style()->standardPalette());
            QCoreApplication::processEvents();
            QVERIFY(m_ui.window->grab().save(QDir(folder).filePath(u"window-light.png"_s)));
        }
    }

    void showsInitialsWithoutAPicture()
    {
        const QJsonObject conversation = conversationWhereBuyer(false);
        open(conversation.value(u"id"_s).toInteger());
        QTRY_COMPARE(header()->listingTitleLabel()->text(),
                     conversation.value(u"listing"_s).toObject().value(u"title"_s).toString());
        QTRY_VERIFY_WITH_TIMEOUT(header()->showsListingPicture(), 5000);
        QVERIFY(!header()->showsAvatarPicture());
        QVERIFY(!header()->avatarLabel()->pixmap().isNull()); // the initials
        QVERIFY(header()->content().avatarUrl.isEmpty());
    }

    // A conversation the list has no row for (archived, opened from a search hit): no
    // buyer of the conversation before it above its messages.
    void neverTheLastBuyerAboveAnotherConversation()
    {
        const QJsonObject conversation = conversationWhereBuyer(true);
        open(conversation.value(u"id"_s).toInteger());
        QTRY_VERIFY(!header()->nameLabel()->text().isEmpty());
        const qint64 notListed = 987654;
        QCOMPARE(list()->rowOfConversation(notListed), -1);
        m_ui.window->conversationView()->showConversation(notListed);
        QCOMPARE(header()->content().counterpartId, 0);
        QVERIFY(header()->nameLabel()->text().isEmpty());
        QVERIFY(header()->listingTitleLabel()->text().isEmpty());
        QVERIFY(!header()->showsAvatarPicture());
        m_ui.window->openConversation(conversation.value(u"id"_s).toInteger()); // filled again
        QTRY_COMPARE(header()->content().counterpartId,
                     conversation.value(u"buyer"_s).toObject().value(u"id"_s).toInteger());
    }

    void longTitlesAreElided()
    {
        ui::ElidedLabel label;
        label.setFullText(u"<b>A very long listing title that goes on and on and on</b>"_s);
        label.resize(120, label.sizeHint().height());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QVERIFY(label.text().endsWith(u"…"_s));
        QVERIFY(label.text().startsWith(u"<b>"_s)); // shown as typed, not as markup
        QVERIFY(label.toolTip().contains(u"&lt;b&gt;"_s));
        QCOMPARE(label.textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(UiHeaderTest)
#include "tst_ui_header.moc"
