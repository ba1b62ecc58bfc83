#pragma once
// The scripted part of `--seed demo`: who the buyers are, what is for sale, and the short
// conversations a seller's inbox holds (questions about condition and size, a haggle, a
// pick-up arranged, a scratch photographed by the buyer, a PDF receipt, saved replies in
// use), as data that DemoSeeder stores. The long history is DemoHistory's; the answers
// awaited 2 h, 20 h and 30 h are DemoSellerTools'.
#include <QList>

namespace envisage::sandbox {

struct DemoListingData
{
    const char *title;
    const char *price; // in EUR
    bool secondSeller = false;
};

struct StoryLine
{
    enum class From {
        Buyer,
        Seller,
        SavedReply,   // text: the shortcut of one of DemoSellerTools' saved replies
        BuyerPhoto,   // the buyer's text with a drawn photo of the listing (SimulatedPhoto)
        SellerReceipt // the seller's text with a PDF receipt for `paid` (SimulatedReceipt)
    };
    From from;
    // {listing}, {price}, {buyer} and {seller} are filled in as the client fills a saved
    // reply (the title, "€249.00", the full names).
    const char *text;
    int minutesAfter = 0; // since the line before
    const char *paid = nullptr;

    bool fromBuyer() const { return from == From::Buyer || from == From::BuyerPhoto; }
};

struct DemoStory
{
    int buyer;          // 1 for buyer1@envisage.test
    int listing;        // index in DemoStories::listings()
    int endsMinutesAgo; // when the last line was written
    int unread;         // the buyer's last lines the seller has not read yet
    QList<StoryLine> lines;
};

class DemoStories
{
public:
    // buyer1 … buyerN, in that order (buyer1 is the regular of the long history).
    static const QList<const char *> &buyerNames();
    // The demo seller's first, then the second seller's.
    static const QList<DemoListingData> &listings();
    // The listing the long history began with.
    static constexpr int LongHistoryListing = 3;
    // In seeding order (conversation ids follow it).
    static const QList<DemoStory> &stories();
};

} // namespace envisage::sandbox
