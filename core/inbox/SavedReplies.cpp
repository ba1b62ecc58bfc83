#include "SavedReplies.h"

#include "CoreLogging.h"
#include "SavedReplyListModel.h"
#include "common/FutureWatch.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

namespace envisage::inbox {

using namespace Qt::StringLiterals;
using api::ApiError;
using api::SavedReply;
using store::SavedReplyEdit;

namespace {

qint64 newLocalId()
{
    // Negative, and unlikely to meet another one left in the cache by an earlier run.
    return -1 - qint64(QRandomGenerator::global()->bounded(Q_INT64_C(1) << 48));
}

qsizetype indexOf(const QList<SavedReply> &replies, qint64 id)
{
    for (qsizetype i = 0; i < replies.size(); ++i) {
        if (replies.at(i).id == id)
            return i;
    }
    return -1;
}

// What the seller reads when the server refuses an edit for good.
QString refusalMessage(const SavedReplyEdit &edit, const QString &title, const ApiError &error)
{
    const QString name =
        title.isEmpty() ? SavedReplies::tr("a saved reply") : u"\u201c%1\u201d"_s.arg(title);
    switch (error.kind) {
    case ApiError::Kind::Validation:
        return SavedReplies::tr("The marketplace refused %1: %2").arg(name, error.message());
    case ApiError::Kind::NotFound:
        return SavedReplies::tr(
                   "%1 was deleted on another device; your change to it was not saved.")
            .arg(name);
    case ApiError::Kind::Forbidden:
        return SavedReplies::tr("%1 belongs to another account; your change was not saved.")
            .arg(name);
    default:
        break;
    }
    return edit.kind == SavedReplyEdit::Kind::Delete
               ? SavedReplies::tr("%1 could not be deleted: %2").arg(name, error.message())
               : SavedReplies::tr("%1 could not be saved: %2").arg(name, error.message());
}

} // namespace

SavedReplies::SavedReplies(api::MarketplaceApi &api, store::Store &store,
                           SavedReplyListModel &model, QObject *parent)
    : QObject(parent), m_api(api), m_store(store), m_model(model),
      m_backoff(std::chrono::milliseconds(2000), std::chrono::milliseconds(60000))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SavedReplies::sendNext);
}

void SavedReplies::setRetryDelays(std::chrono::milliseconds base, std::chrono::milliseconds max)
{
    m_backoff = Backoff(base, max);
}

void SavedReplies::load()
{
    whenFinished(this, m_store.savedReplyCache(), [this](const store::SavedReplyCache &cache) {
        if (cache.known && !m_known) { // the server's answer may have come first
            m_base = cache.replies;
            m_known = true;
        }
        // Edits made before the cache answered follow the stored ones (their writes were
        // queued after this read, so the cache does not hold them yet).
        const QList<SavedReplyEdit> meanwhile = std::exchange(m_edits, cache.edits);
        m_edits.append(meanwhile);
        m_loaded = true;
        if (!cache.edits.isEmpty())
            qCInfo(lcInbox) << cache.edits.size() << "saved reply edit(s) from an earlier run";
        recompute();
        Q_EMIT loaded();
        sendNext();
    });
}

void SavedReplies::refresh()
{
    const int generation = m_generation;
    m_api.savedReplies(this, [this, generation](const api::ApiResult<QList<SavedReply>> &result) {
        if (!result.ok()) {
            qCInfo(lcInbox) << "saved replies not refreshed:" << result.error().toString();
            return;
        }
        if (generation != m_generation) {
            refresh(); // an answer or broadcast changed the list meanwhile: ask again
            return;
        }
        setBase(result.value());
        Q_EMIT refreshed();
    });
}

void SavedReplies::applyServerList(const QList<SavedReply> &replies)
{
    qCDebug(lcInbox) << "saved replies updated elsewhere:" << replies.size();
    setBase(replies);
}

void SavedReplies::setBase(QList<SavedReply> replies)
{
    m_base = std::move(replies);
    m_known = true;
    ++m_generation;
    write(m_store.saveSavedReplies(m_base));
    recompute();
}

