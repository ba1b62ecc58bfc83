#include "DemoStories.h"

namespace envisage::sandbox {

namespace {

using From = StoryLine::From;

StoryLine B(const char *text, int minutesAfter = 0)
{
    return {From::Buyer, text, minutesAfter};
}
StoryLine S(const char *text, int minutesAfter)
{
    return {From::Seller, text, minutesAfter};
}
StoryLine R(const char *shortcut, int minutesAfter)
{
    return {From::SavedReply, shortcut, minutesAfter};
}
StoryLine Photo(const char *text, int minutesAfter)
{
    return {From::BuyerPhoto, text, minutesAfter};
}
StoryLine Receipt(const char *text, int minutesAfter, const char *paid)
{
    return {From::SellerReceipt, text, minutesAfter, paid};
}

constexpr int Hour = 60;
constexpr int Day = 24 * Hour;

} // namespace

const QList<const char *> &DemoStories::buyerNames()
{
    static const QList<const char *> names = {
        "Ada Novak",    "Bruno Costa",    "Chloé Martin",     "Daniel Weber",   "Emi Tanaka",
        "Farah Haddad", "Giulia Romano",  "Henrik Lindqvist", "Inês Duarte",    "Jonas Petrauskas",
        "Kofi Mensah",  "Leila Karimi",   "Mateo Fernández",  "Nadia Kowalska", "Oskar Berg",
        "Priya Raman",  "Quentin Moreau", "Rosa Jiménez",     "Sipho Dlamini",  "Yuki Sato",
    };
    return names;
}

const QList<DemoListingData> &DemoStories::listings()
{
    static const QList<DemoListingData> all = {
        {"Walnut desk", "249.00"},
        {"Mid-century armchair", "180.00"},
        {"Brass floor lamp", "95.00"},
        {"Oak bookshelf", "140.00"},
        {"Olympus OM-1 camera", "210.00"},
        {"Teak sideboard", "420.00"},
        {"Rattan pendant light", "65.00"},
        {"Road bike, 56 cm frame", "350.00"},
        {"Persian rug, 2 × 3 m", "520.00"},
        {"Espresso machine", "160.00"},
        {"Bentwood chairs, set of 4", "160.00"},
        {"Linen sofa, 3-seater", "390.00"},
        {"Vintage typewriter", "85.00"},
        {"Stoneware vase set", "40.00"},
        {"Pine blanket chest", "75.00"},
        {"Vinyl record collection", "300.00", true},
        {"Cast-iron skillet set", "45.00", true},
    };
    return all;
}

// Newest first in the seller's list: the long history (3 min), then Kofi (25 min), Chloé
// (2 h, DemoSellerTools), Giulia, Mateo, Henrik, Farah, Daniel (20 h), Nadia, Emi (30 h):
// ten buyers in the first ten rows.
const QList<DemoStory> &DemoStories::stories()
{
    static const QList<DemoStory> all = {
        // The scratch: a sale, a pick-up, then a photo from home and a partial refund.
        {11,
         1,
         25,
         1,
         {B("Hi Sam, is the {listing} still available?"), R("available", 12),
          B("Great! Is the upholstery original? Any tears or stains?", 20),
          S("Original wool, no tears or stains. The armrests are a little worn, as you'd expect "
            "after sixty years.",
            15),
          B("Would you take €150 if I pick it up tomorrow?", 10),
          S("Let's say €165 and it's yours.", 30), B("Deal! Tomorrow at 6?", 5),
          S("6 is perfect, see you then.", 3),
          Photo("Home safe, and it looks wonderful! But I've just noticed this scratch on the "
                "backrest. Did you know about it?",
                26 * Hour),
          S("Oh no, I'm sorry, I missed that one. I can refund €15 for it, would that be fair?",
            25),
          B("That's very fair, thank you! Really happy with the chair otherwise.", 10)}},
        // The receipt.
        {7,
         9,
         4 * Hour,
         0,
         {B("Buongiorno! Does the {listing} come with the milk jug and the tamper?"),
          S("It does, both original. It was descaled last month and still makes a proper "
            "crema.",
            40),
          B("Perfetto. Can I pay now and pick it up on Saturday?", 15),
          S("Of course. A bank transfer to the details on the listing is fine.", 10),
          B("Paid €160 just now.", 30),
          Receipt("Received, thank you! Your receipt is attached. See you on Saturday at 10.", 20,
                  "160.00"),
          B("Grazie mille! See you Saturday.", 5), S("See you then, Giulia!", 3)}},
        // The haggle.
        {13,
         7,
         6 * Hour,
         0,
         {B("Hola! What size is the {listing}? I'm 1.78 m tall."),
          S("It's a 56 cm frame, which should suit you well at 1.78 m. The saddle goes from 70 to "
            "82 cm.",
            25),
          B("Sounds right. Would you take €300?", 10), R("price", 20),
          B("How about €320, and I collect it tomorrow?", 15),
          S("Let's meet in the middle: €330 and it's yours.", 12),
          B("Deal! I'll come by at 5 with the money.", 4),
          S("Perfect, see you at 5. I'll pump up the tyres for you.", 6)}},
        // The pick-up.
        {8,
         0,
         9 * Hour,
         0,
         {B("Hello! I'm interested in the {listing}. Does it come apart for transport?"),
          S("The legs unscrew, so it fits in an estate car. The top is 120 × 60 cm.", 30),
          B("Excellent. When could I pick it up?", 20), R("pickup", 15),
          B("Saturday at 10:30 would be ideal.", 40),
          S("Saturday at 10:30 it is. The address is 14 Linden Street, ground floor; ring the bell "
            "marked Rivera.",
            10),
          B("Perfect, I'll bring a blanket and some straps. See you Saturday!", 8),
          S("See you then, Henrik!", 2)}},
        // Waiting 12 h: two questions the seller has not read.
        {6,
         6,
         12 * Hour,
         2,
         {B("Hi, is the {listing} still for sale?"), R("available", 20),
          B("Wonderful. What's the diameter, and which bulb does it take?", 25),
          S("45 cm across, and it takes a standard E27 bulb. The cable is 1 m and can be "
            "shortened.",
            30),
          B("Lovely. Could you hold it for me until Thursday?", 15),
          B("I can send a deposit today if you like.", 2)}},
        // Shipping abroad.
        {14,
         2,
         26 * Hour,
         0,
         {B("Dzień dobry! Do you ship the {listing}? I live in Kraków."), R("shipping", 25),
          B("How much would shipping be to Kraków?", 20),
          S("About €28 with a tracked courier, well padded. So €123 in total.", 35),
          B("Sounds good, I'll transfer €123 now.", 10),
          S("Received, thank you! It goes out tomorrow morning.", 40), B("Thank you so much!", 5),
          S("It's on its way: the tracking number is 4821 9937 1650. Enjoy the lamp!", 16 * Hour)}},
        {9,
         11,
         Day + 8 * Hour,
         0,
         {B("Olá! How deep is the {listing}? Our living room is quite small."),
          S("It's 210 cm wide and 92 cm deep; the seat is 44 cm high.", 40),
          B("Hmm, that's a little big for us. Are the covers removable?", 30),
          S("Yes, they zip off and can be washed at 30 degrees.", 20),
          B("Let me measure again tonight and come back to you.", 10),
          S("Of course, no rush.", 5)}},
        // The regular's other purchases (the long history is hers too).
        {1,
         10,
         2 * Day,
         0,
         {B("Sam! I saw the {listing} on your page. Are they the ones from the bistro "
            "clearance?"),
          S("The very same. Two have new cane seats, the other two need a bit of love.", 20),
          B("Perfect for the shop. €140 for the four?", 15),
          S("For you, yes. I'll drop them off on Thursday.", 25),
          B("You're a star. Coffee's on me.", 5), S("I'll hold you to that!", 3)}},
        {15,
         10,
         Day + 13 * Hour,
         0,
         {B("Hej! Are the {listing} still available? I'd need all four."), R("sold", 35),
          B("Ah, too bad. Let me know if you find similar ones!", 10),
          S("Will do, I often get chairs from house clearances.", 15)}},
        {2,
         12,
         2 * Day + 12 * Hour,
         0,
         {B("Olá! Do all the keys on the {listing} work? Is there a spare ribbon?"),
          S("All keys work and the bell rings at the end of the line. It has a new ribbon, black "
            "and red.",
            45),
          B("Lovely. Does it have a case?", 15),
          S("It does, the original hard case with a working lock.", 20),
          B("Would you take €70?", 10), S("€75 and I'll include a second ribbon.", 30),
          B("Deal. I'll collect it on Sunday.", 8), S("Sunday works. See you then!", 4)}},
        {12,
         8,
         3 * Day,
         0,
         {B("Salam! Has the {listing} been professionally cleaned?"),
          S("Yes, last year, by a rug specialist. The colours are deep red and indigo.", 50),
          B("Could you send a close-up of the fringe?", 20), R("photos", 15)}},
        {16,
         13,
         4 * Day,
         0,
         {B("Hi! Are any of the vases in the {listing} chipped?"),
          S("No chips or cracks; the tall one has a small glaze bubble near the base, from the "
            "kiln.",
            30),
          B("That's fine. Could you post them? I'm in Rotterdam.", 15), R("shipping", 20),
          B("Great, please send them. I'll pay the €40 plus shipping now.", 25),
          S("Thank you! Packed in plenty of bubble wrap and posted this afternoon.", 3 * Hour)}},
        {17,
         2,
         5 * Day,
         0,
         {B("Bonjour ! Does the {listing} have a dimmer?"),
          S("No dimmer, but it has a foot switch, and the shade tilts.", 40),
          B("And how tall is it?", 10), S("160 cm to the top of the shade.", 25),
          B("Merci, I'll think about it.", 10), S("Of course, take your time.", 5)}},
        {18,
         5,
         6 * Day,
         0,
         {B("Hola Sam, how many drawers does the {listing} have, and do they run smoothly?"),
          S("Three drawers on the right, two cupboards on the left. The drawers run on wooden "
            "rails and glide nicely after a bit of wax.",
            50),
          B("Is the price negotiable?", 20), R("price", 15),
          B("I'll think about it and let you know next week.", 30), S("No problem, Rosa.", 10)}},
        {19,
         7,
         8 * Day,
         0,
         {B("Sawubona! Has the {listing} been serviced recently?"),
          S("New chain and brake pads in September, and the gears were adjusted.", 35),
          B("What's the frame made of?", 15),
          S("Reynolds 531 steel, with Shimano 105 components.", 20),
          B("Thanks! I'm after something lighter, but good luck with the sale.", 40),
          S("Thank you, and good luck with the search!", 10)}},
        {20,
         4,
         9 * Day,
         0,
         {B("Hello, does the light meter of the {listing} work with today's batteries?"),
          S("It was made for a 1.35 V cell; a zinc-air hearing-aid battery works fine, and I'll "
            "include one.",
            60),
          B("Thank you for the detailed answer. I'll think about it.", 20), S("My pleasure.", 10)}},
        {1,
         11,
         11 * Day,
         0,
         {B("Sam, a client of mine is after a sofa. Is the {listing} the one with oak legs?"),
          S("That's the one: tapered oak legs, the original linen in oatmeal.", 25),
          B("Could you send me a photo of the legs?", 10), R("photos", 20),
          B("Thanks! I'll show her on Friday.", 10), S("Fingers crossed.", 5)}},
        {10,
         1,
         13 * Day,
         0,
         {B("Labas! Is the {listing} comfortable for reading? I'm quite tall."),
          S("Very: the back is high and slightly reclined. I'm 1.85 m and it suits me.", 45),
          B("Sounds good. I'll come by to try it if it's still there next month.", 20),
          S("You're welcome any time.", 10)}},
        {4,
         9,
         15 * Day,
         0,
         {B("Hi, how old is the {listing}?"), S("About eight years, serviced every year.", 40),
          B("Does it have a steam wand?", 15), S("Yes, a proper one, good for flat whites.", 20),
          B("Nice. Is €130 possible?", 10), R("price", 25),
          B("Fair enough. I'll let you know.", 15), S("Sure, thanks Daniel.", 5)}},
        {7,
         6,
         18 * Day,
         0,
         {B("Ciao! Is the {listing} still available?"), R("available", 30),
          B("I'm away this weekend. Could you tell me if it's still there in two weeks?", 20),
          S("Of course, I'll drop you a line.", 15)}},
        {8,
         8,
         21 * Day,
         0,
         {B("Hello, how high is the pile of the {listing}?"),
          S("Low, about 8 mm; it lies flat with no curling at the corners.", 50),
          B("Would you send it to Uppsala?", 10), R("shipping", 20),
          B("Thanks, I'll talk it over with my partner.", 15), S("Of course, let me know.", 5)}},
        {3,
         11,
         25 * Day,
         0,
         {B("Bonjour, is the {listing} from a smoke-free home?"),
          S("Yes, smoke-free and no pets.", 30),
          B("Parfait. I'll come and look at it next week with my sister.", 15),
          S("Lovely, just let me know which day.", 10)}},
        {13,
         2,
         28 * Day,
         0,
         {B("Is the wiring of the {listing} safe? It looks quite old."),
          S("It was rewired last year, with a new plug and a fabric cable.", 60),
          B("Great, thanks.", 10), S("You're welcome!", 5)}},
        {6,
         12,
         32 * Day,
         0,
         {B("Hello Sam, which keyboard layout does the {listing} have?"),
          S("QWERTY, English layout; it came from an office in Leeds.", 30),
          B("Ah, I was hoping for AZERTY. Thanks anyway!", 20),
          S("No problem, good luck with the search!", 10)}},
        {14,
         0,
         36 * Day,
         0,
         {B("Hi! Do the drawers of the {listing} lock?"),
          S("The top drawer locks, and the key is included.", 40),
          B("Nice. I'll keep it in mind for when we move.", 15),
          S("Sure, good luck with the move!", 5)}},
        // The oldest, done with: DemoSellerTools archives it.
        {12,
         14,
         47 * Day,
         0,
         {B("Hi! Is the {listing} solid pine?"),
          S("Solid pine with dovetail joints, lightly waxed.", 30),
          B("I'll take it. Can I collect it tomorrow at 6?", 15),
          S("6 works. The address is 14 Linden Street.", 10),
          B("Collected, and it smells of cedar inside. Thanks Sam!", 24 * Hour),
          S("Enjoy it, Leila!", 20)}},
        // The second seller's (buyer2's newest conversation stays the demo seller's).
        {2,
         15,
         6 * Day,
         0,
         {B("Hallo Lena! Is there any jazz in the {listing}?"),
          S("About a third is jazz: Blue Note reissues, some Coltrane and an early pressing of "
            "Kind of Blue.",
            50),
          B("Kind of Blue! What condition is the sleeve in?", 10),
          S("Very good plus: a little ring wear, no splits.", 30)}},
        {16,
         16,
         10 * Day,
         0,
         {B("Hi, are the pans in the {listing} seasoned?"),
          S("Freshly seasoned, three coats of flaxseed oil.", 40), B("Great, I'll take them!", 10),
          S("Wonderful, they're yours.", 15)}},
        {10,
         15,
         20 * Day,
         0,
         {B("Would you sell the records from the {listing} one by one?"),
          S("Only as a whole collection, I'm afraid.", 60)}},
    };
    return all;
}

} // namespace envisage::sandbox
