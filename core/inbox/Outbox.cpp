#include "Outbox.h"

#include "OutboxFiles.h"
#include "common/FutureWatch.h"
#include "common/Guarded.h"
#include "store/Store.h"

#include "CoreLogging.h"
#include <QFileInfo>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace envisage::inbox {

using namespace Qt::StringLiterals;
using store::OutboxEntry;

Outbox::Outbox(api::MarketplaceApi &api, store::Store &store, QObject *parent)
    : QObject(parent), m_api(api), m_store(store),
      m_backoff(std::chrono::milliseconds(2000), std::chrono::milliseconds(60000))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendNext);
}

void Outbox::setRetryDelays(std::chrono::milliseconds base, std::chrono::milliseconds max)
{
    m_backoff = Backoff(base, max);
}

void Outbox::load()
{
    qCDebug(lcOutbox) << "loading the outbox from the cache";
    whenFinished(this, m_store.outbox(), [this](const QList<OutboxEntry> &stored) {
        // Entries queued before the cache answered stay after the stored ones (the cache
        // may already hold some of them: their writes were queued before this read).
        const QList<OutboxEntry> queuedMeanwhile = std::exchange(m_entries, stored);
        for (const OutboxEntry &entry : queuedMeanwhile) {
            if (!find(entry.clientId))
                m_entries.append(entry);
        }
        m_loaded = true;
        qCDebug(lcOutbox) << "outbox loaded:" << m_entries.size() << "entries";
        if (!m_folder.isEmpty()) {
            QSet<QString> known;
            for (const OutboxEntry &entry : std::as_const(m_entries))
                known.insert(entry.clientId);
            const QString folder = m_folder;
            const qint64 age = m_orphanAge.count();
            QThreadPool::globalInstance()->start(
                [folder, known, age] { OutboxFiles::removeOrphans(folder, known, age); });
        }
        if (!stored.isEmpty())
            qCInfo(lcOutbox) << stored.size() << "unsent message(s) from an earlier run";
        Q_EMIT loaded();
        sendNext();
    });
}

void Outbox::setFolder(const QString &folder)
{
    m_folder = folder;
}

QString Outbox::folder() const
{
    return m_folder;
}

QString Outbox::enqueue(qint64 conversationId, const QString &body, const QStringList &files,
                        QString *error)
{
    QString refused;
    const OutboxFiles::OpenFiles opened = OutboxFiles::open(files, &refused);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return {};
    }
    OutboxEntry entry;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.conversationId = conversationId;
    entry.body = body;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.sequence = m_entries.isEmpty() ? 1 : m_entries.last().sequence + 1;
    for (const QString &path : files) {
        // Shown with the originals until the copies are made.
        store::OutboxAttachment file;
        file.path = path;
        file.name = QFileInfo(path).fileName();
        file.size = QFileInfo(path).size();
        entry.attachments.append(file);
    }
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
    // Written in the order queued, also behind a message whose files are still being
    // copied: the cache's order is the sending order after a restart.
    m_unstored.insert(entry.clientId);
    if (files.isEmpty()) {
        m_awaitingWrite.insert(entry.clientId);
        writeReadyEntries();
        return entry.clientId;
    }
    if (m_folder.isEmpty()) {
        m_temporaryFolder = std::make_unique<QTemporaryDir>();
        m_folder = m_temporaryFolder->path();
    }
    // Kept out of sending (and so are later messages, which keep their order) until
    // the copies exist and the entry is written.
    m_preparing.insert(entry.clientId);
    const QFuture<OutboxFiles::Prepared> copied = QtConcurrent::run(
        &OutboxFiles::prepare, opened, m_folder, entry.clientId, m_keepPhotoMetadata);
    whenFinished(this, copied,
                 [this, clientId = entry.clientId](const OutboxFiles::Prepared &prepared) {
                     onFilesPrepared(clientId, prepared.error, prepared.files);
                 });
    return entry.clientId;
}

