#pragma once
// The conversation bench-attachments opens: buyer5 asks about one of the demo seller's
// listings in a new conversation, then it fills up through the sandbox's REST API as it
// would in use. Every fourth message (--photo-every) is the buyer's photos (1, 1, 2 or 3 of them,
// drawn in code by SimulatedPhoto, 800 × 600 JPEGs, each uploaded with its client_id before the
// message names it); the others are text from either side. Uploads run 4 at a time and a
// little ahead of the posts; the messages are posted in order, one at a time, so that their
// order is the plan's.
#include "Problem.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace envisage::api {
class MarketplaceApi;
}

namespace envisage::bench::attachments {

struct SeedSetup
{
    QUrl apiUrl;
    QString buyerToken;
    QString sellerToken;
    qint64 conversationId = 0;
    int messages = 2000;
    int photoEvery = 4; // every photoEvery-th message has photos; 0: none, for comparison
};

class ImageHistorySeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int UploadsInFlight = 4;
    static constexpr int UploadsAhead = 16; // uploaded, their message not posted yet

    explicit ImageHistorySeed(QObject *parent = nullptr);
    ~ImageHistorySeed() override;

    void start(const SeedSetup &setup);
    bool isDone() const { return m_posted == m_setup.messages; }
    int photos() const { return int(m_photoIds.size()); }
    int imageMessages() const;

Q_SIGNALS:
    void progressed();
    void failed(const QString &problem);

private:
    int photosOfMessage(int message) const; // 0 for a text message
    void uploadMore();
    void postNext();

    SeedSetup m_setup;
    std::unique_ptr<api::MarketplaceApi> m_buyer;
    std::unique_ptr<api::MarketplaceApi> m_seller;
    QList<int> m_photoOwner; // per photo, the message it belongs to
    QStringList m_photoIds;  // per photo, its attachment id once uploaded
    int m_nextUpload = 0;
    int m_uploading = 0;
    int m_posted = 0;
    int m_firstPhotoOfNext = 0; // the first photo of message m_posted
    bool m_posting = false;
};

} // namespace envisage::bench::attachments