void SavedReplies::recompute()
{
    QList<SavedReply> shown = m_base;
    QSet<qint64> pending;
    for (const SavedReplyEdit &edit : std::as_const(m_edits)) {
        const qsizetype at = indexOf(shown, edit.replyId);
        switch (edit.kind) {
        case SavedReplyEdit::Kind::Create:
            if (at < 0)
                shown.append({edit.replyId, edit.title, edit.shortcut, edit.body, {}});
            pending.insert(edit.replyId);
            break;
        case SavedReplyEdit::Kind::Update:
            if (at < 0)
                break; // deleted elsewhere meanwhile; the server will say so
            if (!edit.title.isNull())
                shown[at].title = edit.title;
            if (!edit.shortcut.isNull())
                shown[at].shortcut = edit.shortcut;
            if (!edit.body.isNull())
                shown[at].body = edit.body;
            pending.insert(edit.replyId);
            break;
        case SavedReplyEdit::Kind::Delete:
            if (at >= 0)
                shown.removeAt(at);
            break;
        }
    }
    m_model.setReplies(shown, pending);
}

QMap<QString, QString> SavedReplies::validate(const SavedReplyInput &input, qint64 id) const
{
    QList<SavedReply> others = m_model.replies();
    others.removeIf([id](const SavedReply &reply) { return reply.id == id; });
    return validateSavedReply(input, others);
}

QString SavedReplies::add(const SavedReplyInput &input)
{
    const SavedReplyInput fields = input.trimmed();
    SavedReplyEdit edit;
    edit.kind = SavedReplyEdit::Kind::Create;
    edit.replyId = newLocalId();
    edit.title = fields.title;
    edit.shortcut = fields.shortcut;
    edit.body = fields.body;
    return enqueue(edit);
}

QString SavedReplies::update(qint64 id, const SavedReplyInput &input)
{
    const std::optional<SavedReply> current = m_model.reply(id);
    if (!current)
        return {};
    const SavedReplyInput fields = input.trimmed();
    SavedReplyEdit edit;
    edit.kind = SavedReplyEdit::Kind::Update;
    edit.replyId = id;
    if (fields.title != current->title)
        edit.title = fields.title;
    if (fields.shortcut != current->shortcut)
        edit.shortcut = fields.shortcut;
    if (fields.body != current->body)
        edit.body = fields.body;
    if (edit.title.isNull() && edit.shortcut.isNull() && edit.body.isNull())
        return {};
    // A reply whose create has not gone out yet: change the create itself.
    for (SavedReplyEdit &create : m_edits) {
        if (create.kind == SavedReplyEdit::Kind::Create && create.replyId == id &&
            !inFlight(create.editId)) {
            create.title = fields.title;
            create.shortcut = fields.shortcut;
            create.body = fields.body;
            if (!m_unstored.contains(create.editId))
                write(m_store.updateSavedReplyEdit(create));
            recompute();
            return create.editId;
        }
    }
    return enqueue(edit);
}

QString SavedReplies::remove(qint64 id)
{
    if (!m_model.reply(id))
        return {};
    // A reply whose create has not gone out yet: drop the create and what followed it.
    for (const SavedReplyEdit &create : std::as_const(m_edits)) {
        if (create.kind == SavedReplyEdit::Kind::Create && create.replyId == id &&
            !inFlight(create.editId)) {
            const QString editId = create.editId;
            QStringList dropped;
            for (const SavedReplyEdit &edit : std::as_const(m_edits)) {
                if (edit.replyId == id)
                    dropped.append(edit.editId);
            }
            m_edits.removeIf([id](const SavedReplyEdit &edit) { return edit.replyId == id; });
            write(m_store.removeSavedReplyEdits(dropped));
            recompute();
            return editId;
        }
    }
    SavedReplyEdit edit;
    edit.kind = SavedReplyEdit::Kind::Delete;
    edit.replyId = id;
    return enqueue(edit);
}