void Outbox::onFilesPrepared(const QString &clientId, const QString &error,
                             const QList<store::OutboxAttachment> &files)
{
    m_preparing.remove(clientId);
    OutboxEntry *entry = find(clientId);
    if (!entry) { // discarded meanwhile
        OutboxFiles::remove(m_folder, clientId);
        return;
    }
    if (!error.isEmpty()) {
        qCWarning(lcOutbox) << "the files of a message could not be copied; not queued";
        m_entries.removeIf([&](const OutboxEntry &e) { return e.clientId == clientId; });
        m_unstored.remove(clientId);
        Q_EMIT entryRemoved(clientId);
        Q_EMIT enqueueFailed(clientId, error);
        writeReadyEntries();
        sendNext();
        return;
    }
    entry->attachments = files;
    Q_EMIT filesCopied(clientId);
    Q_EMIT entryChanged(*entry);
    m_awaitingWrite.insert(clientId);
    writeReadyEntries();
}

void Outbox::writeReadyEntries()
{
    for (const OutboxEntry &entry : std::as_const(m_entries)) {
        if (m_preparing.contains(entry.clientId))
            return; // the ones after it wait for it
        if (m_awaitingWrite.remove(entry.clientId))
            persist(entry);
    }
}

void Outbox::persist(const OutboxEntry &entry)
{
    m_unstored.insert(entry.clientId);
    // Written before anything is sent: a crash from here on still sends it later.
    whenFinished(this, m_store.addToOutbox(entry), [this, clientId = entry.clientId](bool written) {
        if (written) {
            m_unstored.remove(clientId);
            Q_EMIT entryStored(clientId);
            sendNext();
            return;
        }
        // Not on disk (full, read-only): not sent either, since a crash would lose the
        // seller's only copy without a word. It stays on screen as failed; Retry writes
        // it again and then sends it.
        qCWarning(lcOutbox) << "a queued message could not be written to the cache";
        if (OutboxEntry *failed = find(clientId)) {
            failed->state = OutboxEntry::State::Failed;
            failed->lastError =
                tr("Not saved on this computer (is the disk full?). Retry saves and sends it.");
            Q_EMIT entryChanged(*failed);
        }
        Q_EMIT storeFailed(tr("A message could not be saved on this computer (is the disk full?). "
                              "It is kept on screen; choose Retry to save and send it."));
        sendNext(); // later messages that were stored still go
    });
}

void Outbox::write(QFuture<bool> write, const char *what)
{
    whenFinished(this, write, [this, what](bool written) {
        if (written)
            return;
        qCWarning(lcOutbox) << "the cache refused to" << what << "an outbox entry";
        Q_EMIT storeFailed(tr("The offline cache could not record a change to an unsent message "
                              "(is the disk full?)."));
    });
}

OutboxEntry *Outbox::find(const QString &clientId)
{
    for (OutboxEntry &entry : m_entries) {
        if (entry.clientId == clientId)
            return &entry;
    }
    return nullptr;
}

QList<OutboxEntry> Outbox::entriesFor(qint64 conversationId) const
{
    QList<OutboxEntry> result;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.conversationId == conversationId)
            result.append(entry);
    }
    return result;
}

void Outbox::retry(const QString &clientId)
{
    OutboxEntry *entry = find(clientId);
    if (!entry || entry->state != OutboxEntry::State::Failed || m_preparing.contains(clientId))
        return;
    entry->state = OutboxEntry::State::Pending;
    entry->lastError.clear();
    Q_EMIT entryChanged(*entry);
    if (m_unstored.contains(clientId))
        persist(*entry); // its first write failed: write it now, then it is sent
    else
        write(m_store.updateOutbox(*entry), "update");
    resume();
}

