#pragma once
// The upload half of bench-attachments: photos as a phone takes them, and three ways of
// sending them to the sandbox (and PDFs, for the transport alone), each timed per round (all the
// files of one message, one after another, as the outbox sends them):
//   - ApiUploadRounds: MarketplaceApi::uploadAttachment alone, streaming each file;
//   - the web frontend's way, fetch + FormData in Node (peers/upload-peer.mjs);
//   - `envisage-cli send … --attach` ×3: the whole send as the app does it (copy into the
//     outbox, EXIF orientation applied and metadata dropped, uploads, the message post),
//     process start included.
#include "Problem.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace envisage::api {
class MarketplaceApi;
}

namespace envisage::bench::attachments {

// `count` JPEGs of 4032 × 3024 (a 12-megapixel phone photo) of about `targetBytes` each, with
// an EXIF orientation and a GPS position, written to `folder`; their paths in `paths`.
Problem writePhonePhotos(const QString &folder, int count, qint64 targetBytes, QStringList *paths);

// `count` PDFs of `bytes` each, of incompressible bytes that the server does not decode:
// the transport alone.
Problem writeDocuments(const QString &folder, int count, qint64 bytes, QStringList *paths);

struct UploadSetup
{
    QUrl apiUrl;
    QString token;
    QStringList files;
    QString mime;
    int rounds = 5;
    qint64 sandboxPid = 0;
    qint64 conversationId = 0; // where each round's uploads are sent, untimed
};

// One round: every file once. CPU times are NAN when they could not be read.
struct UploadRound
{
    double wallMs = NAN;
    double clientCpuMs = NAN; // the uploading process (all its threads)
    double serverCpuMs = NAN; // the sandbox, over the same span
    qint64 bytes = 0;
};

class ApiUploadRounds : public QObject
{
    Q_OBJECT
public:
    explicit ApiUploadRounds(QObject *parent = nullptr);
    ~ApiUploadRounds() override;

    void start(const UploadSetup &setup);
    bool isDone() const { return m_rounds.size() == m_setup.rounds; }
    const QList<UploadRound> &rounds() const { return m_rounds; }

Q_SIGNALS:
    void progressed();
    void failed(const QString &problem);

private:
    void uploadNext();
    void postRound();

    UploadSetup m_setup;
    std::unique_ptr<api::MarketplaceApi> m_api;
    int m_nextFile = 0;
    QStringList m_ids; // of this round's uploads
    QList<UploadRound> m_rounds;
    UploadRound m_current;
    QElapsedTimer m_roundClock;
    double m_cpuAtStart = NAN;
    double m_serverCpuAtStart = NAN;
};

// getrusage(RUSAGE_CHILDREN) in seconds: the CPU time of the children waited for so far,
// which is how a finished `envisage-cli` run's CPU time is read.
double childrenCpuSeconds();

} // namespace envisage::bench::attachments
