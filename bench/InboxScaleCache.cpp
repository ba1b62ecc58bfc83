#include "InboxScaleCache.h"

#include "store/StoreDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <cstddef>

namespace envisage::bench::scale {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 Seed = 20240601;
constexpr int MessagesPerTransaction = 5000;
constexpr QStringView LongConversationBuyerName = u"Ada Novak";

constexpr QStringView FirstNames[] = {
    u"Ada",   u"Bruno",  u"Chiara", u"Dmitri", u"Elif",  u"Femi",  u"Greta", u"Hiro",  u"Ines",
    u"Jonas", u"Kavya",  u"Lars",   u"Maya",   u"Nikos", u"Olga",  u"Pablo", u"Quinn", u"Rosa",
    u"Sven",  u"Tomasz", u"Ulla",   u"Vera",   u"Wim",   u"Yusuf", u"Zofia"};
constexpr QStringView LastNames[] = {
    u"Novak",    u"Schmidt", u"Rossi",   u"Ivanov",    u"Yılmaz", u"Adeyemi", u"Lindqvist",
    u"Tanaka",   u"García",  u"Müller",  u"Iyer",      u"Jensen", u"Cohen",   u"Papadopoulos",
    u"Kowalska", u"Dubois",  u"O'Brien", u"Fernández", u"Berg",   u"Wójcik"};
constexpr QStringView Conditions[] = {u"Vintage",     u"Barely used", u"Hand-made", u"Refurbished",
                                      u"Mid-century", u"Like new",    u"Solid",     u"Compact",
                                      u"Large",       u"Antique"};
constexpr QStringView Things[] = {u"oak dining table",
                                  u"road bike, 56 cm frame",
                                  u"espresso machine",
                                  u"leather armchair",
                                  u"mechanical keyboard",
                                  u"film camera with 50 mm lens",
                                  u"standing desk",
                                  u"children's bookshelf",
                                  u"winter tyres (set of 4)",
                                  u"acoustic guitar",
                                  u"pair of hiking boots, size 42",
                                  u"ceramic vase",
                                  u"gaming monitor 27\"",
                                  u"sewing machine",
                                  u"cast-iron pan"};
constexpr QStringView Sentences[] = {
    u"Hi! Is this still available?",
    u"Yes, it is still available.",
    u"Would you take a little less for it?",
    u"I could pick it up tomorrow after work, around six.",
    u"Does it come with the original box and the receipt?",
    u"There is a small scratch on the left side, otherwise it is in very good condition.",
    u"Thanks, that works for me.",
    u"Can you send one more photo of the back?",
    u"Shipping would be 9.90 on top, or you collect it here.",
    u"Great, see you then 👍",
    u"Sorry, I am running ten minutes late.",
    u"I paid just now, please check.",
    u"Received, thank you! I will pack it tonight.",
    u"Is the price negotiable if I also take the chairs?",
    u"The measurements are 180 × 90 cm, height 75 cm."};

class Generator
{
public:
    template <std::size_t N> QString pick(const QStringView (&list)[N])
    {
        return list[m_random.bounded(quint32(N))].toString();
    }
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    QString body()
    {
        QString text = pick(Sentences);
        for (int more = between(0, 2); more > 0; --more)
            text += u' ' + pick(Sentences);
        return text;
    }

    QString clientId()
    {
        const auto hex = [this](int digits) {
            return QString::number(m_random.generate64() & ((quint64(1) << (4 * digits)) - 1), 16)
                .rightJustified(digits, u'0');
        };
        return u"%1-%2-4%3-a%4-%5"_s.arg(hex(8), hex(4), hex(3), hex(3), hex(12));
    }

private:
    QRandomGenerator m_random{Seed};
};

api::Message message(Generator &gen, qint64 id, qint64 conversationId, const api::User &from,
                     const QDateTime &at, bool read)
{
    api::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.senderId = from.id;
    m.sender = {from.id, from.name, from.avatarUrl};
    m.body = gen.body();
    if (from.id == SellerId)
        m.clientId = gen.clientId();
    m.createdAt = at;
    if (read)
        m.readAt = at.addSecs(gen.between(20, 900));
    return m;
}

// Newest first: conversation i was active a little before conversation i - 1.
QList<api::Conversation> conversations(Generator &gen, const CacheShape &shape,
                                       const api::Message &longConversationLast)
{
    const api::User me = cacheOwner();
    QList<api::Conversation> result;
    result.reserve(shape.conversations);
    QDateTime at = longConversationLast.createdAt;
    for (int i = 0; i < shape.conversations; ++i) {
        api::Conversation c;
        c.id = i + 1;
        const qint64 buyerId = LongConversationBuyerId + i;
        c.buyer = {buyerId,
                   gen.pick(FirstNames) + u' ' + gen.pick(LastNames),
                   u"buyer%1@example.test"_s.arg(buyerId),
                   u"buyer"_s,
                   gen.chance(60) ? u"https://cdn.envisage.test/avatars/%1.jpg"_s.arg(buyerId)
                                  : QString(),
                   gen.chance(80) ? at.addSecs(gen.between(0, 86400)) : QDateTime()};
        c.seller = me;
        c.listing = {50000 + i, gen.pick(Conditions) + u' ' + gen.pick(Things),
                     u"https://cdn.envisage.test/listings/%1.jpg"_s.arg(50000 + i),
                     u"%1.00"_s.arg(gen.between(5, 2000)), u"EUR"_s};
        if (c.id == LongConversationId) {
            c.buyer.name = LongConversationBuyerName.toString();
            c.lastMessage = longConversationLast;
        } else {
            at = at.addSecs(-gen.between(60, 4 * 3600));
            const bool mine = gen.chance(40);
            c.lastMessage = message(gen, 1'000'000 + c.id, c.id, mine ? me : c.buyer, at,
                                    mine && gen.chance(50));
        }
        c.unreadCount =
            c.lastMessage->senderId == SellerId || gen.chance(70) ? 0 : gen.between(1, 5);
        c.updatedAt = c.lastMessage->createdAt;
        result.append(std::move(c));
    }
    return result;
}

} // namespace

