#pragma once
// A user's saved replies (marketplace-api.md §5): canned answers with a title and a
// shortcut unique per user, stored for the client's "/" completer and picker.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace envisage::sandbox {

struct SavedReplyRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QString title;
    QString shortcut;
    QString body;
    qint64 updatedAt = 0;
};

class SavedReplies
{
public:
    static constexpr int MaxPerUser = 200;

    explicit SavedReplies(QSqlDatabase db) : m_db(db) {}

    // The user's replies by title (what a picker lists), then by id.
    QList<SavedReplyRecord> forUser(qint64 userId) const;
    std::optional<SavedReplyRecord> find(qint64 id) const;
    int countForUser(qint64 userId) const;
    // The user's reply that already uses the shortcut, other than exceptId.
    std::optional<SavedReplyRecord> withShortcut(qint64 userId, const QString &shortcut,
                                                 qint64 exceptId = 0) const;

    std::optional<SavedReplyRecord> create(qint64 userId, const QString &title,
                                           const QString &shortcut, const QString &body,
                                           qint64 atMs);
    // Writes the record's title, shortcut and body, stamping updated_at.
    std::optional<SavedReplyRecord> update(const SavedReplyRecord &reply, qint64 atMs);
    bool remove(qint64 id);

    static QJsonObject json(const SavedReplyRecord &reply);
    static QJsonArray json(const QList<SavedReplyRecord> &replies);

private:
    QList<SavedReplyRecord> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace envisage::sandbox
