#pragma once
// The long history of `--seed demo`: a regular buyer (a restorer with a small shop) and
// the seller over many months, from her first question about a listing to this morning.
// Short exchanges ("episodes": a new find and its haggle, a pick-up, a payment, a
// restored piece, tips, the flea market) are built from varied templates and fall on
// different days, one or two a day, so that a client shows day separators. Deterministic:
// the same seed and end give the same messages.
#include <QList>
#include <QString>

namespace envisage::sandbox {

struct HistoryMessage
{
    bool fromBuyer = false;
    QString body;
    qint64 at = 0; // ms since the epoch
};

class DemoHistory
{
public:
    // Exactly `count` messages (at least 8), oldest first; the first is the buyer's
    // question about `listingTitle`, the last the buyer's, written at `endsAtMs`.
    static QList<HistoryMessage> generate(int count, const QString &listingTitle, qint64 endsAtMs,
                                          quint32 seed);
};

} // namespace envisage::sandbox
