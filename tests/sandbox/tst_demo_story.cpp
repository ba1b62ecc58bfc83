// The story `--seed demo` tells, seeded in-process (no server): twenty buyers with their
// own names, no buyer crowding the seller's first ten conversations, the long history
// with a regular buyer spread over many days in varied words, scripted conversations
// that never repeat a line, the saved replies in use, the buyer's photo of a scratch and
// the seller's PDF receipt as real attachments, one conversation archived.
#include "Accounts.h"
#include "AttachmentInspector.h"
#include "Attachments.h"
#include "Conversations.h"
#include "Database.h"
#include "DemoSeeder.h"
#include "DemoSellerTools.h"
#include "DemoStories.h"
#include "SimulatedPhoto.h"
#include "SimulatedReceipt.h"
#include "Timestamps.h"

#include <QDate>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::sandbox;

namespace {

// What every cross-reference entry of a PDF points at, and where startxref leads.
QString pdfProblem(const QByteArray &pdf)
{
    if (!pdf.startsWith("%PDF-1.") || !pdf.endsWith("%%EOF\n"))
        return u"no PDF header or end marker"_s;
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    const qsizetype xref = pdf.mid(startxref + 10).split('\n').value(0).toLongLong();
    if (startxref < 0 || pdf.mid(xref, 5) != "xref\n")
        return u"startxref does not lead to the xref table"_s;
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    if (count < 2)
        return u"an empty xref table"_s;
    for (int object = 1; object < count; ++object) {
        const qsizetype offset = lines.value(2 + object).left(10).toLongLong();
        if (!pdf.mid(offset).startsWith(QByteArray::number(object) + " 0 obj\n"))
            return u"object %1 is not at its xref offset"_s.arg(object);
    }
    const QRegularExpression length(u"/Length (\\d+) >>\nstream\n"_s);
    const QRegularExpressionMatch stream = length.match(QString::fromLatin1(pdf));
    if (!stream.hasMatch() ||
        pdf.mid(stream.capturedEnd() + stream.captured(1).toLongLong(), 9) != "endstream")
        return u"the content stream's /Length is wrong"_s;
    return {};
}

} // namespace

class DemoStoryTest : public QObject
{
    Q_OBJECT

    Database m_database;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Conversations> m_conversations;
    std::unique_ptr<Attachments> m_attachments;
    qint64 m_now = 0;
    qint64 m_sellerId = 0;
    qint64 m_buyer1 = 0;