bool Outbox::discard(const QString &clientId)
{
    OutboxEntry *entry = find(clientId);
    if (!entry)
        return false;
    const bool sendingThis = m_sending && m_sendingClientId == clientId;
    // A message whose post is on its way cannot be taken back.
    if (sendingThis && (m_posting || entry->attachments.isEmpty()))
        return false;
    if (sendingThis) {
        // Its upload stops here; an attachment the server already has is never attached
        // and expires there (§4: after 24 hours).
        m_uploadScope.reset();
        m_sending = false;
        m_sendingClientId.clear();
    }
    const bool preparing = m_preparing.contains(clientId);
    m_awaitingWrite.remove(clientId);
    m_entries.removeIf([&](const OutboxEntry &e) { return e.clientId == clientId; });
    const bool stored = !m_unstored.remove(clientId);
    if (stored) {
        // The copies go once the entry is gone from disk: a crash in between must not
        // leave an entry whose files are missing.
        whenFinished(this, m_store.removeFromOutbox(clientId), [this, clientId](bool written) {
            if (!written) {
                Q_EMIT storeFailed(tr("The offline cache could not record a change to an "
                                      "unsent message (is the disk full?)."));
                return;
            }
            OutboxFiles::remove(m_folder, clientId);
        });
    } else if (!preparing) {
        OutboxFiles::remove(m_folder, clientId); // preparing: removed when the copy ends
    }
    Q_EMIT entryRemoved(clientId);
    writeReadyEntries(); // those that waited behind it
    sendNext();
    return true;
}

void Outbox::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        resume();
}

void Outbox::resume()
{
    m_retryTimer.stop();
    m_backoff.reset();
    sendNext();
}

void Outbox::sendNext()
{
    if (m_sending || m_paused || !m_loaded || m_retryTimer.isActive())
        return;
    const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending;
    });
    // Not before its cache write has finished (then it resumes sending), whatever called
    // this meanwhile (a reconnect, resume()): in order, and nothing sent that a crash loses.
    if (next == m_entries.cend() || m_unstored.contains(next->clientId))
        return;
    m_sending = true;
    m_sendingClientId = next->clientId;
    if (OutboxEntry *stored = find(next->clientId)) {
        ++stored->attempts;
        write(m_store.updateOutbox(*stored), "update");
    }
    uploadNext(next->clientId);
}

void Outbox::uploadNext(const QString &clientId)
{
    OutboxEntry *entry = find(clientId);
    if (!entry)
        return;
    const auto pending =
        std::find_if(entry->attachments.cbegin(), entry->attachments.cend(),
                     [](const store::OutboxAttachment &a) { return !a.isUploaded(); });
    if (pending == entry->attachments.cend()) {
        post(*entry);
        return;
    }
    const int index = int(pending - entry->attachments.cbegin());
    const store::OutboxAttachment &file = *pending;
    m_uploadScope = std::make_unique<QObject>();
    QObject *scope = m_uploadScope.get();
    m_api.uploadAttachment(
        scope, file.path, file.name, file.mime, file.clientId,
        guarded(scope,
                [this, clientId, index, size = file.size](qint64 sent, qint64) {
                    // In the file's bytes: the request also carries the form's framing.
                    const qint64 done = std::clamp<qint64>(sent, 0, size);
                    if (OutboxEntry *uploading = find(clientId))
                        uploading->attachments[index].uploaded = done;
                    Q_EMIT uploadProgress(clientId, index, done, size);
                }),
        [this, clientId, index](const api::ApiResult<api::UploadedAttachment> &result) {
            onUploaded(clientId, index, result);
        });
}

