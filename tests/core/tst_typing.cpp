// Typing indicators on a fake clock: no sleeps.
#include "inbox/Typing.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::inbox;

class TypingTest : public QObject
{
    Q_OBJECT
    qint64 m_now = 0;
    Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void init() { m_now = 1000000; }

    void outgoingAtMostEveryTwoSeconds()
    {
        TypingThrottle throttle(clock());
        QVERIFY(throttle.keystroke(1));
        int sent = 1;
        for (int i = 0; i < 50; ++i) { // 50 keystrokes over 5 s
            m_now += 100;
            sent += throttle.keystroke(1) ? 1 : 0;
        }
        QCOMPARE(sent, 3); // at 0, 2 s and 4 s
        QVERIFY(throttle.keystroke(2)); // conversations are independent
        throttle.reset(1);             // sent: the next keystroke signals at once
        QVERIFY(throttle.keystroke(1));
        m_now += 10000;                 // they stopped: nothing goes out by itself
        QVERIFY(throttle.keystroke(1));
    }

    void incomingExpiresFiveSecondsAfterTheLastEvent()
    {
        TypingTracker tracker(clock());
        QVERIFY(tracker.typingReceived(1, 7, u"Ada"_s));
        QVERIFY(!tracker.typingReceived(1, 7, u"Ada"_s)); // still typing: no change
        QCOMPARE(tracker.typists(1), QStringList{u"Ada"_s});
        QCOMPARE(tracker.nextExpiryIn(), 5000);
        m_now += 3000;
        tracker.typingReceived(1, 7, u"Ada"_s); // refreshed
        m_now += 3000;
        QVERIFY(tracker.expire().isEmpty());
        QCOMPARE(tracker.nextExpiryIn(), 2000);
        m_now += 2000;
        QCOMPARE(tracker.expire(), QList<qint64>{1});
        QVERIFY(tracker.typists(1).isEmpty());
        QCOMPARE(tracker.nextExpiryIn(), -1);
    }

    void aLostConnectionForgetsEveryone()
    {
        TypingTracker tracker(clock());
        tracker.typingReceived(1, 7, u"Ada"_s);
        tracker.typingReceived(2, 8, u"Bruno"_s);
        QList<qint64> changed = tracker.clear();
        std::sort(changed.begin(), changed.end());
        QCOMPARE(changed, (QList<qint64>{1, 2}));
        QVERIFY(tracker.typists(1).isEmpty());
        QCOMPARE(tracker.nextExpiryIn(), -1);
        QVERIFY(tracker.clear().isEmpty());
    }

    void aMessageEndsTypingAtOnce()
    {
        TypingTracker tracker(clock());
        tracker.typingReceived(1, 7, u"Ada"_s);
        tracker.typingReceived(1, 8, u"Bruno"_s);
        QVERIFY(!tracker.messageReceived(1, 9));
        QVERIFY(tracker.messageReceived(1, 7));
        QCOMPARE(tracker.typists(1), QStringList{u"Bruno"_s});
    }
};

QTEST_GUILESS_MAIN(TypingTest)
#include "tst_typing.moc"
