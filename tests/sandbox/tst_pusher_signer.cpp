// The signatures against the test vectors of pusher-protocol.md §3 and §5.
#include "PusherSigner.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace Signer = envisage::sandbox::PusherSigner;

class PusherSignerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void privateChannel()
    {
        QCOMPARE(Signer::channelSignature(u"7ad3773142a6692b25b8"_s, u"1234.1234"_s,
                                          u"private-foobar"_s),
                 u"58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4"_s);
        QCOMPARE(Signer::channelAuth(u"278d425bdf160c739803"_s, u"7ad3773142a6692b25b8"_s,
                                     u"1234.1234"_s, u"private-foobar"_s),
                 u"278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4"_s);
    }

    void presenceChannel()
    {
        QCOMPARE(Signer::channelSignature(
                     u"7ad3773142a6692b25b8"_s, u"1234.1234"_s, u"presence-foobar"_s,
                     u"{\"user_id\":10,\"user_info\":{\"name\":\"Mr. Channels\"}}"_s),
                 u"31935e7d86dba64c2a90aed31fdc61869f9b22ba9d8863bba239c03ca481bc80"_s);
    }

    void userSignin()
    {
        QCOMPARE(Signer::userSignature(u"7ad3773142a6692b25b8"_s, u"1234.1234"_s,
                                       u"{\"id\":\"12345\"}"_s),
                 u"4708d583dada6a56435fb8bc611c77c359a31eebde13337c16ab43aa6de336ba"_s);
    }

    void httpApiRequest()
    {
        const QByteArray body =
            "{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{\\\"some\\\":\\\"data\\\"}\"}";
        const QUrlQuery query = Signer::signedQuery(u"278d425bdf160c739803"_s,
                                                    u"7ad3773142a6692b25b8"_s, u"POST"_s,
                                                    u"/apps/3/events"_s, body, 1353088179);
        QCOMPARE(query.queryItemValue(u"body_md5"_s), u"ec365a775a4cd0599faeb73354201b6f"_s);
        QCOMPARE(query.queryItemValue(u"auth_signature"_s),
                 u"da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c"_s);
    }

    void canonicalQuerySortsLowerCasedKeysWithoutEscaping()
    {
        QCOMPARE(Signer::canonicalQuery({{u"b"_s, u"2"_s}, {u"A"_s, u"x,y"_s},
                                         {u"auth_signature"_s, u"dropped"_s}}),
                 u"a=x,y&b=2"_s);
    }

    void socketIds()
    {
        QVERIFY(Signer::isValidSocketId(u"123.456"_s));
        QVERIFY(!Signer::isValidSocketId(u"123"_s));
        QVERIFY(!Signer::isValidSocketId(u"1.2:private-x"_s));
        QVERIFY(!Signer::isValidSocketId(QString()));
    }
};

QTEST_GUILESS_MAIN(PusherSignerTest)
#include "tst_pusher_signer.moc"