QString SavedReplies::enqueue(SavedReplyEdit edit)
{
    edit.editId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_edits.append(edit);
    m_unstored.insert(edit.editId);
    recompute();
    // On disk before it is sent: a crash from here on still applies it later.
    whenFinished(this, m_store.addSavedReplyEdit(edit), [this, edit](bool written) {
        m_unstored.remove(edit.editId);
        if (written) {
            sendNext();
            return;
        }
        qCWarning(lcInbox) << "a saved reply edit could not be written to the cache";
        if (!find(edit.editId))
            return;
        m_edits.removeIf([&](const SavedReplyEdit &e) { return e.editId == edit.editId; });
        recompute();
        ApiError error;
        error.kind = ApiError::Kind::Client;
        error.detail = u"the cache refused the write"_s;
        Q_EMIT editRefused(
            edit.editId, error,
            SavedReplies::tr("The change could not be saved on this computer (is the disk "
                             "full?), so it was not made."));
        sendNext();
    });
    return edit.editId;
}

void SavedReplies::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        resume();
}

void SavedReplies::resume()
{
    m_retryTimer.stop();
    m_backoff.reset();
    sendNext();
}

SavedReplyEdit *SavedReplies::find(const QString &editId)
{
    for (SavedReplyEdit &edit : m_edits) {
        if (edit.editId == editId)
            return &edit;
    }
    return nullptr;
}

bool SavedReplies::inFlight(const QString &editId) const
{
    // Sent at least once: the server may have it even if no answer came.
    for (const SavedReplyEdit &edit : m_edits) {
        if (edit.editId == editId)
            return m_sending == editId || edit.attempts > 0;
    }
    return false;
}

void SavedReplies::write(QFuture<bool> write)
{
    whenFinished(this, write, [this](bool written) {
        if (written)
            return;
        qCWarning(lcInbox) << "the cache refused a saved replies write";
        Q_EMIT storeFailed(
            SavedReplies::tr("The offline cache could not record a change to your saved replies "
                             "(is the disk full?)."));
    });
}

void SavedReplies::sendNext()
{
    if (!m_sending.isEmpty() || m_paused || m_held || !m_loaded || m_retryTimer.isActive() ||
        m_edits.isEmpty())
        return;
    SavedReplyEdit &next = m_edits.first();
    // In order, and nothing sent that a crash would lose.
    if (m_unstored.contains(next.editId))
        return;
    if (next.kind != SavedReplyEdit::Kind::Create && next.replyId < 0) {
        // Its create was refused or dropped: nothing on the server to change.
        write(m_store.removeSavedReplyEdits({next.editId}));
        m_edits.removeFirst();
        recompute();
        sendNext();
        return;
    }
    ++next.attempts;
    write(m_store.updateSavedReplyEdit(next));
    const SavedReplyEdit edit = next;
    m_sending = edit.editId;
    const auto answer = [this, edit](const api::ApiResult<SavedReply> &result) {
        m_sending.clear();
        onAnswer(edit, result);
    };
    switch (edit.kind) {
    case SavedReplyEdit::Kind::Create:
        m_api.createSavedReply(this, edit.title, edit.shortcut, edit.body, answer);
        break;
    case SavedReplyEdit::Kind::Update: {
        QJsonObject fields;
        if (!edit.title.isNull())
            fields.insert(u"title"_s, edit.title);
        if (!edit.shortcut.isNull())
            fields.insert(u"shortcut"_s, edit.shortcut);
        if (!edit.body.isNull())
            fields.insert(u"body"_s, edit.body);
        m_api.updateSavedReply(this, edit.replyId, fields, answer);
        break;
    }
    case SavedReplyEdit::Kind::Delete:
        m_api.deleteSavedReply(
            this, edit.replyId,
            [answer, id = edit.replyId](const api::ApiResult<api::NoContent> &r) {
                // Already gone is as good as deleted now.
                if (r.ok() || r.error().kind == ApiError::Kind::NotFound)
                    answer(SavedReply{id, {}, {}, {}, {}});
                else
                    answer(r.error());
            });
        break;
    }
}

