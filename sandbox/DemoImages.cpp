#include "DemoImages.h"

#include "DemoPictures.h"
#include "HttpRange.h"
#include "LaravelReplies.h"
#include "Logging.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

QString DemoImages::listingPath(qint64 listingId)
{
    return u"/demo-images/listings/%1.png"_s.arg(listingId);
}

QString DemoImages::avatarPath(qint64 userId)
{
    return u"/demo-images/avatars/%1.png"_s.arg(userId);
}

int DemoImages::apply()
{
    int changed = 0;
    QSqlQuery select(m_db);
    QSqlQuery update(m_db);
    QList<qint64> ids;
    if (select.exec(u"SELECT id FROM listings WHERE image_url IS NULL"_s)) {
        while (select.next())
            ids.append(select.value(0).toLongLong());
    }
    update.prepare(u"UPDATE listings SET image_url = ? WHERE id = ?"_s);
    for (qint64 id : std::as_const(ids)) {
        update.addBindValue(listingPath(id));
        update.addBindValue(id);
        changed += update.exec() ? 1 : 0;
    }
    ids.clear();
    if (select.exec(u"SELECT id FROM users WHERE role = 'buyer' AND avatar_url IS NULL"_s)) {
        while (select.next()) {
            if (buyerHasAvatar(select.value(0).toLongLong()))
                ids.append(select.value(0).toLongLong());
        }
    }
    update.prepare(u"UPDATE users SET avatar_url = ? WHERE id = ?"_s);
    for (qint64 id : std::as_const(ids)) {
        update.addBindValue(avatarPath(id));
        update.addBindValue(id);
        changed += update.exec() ? 1 : 0;
    }
    if (select.lastError().isValid() || update.lastError().isValid())
        qCWarning(lcSandboxDb) << "demo pictures:" << select.lastError().text()
                               << update.lastError().text();
    qCInfo(lcSandboxDb) << "demo pictures set on" << changed << "rows";
    return changed;
}

void DemoImages::registerRoutes(HttpService &http)
{
    using Method = QHttpServerRequest::Method;
    http.addRoute(Method::Get, u"^/demo-images/listings/(\\d{1,18})\\.png$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m) {
                      return listing(r, m.captured(1).toLongLong());
                  });
    http.addRoute(Method::Get, u"^/demo-images/avatars/(\\d{1,18})\\.png$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &m) {
                      return avatar(r, m.captured(1).toLongLong());
                  });
}

bool DemoImages::names(const QString &table, const QString &column, qint64 id,
                       const QString &path) const
{
    QSqlQuery query(m_db);
    // table and column are ours, never the request's.
    query.prepare(u"SELECT 1 FROM %1 WHERE id = ? AND %2 = ?"_s.arg(table, column));
    query.addBindValue(id);
    query.addBindValue(path);
    return query.exec() && query.next();
}

HttpReply DemoImages::listing(const QHttpServerRequest &request, qint64 id)
{
    const QString path = listingPath(id);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT title FROM listings WHERE id = ? AND image_url = ?"_s);
    query.addBindValue(id);
    query.addBindValue(path);
    if (!query.exec() || !query.next())
        return Laravel::routeNotFound(request);
    // The title decides the drawing; a listing renamed meanwhile is drawn anew.
    const QString key = path + u'\n' + query.value(0).toString();
    if (!m_drawn.contains(key))
        m_drawn.insert(key, DemoPictures::png(DemoPictures::listing(query.value(0).toString())));
    return png(request, m_drawn.value(key));
}

HttpReply DemoImages::avatar(const QHttpServerRequest &request, qint64 id)
{
    const QString path = avatarPath(id);
    if (!names(u"users"_s, u"avatar_url"_s, id, path))
        return Laravel::routeNotFound(request);
    if (!m_drawn.contains(path))
        m_drawn.insert(path, DemoPictures::png(DemoPictures::avatar(id)));
    return png(request, m_drawn.value(path));
}

HttpReply DemoImages::png(const QHttpServerRequest &request, const QByteArray &bytes)
{
    HttpReply reply;
    const QByteArray etag =
        '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
    reply.withHeader("ETag", etag)
        .withHeader("Cache-Control", "public, max-age=86400")
        .withHeader("X-Content-Type-Options", "nosniff");
    if (HttpRange::noneMatchHits(requestHeader(request, "If-None-Match"), etag)) {
        reply.status = 304;
        reply.contentType.clear();
        return reply;
    }
    if (bytes.isEmpty())
        return HttpReply::json(500, QJsonObject{{u"message"_s, u"Server Error"_s}});
    reply.contentType = "image/png";
    reply.body = bytes;
    return reply;
}

} // namespace envisage::sandbox
