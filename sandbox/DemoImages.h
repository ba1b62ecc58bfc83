#pragma once
// The demo's pictures (DemoPictures) in the data and on the wire. apply() is a step after
// the demo seed: every listing gets a picture and about two buyers in three an avatar
// (chosen by role and id, never by name, so it holds whatever the seeder's buyers are
// called); the others keep avatar_url null, and clients show their initials.
// The database holds paths ("/demo-images/listings/3.png"), since the port is often
// chosen when the server listens (--port 0) and a file may be served again on another
// one; Accounts and Conversations make them absolute URLs when they read them
// (Accounts::setPublicBaseUrl), so the JSON carries a full URL or null as the contract
// says. GET /demo-images/listings/{id}.png and /demo-images/avatars/{id}.png are public
// (no token, as a CDN's would be), with a strong ETag and Cache-Control; a path that no
// row names is 404. The PNGs are drawn on first use and kept.
#include "HttpService.h"

#include <QHash>
#include <QSqlDatabase>

namespace envisage::sandbox {

class DemoImages
{
public:
    explicit DemoImages(QSqlDatabase db) : m_db(db) {}

    static QString listingPath(qint64 listingId);
    static QString avatarPath(qint64 userId);
    // Whether this buyer has a picture in the demo: two in three, by id.
    static bool buyerHasAvatar(qint64 userId) { return userId % 3 != 0; }

    // Sets the paths where none is set yet; returns how many rows it changed.
    int apply();
    void registerRoutes(HttpService &http);

private:
    HttpReply listing(const QHttpServerRequest &request, qint64 id);
    HttpReply avatar(const QHttpServerRequest &request, qint64 id);
    // The stored path of that row, if it is this one.
    bool names(const QString &table, const QString &column, qint64 id, const QString &path) const;
    static HttpReply png(const QHttpServerRequest &request, const QByteArray &bytes);

    QSqlDatabase m_db;
    QHash<QString, QByteArray> m_drawn; // PNG bytes by path
};

} // namespace envisage::sandbox