void SavedReplies::onAnswer(const SavedReplyEdit &edit, const api::ApiResult<SavedReply> &result)
{
    if (!find(edit.editId))
        return;
    if (result.ok()) {
        m_backoff.reset();
        applied(edit, result.value());
        return;
    }
    const ApiError &error = result.error();
    if (error.isTemporary() || error.kind == ApiError::Kind::Unauthenticated) {
        retryLater(edit, error);
        return;
    }
    if (edit.kind == SavedReplyEdit::Kind::Create && error.kind == ApiError::Kind::Validation &&
        error.fieldErrors.contains(u"shortcut"_s)) {
        checkRepeatedCreate(edit, error);
        return;
    }
    const std::optional<SavedReply> shown = m_model.reply(edit.replyId);
    refused(edit, error, refusalMessage(edit, shown ? shown->title : edit.title, error));
    if (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::NotFound)
        refresh(); // our list was out of date
}

void SavedReplies::checkRepeatedCreate(const SavedReplyEdit &edit, const ApiError &refusal)
{
    m_sending = edit.editId; // nothing else goes out until this is decided
    m_api.savedReplies(
        this, [this, edit, refusal](const api::ApiResult<QList<SavedReply>> &result) {
            m_sending.clear();
            if (!result.ok()) {
                retryLater(edit, result.error()); // decided on the next attempt
                return;
            }
            setBase(result.value());
            for (const SavedReply &reply : result.value()) {
                if (reply.shortcut == edit.shortcut && reply.title == edit.title &&
                    reply.body == edit.body) {
                    qCInfo(lcInbox) << "a repeated saved reply create was already applied";
                    applied(edit, reply);
                    return;
                }
            }
            refused(edit, refusal, refusalMessage(edit, edit.title, refusal));
        });
}

void SavedReplies::retryLater(const SavedReplyEdit &edit, const ApiError &error)
{
    const std::chrono::milliseconds delay = api::ApiTransport::retryDelay(error, m_backoff);
    qCInfo(lcInbox) << "saved reply edit delayed (" << api::kindName(error.kind) << "); retrying in"
                    << delay.count() << "ms";
    if (error.kind != ApiError::Kind::Unauthenticated)
        m_retryTimer.start(delay);
    Q_EMIT editDelayed(edit.editId, error);
}

void SavedReplies::applied(const SavedReplyEdit &edit, const SavedReply &reply)
{
    const qsizetype at =
        indexOf(m_base, edit.kind == SavedReplyEdit::Kind::Create ? reply.id : edit.replyId);
    if (edit.kind == SavedReplyEdit::Kind::Delete) {
        if (at >= 0)
            m_base.removeAt(at);
    } else if (at >= 0) {
        m_base[at] = reply;
    } else {
        m_base.append(reply);
    }
    ++m_generation;
    const qint64 localId = edit.kind == SavedReplyEdit::Kind::Create ? edit.replyId : 0;
    m_edits.removeIf([&](const SavedReplyEdit &e) { return e.editId == edit.editId; });
    if (localId < 0) {
        for (SavedReplyEdit &later : m_edits) {
            if (later.replyId == localId)
                later.replyId = reply.id;
        }
    }
    // If this write fails the edit is applied again after a restart: PATCH and DELETE
    // change nothing more, and a create is recognised (see the header).
    write(m_store.savedReplyEditApplied(edit.editId, m_base, localId, reply.id));
    recompute();
    Q_EMIT editApplied(edit.editId, reply);
    sendNext();
}

void SavedReplies::refused(const SavedReplyEdit &edit, const ApiError &error,
                           const QString &message)
{
    qCInfo(lcInbox) << "a saved reply edit was refused:" << api::kindName(error.kind);
    QStringList dropped{edit.editId};
    if (edit.kind == SavedReplyEdit::Kind::Create) {
        for (const SavedReplyEdit &later : std::as_const(m_edits)) {
            if (later.replyId == edit.replyId && later.editId != edit.editId)
                dropped.append(later.editId);
        }
    }
    m_edits.removeIf([&](const SavedReplyEdit &e) { return dropped.contains(e.editId); });
    write(m_store.removeSavedReplyEdits(dropped));
    recompute(); // the rollback
    Q_EMIT editRefused(edit.editId, error, message);
    sendNext();
}

} // namespace envisage::inbox
