#pragma once
// Laravel's cursor paginator: the cursor is base64url of {"id":N,"_pointsToNextItems":bool},
// "next" walks to older messages, "prev" back to newer ones.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace envisage::sandbox {

struct MessagePage;

struct Cursor
{
    qint64 id = 0;
    bool pointsToNextItems = true;

    QString encode() const;
    // Nothing for an absent or unreadable cursor (Laravel then serves the first page).
    static std::optional<Cursor> decode(const QString &text);
};

namespace CursorPaginator {
QJsonObject json(const MessagePage &page, const QJsonArray &data, int perPage, const QString &path);
}

} // namespace envisage::sandbox
