#include "ImageHistorySeed.h"

#include "SimulatedPhoto.h"
#include "api/MarketplaceApi.h"

#include <QTemporaryFile>
#include <QUuid>

namespace envisage::bench::attachments {

using namespace Qt::StringLiterals;

namespace {

const QString ListingTitle = u"Vintage oak bookcase"_s;

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ImageHistorySeed::ImageHistorySeed(QObject *parent) : QObject(parent) {}

ImageHistorySeed::~ImageHistorySeed() = default;

int ImageHistorySeed::photosOfMessage(int message) const
{
    static constexpr int Cycle[] = {1, 1, 2, 3};
    const int every = m_setup.photoEvery;
    return every > 0 && message % every == 0 ? Cycle[(message / every) % 4] : 0;
}

int ImageHistorySeed::imageMessages() const
{
    const int every = m_setup.photoEvery;
    return every > 0 ? (m_setup.messages + every - 1) / every : 0;
}

void ImageHistorySeed::start(const SeedSetup &setup)
{
    m_setup = setup;
    m_buyer = std::make_unique<api::MarketplaceApi>(setup.apiUrl);
    m_buyer->setTokenProvider([token = setup.buyerToken] { return token; });
    m_seller = std::make_unique<api::MarketplaceApi>(setup.apiUrl);
    m_seller->setTokenProvider([token = setup.sellerToken] { return token; });
    for (int message = 0; message < setup.messages; ++message) {
        for (int photo = photosOfMessage(message); photo > 0; --photo)
            m_photoOwner.append(message);
    }
    m_photoIds.resize(m_photoOwner.size());
    uploadMore();
    postNext(); // the first message is text
}

void ImageHistorySeed::uploadMore()
{
    // Uploads run ahead of the posts, but only so far: the server keeps at most 50 uploads
    // of a user waiting for their message.
    while (m_uploading < UploadsInFlight && m_nextUpload < m_photoOwner.size() &&
           m_nextUpload - m_firstPhotoOfNext < UploadsAhead) {
        const int photo = m_nextUpload++;
        ++m_uploading;
        // The upload streams from a device; a buffer would do, but a file is what the app sends.
        auto file = std::make_shared<QTemporaryFile>();
        const QByteArray jpeg = sandbox::SimulatedPhoto::jpeg(ListingTitle, quint32(photo + 1));
        if (!file->open() || file->write(jpeg) != jpeg.size() || !file->seek(0)) {
            Q_EMIT failed(u"cannot write a photo to a temporary file: "_s + file->errorString());
            return;
        }
        m_buyer->uploadAttachment(
            this, file.get(), u"photo-%1.jpg"_s.arg(photo + 1), u"image/jpeg"_s, newClientId(), {},
            [this, photo, file](const api::ApiResult<api::UploadedAttachment> &result) {
                --m_uploading;
                if (!result.ok()) {
                    Q_EMIT failed(
                        u"uploading photo %1: %2"_s.arg(photo + 1).arg(result.error().message()));
                    return;
                }
                m_photoIds[photo] = result.value().attachment.id;
                Q_EMIT progressed();
                postNext();
                uploadMore();
            });
    }
}

void ImageHistorySeed::postNext()
{
    if (isDone() || m_posting)
        return;
    const int message = m_posted;
    const int photos = photosOfMessage(message);
    const QStringList ids = m_photoIds.mid(m_firstPhotoOfNext, photos);
    if (ids.contains(QString()))
        return; // its photos are still on their way
    m_posting = true;
    // Text alternates between the two sides; photos are the buyer's.
    const bool fromBuyer = photos > 0 || message % 2 == 1;
    const QString body =
        photos > 0 ? (message % 8 == 0 ? u"Here are more photos, as you asked."_s : QString())
                   : u"Message %1 about the bookcase: the shelves, the back panel and the "
                     "feet, in daylight."_s.arg(message + 1);
    api::MarketplaceApi &api = fromBuyer ? *m_buyer : *m_seller;
    api.sendMessage(
        this, m_setup.conversationId, body, newClientId(), ids,
        [this, message, photos](const api::ApiResult<api::SentMessage> &result) {
            m_posting = false;
            if (!result.ok()) {
                Q_EMIT failed(
                    u"posting message %1: %2"_s.arg(message + 1).arg(result.error().message()));
                return;
            }
            ++m_posted;
            m_firstPhotoOfNext += photos;
            Q_EMIT progressed();
            uploadMore();
            postNext();
        });
}

} // namespace envisage::bench::attachments
