#include "PusherOptions.h"

#include <QUrlQuery>

namespace envisage::realtime {

using namespace Qt::StringLiterals;

QString PusherOptions::effectiveHost() const
{
    if (!host.isEmpty())
        return host;
    return u"ws-%1.pusher.com"_s.arg(cluster.isEmpty() ? u"mt1"_s : cluster);
}

quint16 PusherOptions::effectivePort() const
{
    if (port != 0)
        return port;
    return useTls ? 443 : 80;
}

QUrl PusherOptions::socketUrl() const
{
    QUrl url;
    url.setScheme(useTls ? u"wss"_s : u"ws"_s);
    url.setHost(effectiveHost());
    url.setPort(effectivePort());
    QString prefix = path;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(u'/'))
        prefix.prepend(u'/');
    url.setPath(prefix + u"/app/"_s + key);
    QUrlQuery query;
    query.addQueryItem(u"protocol"_s, u"7"_s);
    query.addQueryItem(u"client"_s, clientName);
    query.addQueryItem(u"version"_s, clientVersion);
    query.addQueryItem(u"flash"_s, u"false"_s);
    url.setQuery(query);
    return url;
}

} // namespace envisage::realtime