api::User cacheOwner()
{
    return {SellerId,
            u"Sam Okafor"_s,
            u"seller@envisage.test"_s,
            u"seller"_s,
            u"https://cdn.envisage.test/avatars/1.jpg"_s,
            QDateTime(QDate(2024, 6, 1), QTime(11, 58), Qt::UTC)};
}

GeneratedCache generateCache(const QString &path, const CacheShape &shape)
{
    GeneratedCache result;
    QElapsedTimer total;
    total.start();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
            result.error = u"cannot replace %1"_s.arg(path + suffix);
            return result;
        }
    }
    {
        store::StoreDatabase db(path);
        if (const store::OpenResult opened = db.open(); !opened.ok) {
            result.error = opened.error;
            return result;
        }
        Generator gen;
        // The long conversation's history, oldest first, ending a minute before "now".
        const api::User me = cacheOwner();
        const api::User buyer{LongConversationBuyerId,
                              LongConversationBuyerName.toString(),
                              u"buyer1000@example.test"_s,
                              u"buyer"_s,
                              {},
                              {}};
        QList<QDateTime> times(shape.messages);
        QDateTime at = me.lastSeenAt.addSecs(-60);
        for (qsizetype k = times.size() - 1; k >= 0; --k) {
            times[k] = at;
            at = at.addSecs(-gen.between(5, 900));
        }
        QElapsedTimer step;
        step.start();
        QList<api::Message> batch;
        api::Message last;
        for (int k = 0; k < shape.messages; ++k) {
            const bool mine = gen.chance(45);
            last = message(gen, k + 1, LongConversationId, mine ? me : buyer, times.at(k),
                           mine && k < shape.messages - 3);
            batch.append(last);
            if (batch.size() == MessagesPerTransaction || k + 1 == shape.messages) {
                db.saveMessages(batch);
                batch.clear();
            }
        }
        result.messagesSeconds = double(step.nsecsElapsed()) / 1e9;

        step.restart();
        db.saveConversations(conversations(gen, shape, last));
        // The cache holds the long conversation from its first message.
        db.saveHistoryState(LongConversationId, {QString(), true});
        result.conversationsSeconds = double(step.nsecsElapsed()) / 1e9;
        db.setMeta(ConversationCountKey.toString(), QString::number(shape.conversations));
        db.setMeta(MessageCountKey.toString(), QString::number(shape.messages));
    }
    result.totalSeconds = double(total.nsecsElapsed()) / 1e9;
    result.fileBytes = QFileInfo(path).size();
    return result;
}

QCommandLineOption cacheFileOption(const QString &directory)
{
    const QString defaultPath = QDir(QDir::tempPath()).filePath(directory + u"/cache.sqlite"_s);
    return {u"cache"_s, u"The cache file to make or reuse (default %1)."_s.arg(defaultPath),
            u"path"_s, defaultPath};
}

std::optional<CacheShape> cacheShapeOf(const QString &path)
{
    if (!QFile::exists(path))
        return std::nullopt;
    store::StoreDatabase db(path);
    if (!db.open().ok)
        return std::nullopt;
    bool conversationsOk = false;
    bool messagesOk = false;
    const CacheShape shape{db.meta(ConversationCountKey.toString()).toInt(&conversationsOk),
                           db.meta(MessageCountKey.toString()).toInt(&messagesOk)};
    if (!conversationsOk || !messagesOk || db.messageCount(LongConversationId) != shape.messages)
        return std::nullopt;
    return shape;
}

} // namespace envisage::bench::scale