    QSqlQuery query(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_database.connection());
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec())
            qWarning() << sql << "failed";
        return q;
    }

    QList<MessageRecord> allMessages(qint64 conversationId)
    {
        QList<MessageRecord> all; // oldest first
        qint64 before = 0;
        for (;;) {
            const MessagePage page = m_conversations->messagesBefore(conversationId, before, 500);
            for (const MessageRecord &message : page.messages)
                all.prepend(message);
            if (!page.hasOlder || page.messages.isEmpty())
                return all;
            before = page.messages.last().id;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.open(u":memory:"_s), qPrintable(m_database.errorString()));
        m_accounts = std::make_unique<Accounts>(m_database.connection());
        m_conversations = std::make_unique<Conversations>(m_database.connection(), *m_accounts);
        m_attachments = std::make_unique<Attachments>(m_database.connection(), QString());
        QString error;
        QVERIFY2(m_attachments->open(&error), qPrintable(error));
        m_now = nowMs();
        QVERIFY(DemoSeeder(m_database.connection(), *m_accounts, *m_conversations, *m_attachments)
                    .seed(m_now));
        QVERIFY(!DemoSeeder(m_database.connection(), *m_accounts, *m_conversations,
                            *m_attachments)
                     .seed(m_now)); // only an empty database
        m_sellerId = m_accounts->userByEmail(u"seller@envisage.test"_s)->id;
        m_buyer1 = m_accounts->userByEmail(u"buyer1@envisage.test"_s)->id;
    }

    void twentyBuyersWithTheirOwnNames()
    {
        QSet<QString> names;
        QSet<QString> firstNames;
        for (int i = 1; i <= DemoAccounts::BuyerCount; ++i) {
            const std::optional<UserRecord> buyer =
                m_accounts->userByEmail(u"buyer%1@envisage.test"_s.arg(i));
            QVERIFY(buyer);
            QVERIFY(m_accounts->authenticate(buyer->email, u"demo-buyer"_s));
            names.insert(buyer->name);
            firstNames.insert(buyer->name.section(u' ', 0, 0));
        }
        QCOMPARE(DemoAccounts::BuyerCount, 20);
        QCOMPARE(names.size(), 20);
        QCOMPARE(firstNames.size(), 20);
        QCOMPARE(m_accounts->userById(m_buyer1)->name, u"Ada Novak"_s); // tests greet her
        QVERIFY(!m_accounts->userByEmail(u"buyer21@envisage.test"_s));
    }

    void theFirstTenConversationsAreWithManyBuyers()
    {
        const QList<qint64> firstTen = m_conversations->conversationIdsForUser(m_sellerId, 0, 10);
        QCOMPARE(firstTen.size(), 10);
        QHash<qint64, int> perBuyer;
        for (const qint64 id : firstTen)
            ++perBuyer[m_conversations->conversation(id)->buyerId];
        for (auto it = perBuyer.cbegin(); it != perBuyer.cend(); ++it)
            QVERIFY2(it.value() <= 2, qPrintable(m_accounts->userById(it.key())->name));
        QVERIFY(perBuyer.size() >= 8);
        // Everyone who asked appears somewhere in the seller's 30.
        QSet<qint64> buyers;
        for (const qint64 id : m_conversations->conversationIdsForUser(m_sellerId, 0, 100))
            buyers.insert(m_conversations->conversation(id)->buyerId);
        QCOMPARE(buyers.size(), DemoAccounts::BuyerCount);
    }

    void theLongHistoryIsARegularOverManyDays()
    {
        const QList<qint64> mine = m_conversations->conversationIdsForUser(m_buyer1, 0, 100);
        const qint64 longId = *std::min_element(mine.cbegin(), mine.cend());
        // buyer1's first conversation and her newest; the seller's newest too.
        QCOMPARE(mine.first(), longId);
        QCOMPARE(m_conversations->conversationIdsForUser(m_sellerId, 0, 1).first(), longId);
        const QList<MessageRecord> history = allMessages(longId);
        QCOMPARE(history.size(), DemoAccounts::LongConversationMessages);
        QVERIFY(history.first().body.contains(u"Oak bookshelf"_s));
        QCOMPARE(history.first().senderId, m_buyer1);
        QCOMPARE(history.last().senderId, m_buyer1);
        QVERIFY(history.last().readAt.isNull()); // the one waiting for the seller
        QVERIFY(!history.at(history.size() - 2).readAt.isNull());
        QVERIFY(m_now - history.last().createdAt <= 5 * 60 * 1000);

        QSet<QDate> days;
        QSet<QString> bodies;
        QHash<QString, int> uses;
        qint64 previous = 0;
        for (qsizetype i = 0; i < history.size(); ++i) {
            const MessageRecord &message = history.at(i);
            QVERIFY(message.createdAt >= previous);
            previous = message.createdAt;
            days.insert(QDateTime::fromMSecsSinceEpoch(message.createdAt, Qt::UTC).date());
            bodies.insert(message.body);
            ++uses[message.body];
            if (i > 0)
                QVERIFY2(message.body != history.at(i - 1).body, qPrintable(message.body));
        }
        const qint64 spanDays = (history.last().createdAt - history.first().createdAt) / 86400000;
        QVERIFY2(spanDays >= 180 && spanDays <= 800, qPrintable(QString::number(spanDays)));
        QVERIFY2(days.size() >= 300, qPrintable(QString::number(days.size())));
        QVERIFY2(bodies.size() >= 500, qPrintable(QString::number(bodies.size())));
        // No phrase loops: the most used line is a short closing, well under 5 %.
        const int mostUsed = *std::max_element(uses.cbegin(), uses.cend());
        QVERIFY2(mostUsed < DemoAccounts::LongConversationMessages / 20,
                 qPrintable(QString::number(mostUsed)));
    }

    void theScriptedConversationsNeverRepeatALine()
    {
        const QList<qint64> all = m_conversations->conversationIdsForUser(m_sellerId, 0, 100);
        QCOMPARE(all.size(), 30); // 27 seeded + 3 waiting for an answer
        for (const qint64 id : all.mid(1)) {
            const QList<MessageRecord> messages = allMessages(id);
            QVERIFY(messages.size() >= 2 && messages.size() <= 20);
            QSet<QString> seen;
            for (const MessageRecord &message : messages) {
                QVERIFY2(!seen.contains(message.body), qPrintable(message.body));
                QVERIFY2(!message.body.contains(u'{') && !message.body.contains(u"%1"_s),
                         qPrintable(message.body));
                seen.insert(message.body);
            }
            // The first line is the buyer's, and it is about this listing or its owner.
            QVERIFY(messages.first().senderId != m_sellerId);
        }
    }

    void savedRepliesAreInUseFilledIn()
    {
        QSet<QString> used;
        for (const qint64 id : m_conversations->conversationIdsForUser(m_sellerId, 0, 100)) {
            const ConversationRecord conversation = *m_conversations->conversation(id);
            const QJsonObject json = m_conversations->conversationJson(conversation, m_sellerId);
            const QJsonObject listing = json.value(u"listing"_s).toObject();
            for (const char *shortcut :
                 {"available", "price", "shipping", "pickup", "photos", "sold"}) {
                const QString filled =
                    DemoSellerTools::savedReplyBody(QString::fromLatin1(shortcut))
                        .replace(u"{buyer}"_s,
                                 json.value(u"buyer"_s).toObject().value(u"name"_s).toString())
                        .replace(u"{listing}"_s, listing.value(u"title"_s).toString())
                        .replace(u"{price}"_s, u"€"_s + listing.value(u"price"_s).toString())
                        .replace(u"{seller}"_s, u"Sam Rivera"_s);
                for (const MessageRecord &message : allMessages(id)) {
                    if (message.senderId == m_sellerId && message.body == filled)
                        used.insert(QString::fromLatin1(shortcut));
                }
            }
        }
        QCOMPARE(used.size(), DemoSellerToolsCounts::SavedReplies);
    }

    void theBuyersScratchPhotoIsARealAttachment()
    {
        QSqlQuery rows = query(u"SELECT a.id, m.sender_id, m.body, m.conversation_id "
                               "FROM attachments a JOIN messages m ON m.id = a.message_id "
                               "WHERE a.mime = 'image/jpeg'"_s);
        QVERIFY(rows.next());
        const QString id = rows.value(0).toString();
        QVERIFY(rows.value(1).toLongLong() != m_sellerId);
        QVERIFY(rows.value(2).toString().contains(u"scratch"_s));
        const std::optional<AttachmentRecord> photo = m_attachments->find(id);
        QVERIFY(photo && photo->isAttached());
        QCOMPARE(photo->imageSize, QSize(SimulatedPhoto::Width, SimulatedPhoto::Height));
        QFile file(m_attachments->filePath(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.size(), photo->size);
        QImage decoded;
        QVERIFY(decoded.loadFromData(bytes, "JPEG"));
        QCOMPARE(decoded.size(), QSize(SimulatedPhoto::Width, SimulatedPhoto::Height));
        // What the client lists: the message carries it.
        const MessagePage newest =
            m_conversations->messagesBefore(rows.value(3).toLongLong(), 0, 50);
        bool listed = false;
        for (const MessageRecord &message : newest.messages) {
            for (const QJsonValue &attachment : message.attachments)
                listed |= attachment.toObject().value(u"id"_s).toString() == id;
        }
        QVERIFY(listed);
    }

    void theSellersReceiptIsARealPdf()
    {
        QSqlQuery rows = query(u"SELECT a.id, m.sender_id, m.body, a.name "
                               "FROM attachments a JOIN messages m ON m.id = a.message_id "
                               "WHERE a.mime = 'application/pdf'"_s);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(1).toLongLong(), m_sellerId);
        QVERIFY(rows.value(2).toString().contains(u"receipt"_s));
        QVERIFY(rows.value(3).toString().endsWith(u".pdf"_s));
        QFile file(m_attachments->filePath(rows.value(0).toString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QCOMPARE(AttachmentInspector::inspect(pdf).mime, u"application/pdf"_s);
        QCOMPARE(pdfProblem(pdf), QString());
        QVERIFY(pdf.contains("(Giulia Romano)"));
        QVERIFY(pdf.contains("(Espresso machine)"));
        QVERIFY(pdf.contains("(\x80"
                             "160.00)"));
        QVERIFY(!rows.next()); // one receipt
    }

    void receiptsAreWellFormedAndDeterministic()
    {
        ReceiptDetails details{u"2026-0001"_s,     u"Sam Rivera"_s, u"Chloé (Martin) \\"_s,
                               u"Oak bookshelf"_s, u"140.00"_s,     u"EUR"_s,
                               1764000000000};
        const QByteArray pdf = SimulatedReceipt::pdf(details);
        QCOMPARE(pdfProblem(pdf), QString());
        QCOMPARE(SimulatedReceipt::pdf(details), pdf);
        QVERIFY(pdf.contains("(Chlo\xE9 \\(Martin\\) \\\\)")); // Latin-1, escaped
        QCOMPARE(SimulatedReceipt::fileName(details), u"receipt-2026-0001.pdf"_s);
        details.buyer = u"山田 花子"_s;
        QCOMPARE(pdfProblem(SimulatedReceipt::pdf(details)), QString());
    }

    void theOldestConversationIsArchived()
    {
        QSqlQuery archived = query(u"SELECT conversation_id FROM conversation_flags "
                                   "WHERE user_id = ? AND archived = 1"_s,
                                   {m_sellerId});
        QVERIFY(archived.next());
        const qint64 id = archived.value(0).toLongLong();
        QVERIFY(!archived.next());
        QCOMPARE(m_conversations->conversationIdsForUser(m_sellerId, 0, 100).last(), id);
    }
};

QTEST_GUILESS_MAIN(DemoStoryTest)
#include "tst_demo_story.moc"
