#include "PhotoUploads.h"

#include "AttachmentSamples.h"
#include "ProcessStats.h"
#include "api/MarketplaceApi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUuid>

#include <sys/resource.h>

namespace envisage::bench::attachments {

using namespace Qt::StringLiterals;

namespace {

constexpr int PhotoWidth = 4032;
constexpr int PhotoHeight = 3024;

// The quality at which the noise photo comes closest to targetBytes without passing it
// (JPEG size grows with quality), by bisection: a few encodes of a 12-megapixel image.
QByteArray jpegOfAbout(const QImage &image, qint64 targetBytes)
{
    int low = 1;
    int high = 100;
    QByteArray best = testing::samples::encoded(image, "JPEG", low);
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        QByteArray bytes = testing::samples::encoded(image, "JPEG", middle);
        if (bytes.size() <= targetBytes) {
            best = std::move(bytes);
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    return best;
}

} // namespace

Problem writePhonePhotos(const QString &folder, int count, qint64 targetBytes, QStringList *paths)
{
    const QByteArray photo = testing::samples::withExifOrientationAndGps(
        jpegOfAbout(testing::samples::noiseImage(PhotoWidth, PhotoHeight), targetBytes));
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(u"IMG_%1.jpg"_s.arg(4210 + i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(photo) != photo.size())
            return u"cannot write %1: %2"_s.arg(path, file.errorString());
        paths->append(path);
    }
    return {};
}

Problem writeDocuments(const QString &folder, int count, qint64 bytes, QStringList *paths)
{
    // A PDF's header and trailer around incompressible bytes: the server checks the type
    // from the first bytes and decodes nothing.
    QByteArray document = testing::samples::pdf();
    QRandomGenerator random(7);
    QByteArray filler(bytes - document.size(), Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(filler.data()), filler.size() / 4);
    document.insert(document.indexOf("trailer"), filler);
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(u"invoice-%1.pdf"_s.arg(i + 1));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
            return u"cannot write %1: %2"_s.arg(path, file.errorString());
        paths->append(path);
    }
    return {};
}

double childrenCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return NAN;
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

ApiUploadRounds::ApiUploadRounds(QObject *parent) : QObject(parent) {}

ApiUploadRounds::~ApiUploadRounds() = default;

void ApiUploadRounds::start(const UploadSetup &setup)
{
    const QString token = setup.token;
    m_setup = setup;
    m_api = std::make_unique<api::MarketplaceApi>(setup.apiUrl);
    m_api->setTokenProvider([token] { return token; });
    uploadNext();
}

void ApiUploadRounds::uploadNext()
{
    if (m_nextFile == 0) {
        m_current = {};
        m_ids.clear();
        m_cpuAtStart = ownCpuSeconds();
        m_serverCpuAtStart = cpuSeconds(m_setup.sandboxPid);
        m_roundClock.start();
    }
    const QString path = m_setup.files.at(m_nextFile);
    m_api->uploadAttachment(
        this, path, QFileInfo(path).fileName(), m_setup.mime,
        QUuid::createUuid().toString(QUuid::WithoutBraces), {},
        [this, path](const api::ApiResult<api::UploadedAttachment> &result) {
            if (!result.ok()) {
                Q_EMIT failed(u"uploading %1: %2"_s.arg(path, result.error().message()));
                return;
            }
            m_current.bytes += result.value().attachment.size;
            m_ids.append(result.value().attachment.id);
            if (++m_nextFile < m_setup.files.size()) {
                uploadNext();
                return;
            }
            m_current.wallMs = double(m_roundClock.nsecsElapsed()) / 1e6;
            m_current.clientCpuMs = (ownCpuSeconds() - m_cpuAtStart) * 1e3;
            m_current.serverCpuMs = (cpuSeconds(m_setup.sandboxPid) - m_serverCpuAtStart) * 1e3;
            m_nextFile = 0;
            postRound();
        });
}

// Untimed: the uploads of a round go out with a message, as the outbox sends them, so that
// none is left waiting (the server keeps at most 50 per user).
void ApiUploadRounds::postRound()
{
    m_api->sendMessage(this, m_setup.conversationId, QString(),
                       QUuid::createUuid().toString(QUuid::WithoutBraces), m_ids,
                       [this](const api::ApiResult<api::SentMessage> &result) {
                           if (!result.ok()) {
                               Q_EMIT failed(u"posting the uploads: "_s + result.error().message());
                               return;
                           }
                           m_rounds.append(m_current);
                           Q_EMIT progressed();
                           if (!isDone())
                               uploadNext();
                       });
}

} // namespace envisage::bench::attachments
