#include "ServerProfile.h"

namespace envisage::inbox {

using namespace Qt::StringLiterals;

realtime::PusherOptions ServerProfile::pusherOptions() const
{
    realtime::PusherOptions options;
    options.key = appKey;
    options.cluster = cluster;
    options.host = wsHost;
    options.port = wsPort;
    options.useTls = wsTls;
    return options;
}

QUrl ServerProfile::authEndpoint() const
{
    QUrl url = apiUrl;
    url.setPath(apiUrl.path() + u"/broadcasting/auth"_s);
    return url;
}

QString ServerProfile::accountKey() const
{
    return u"%1_%2"_s.arg(apiUrl.host()).arg(apiUrl.port(apiUrl.scheme() == u"https"_s ? 443 : 80));
}

ServerProfile ServerProfile::envisageMarketplace()
{
    ServerProfile profile;
    profile.name = u"Envisage Marketplace"_s;
    profile.apiUrl = QUrl(u"https://envisage.test"_s);
    profile.cluster = u"mt1"_s; // wss://ws-mt1.pusher.com:443
    profile.wsPort = 443;       // as the sign-in dialog shows it, so its choice compares equal
    profile.wsTls = true;
    profile.appKey = u"envisage"_s;
    return profile;
}

ServerProfile ServerProfile::localSandbox()
{
    ServerProfile profile;
    profile.name = u"Local sandbox"_s;
    profile.apiUrl = QUrl(u"http://127.0.0.1:8000"_s);
    profile.wsHost = u"127.0.0.1"_s;
    profile.wsPort = 6001;
    profile.wsTls = false;
    profile.appKey = u"local"_s;
    return profile;
}

ServerProfile ServerProfile::fromSandboxReady(const QJsonObject &ready)
{
    ServerProfile profile = localSandbox();
    profile.apiUrl = QUrl(ready.value(u"api_url"_s).toString());
    profile.wsHost = ready.value(u"ws_host"_s).toString();
    profile.wsPort = quint16(ready.value(u"ws_port"_s).toInt());
    profile.appKey = ready.value(u"app_key"_s).toString();
    return profile;
}

QJsonObject ServerProfile::toJson() const
{
    return {{u"name"_s, name},      {u"api_url"_s, apiUrl.toString()},
            {u"ws_host"_s, wsHost}, {u"ws_port"_s, wsPort},
            {u"ws_tls"_s, wsTls},   {u"app_key"_s, appKey},
            {u"cluster"_s, cluster}};
}

ServerProfile ServerProfile::fromJson(const QJsonObject &object)
{
    ServerProfile profile;
    profile.name = object.value(u"name"_s).toString();
    profile.apiUrl = QUrl(object.value(u"api_url"_s).toString());
    profile.wsHost = object.value(u"ws_host"_s).toString();
    profile.wsPort = quint16(object.value(u"ws_port"_s).toInt());
    profile.wsTls = object.value(u"ws_tls"_s).toBool(true);
    profile.appKey = object.value(u"app_key"_s).toString();
    profile.cluster = object.value(u"cluster"_s).toString();
    return profile;
}

} // namespace envisage::inbox
