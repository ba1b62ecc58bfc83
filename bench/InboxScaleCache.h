#pragma once
// The offline cache bench-inbox-scale measures: one seller with many conversations, one of
// them very long, written with StoreDatabase and MarketplaceJson exactly as the app writes
// its cache, with made-up but plausible names, listings and message bodies. The content is
// the same for the same shape (a fixed seed and a fixed clock), so runs compare.
#include "api/ApiTypes.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace envisage::bench::scale {

struct CacheShape
{
    int conversations = 10000;
    int messages = 100000; // all in the long conversation
};

// Who the cache belongs to and which conversation is the long one (the most recent, so
// it is also the first row of the conversation list).
constexpr qint64 SellerId = 1;
constexpr qint64 LongConversationId = 1;
constexpr qint64 LongConversationBuyerId = 1000;
// The shape, in the cache's meta table.
constexpr QStringView ConversationCountKey = u"bench.inbox_scale.conversations";
constexpr QStringView MessageCountKey = u"bench.inbox_scale.messages";

struct GeneratedCache
{
    QString error; // empty when written
    double conversationsSeconds = 0;
    double messagesSeconds = 0;
    double totalSeconds = 0; // open, write, close (which checkpoints the WAL)
    qint64 fileBytes = 0;
};

// The seller whose cache it is (the app keeps this user in the cache's meta table).
api::User cacheOwner();
// Replaces whatever is at path (and its -wal/-shm) with a new cache of this shape.
GeneratedCache generateCache(const QString &path, const CacheShape &shape);
// --cache PATH of the benchmarks on this cache: the file they make or reuse, by default
// `directory`/cache.sqlite in the temporary directory.
QCommandLineOption cacheFileOption(const QString &directory);
// The shape a cache made by generateCache() records in its meta table; nullopt when the
// file is missing or was not made by it.
std::optional<CacheShape> cacheShapeOf(const QString &path);

} // namespace envisage::bench::scale