void Outbox::onUploaded(const QString &clientId, int index,
                        const api::ApiResult<api::UploadedAttachment> &result)
{
    m_uploadScope.release()->deleteLater(); // this callback runs inside its request
    OutboxEntry *entry = find(clientId);
    if (!entry || index >= entry->attachments.size()) {
        m_sending = false;
        sendNext();
        return;
    }
    store::OutboxAttachment &file = entry->attachments[index];
    if (!result.ok()) {
        const api::ApiError &error = result.error();
        QString reason = error.message();
        if (error.httpStatus == 413)
            reason = tr("%1 is larger than the marketplace accepts.").arg(file.name);
        else if (error.httpStatus == 0 && error.kind == api::ApiError::Kind::Client)
            reason = tr("The copy of %1 kept for sending is gone.").arg(file.name);
        else if (error.kind == api::ApiError::Kind::Validation)
            reason = tr("%1: %2").arg(file.name, reason);
        onSendingFailed(clientId, error, reason);
        return;
    }
    m_backoff.reset();
    file.attachmentId = result.value().attachment.id;
    file.uploaded = file.size;
    Q_EMIT attachmentUploaded(clientId, index, file.attachmentId);
    // Not waited for: if it does not reach the disk, the upload is repeated after a
    // restart with the same client_id and the server answers with the same attachment.
    write(m_store.setOutboxAttachmentId(clientId, index, file.attachmentId), "update");
    Q_EMIT entryChanged(*entry);
    uploadNext(clientId);
}

void Outbox::post(const OutboxEntry &entry)
{
    QStringList ids;
    for (const store::OutboxAttachment &file : entry.attachments)
        ids.append(file.attachmentId);
    m_posting = true;
    m_api.sendMessage(
        this, entry.conversationId, entry.body, entry.clientId, ids,
        [this, entry](const api::ApiResult<api::SentMessage> &result) { onSent(entry, result); });
}

void Outbox::onSent(const OutboxEntry &sent, const api::ApiResult<api::SentMessage> &result)
{
    m_posting = false;
    OutboxEntry *entry = find(sent.clientId);
    if (result.ok()) {
        m_sending = false;
        m_sendingClientId.clear();
        m_backoff.reset();
        const api::Message message = result.value().message;
        const OutboxEntry done = entry ? *entry : sent;
        m_entries.removeIf([&](const OutboxEntry &e) { return e.clientId == sent.clientId; });
        m_store.saveMessages({message});
        // If this fails the entry is sent again after a restart, with the same client_id:
        // the server answers with the stored message, so nothing is doubled. The copies
        // go only once the entry is gone from disk, for the same reason.
        const bool withFiles = !done.attachments.isEmpty();
        const QFuture<bool> removed = m_store.removeFromOutbox(sent.clientId);
        whenFinished(this, removed, [this, clientId = sent.clientId, withFiles](bool written) {
            if (!written) {
                qCWarning(lcOutbox) << "the cache refused to remove an outbox entry";
                Q_EMIT storeFailed(tr("The offline cache could not record a change to an "
                                      "unsent message (is the disk full?)."));
            } else if (withFiles) {
                OutboxFiles::remove(m_folder, clientId);
            }
            Q_EMIT entryCleared(clientId);
        });
        Q_EMIT delivered(done, message);
        sendNext();
        return;
    }
    onSendingFailed(sent.clientId, result.error(), result.error().message());
}

void Outbox::onSendingFailed(const QString &clientId, const api::ApiError &error,
                             const QString &reason)
{
    m_sending = false;
    m_sendingClientId.clear();
    if (error.isTemporary() || error.kind == api::ApiError::Kind::Unauthenticated) {
        // Kept pending; a 401 waits for the next sign-in (setPaused), others back off.
        const std::chrono::milliseconds delay = api::ApiTransport::retryDelay(error, m_backoff);
        qCInfo(lcOutbox) << "sending failed (" << api::kindName(error.kind) << "); retrying in"
                         << delay.count() << "ms";
        if (error.kind != api::ApiError::Kind::Unauthenticated)
            m_retryTimer.start(delay);
        return;
    }
    if (OutboxEntry *entry = find(clientId)) {
        entry->state = OutboxEntry::State::Failed;
        entry->lastError = reason;
        write(m_store.updateOutbox(*entry), "update");
        qCInfo(lcOutbox) << "a message failed for good:" << api::kindName(error.kind);
        Q_EMIT entryChanged(*entry);
    }
    sendNext(); // later messages still go
}

} // namespace envisage::inbox
