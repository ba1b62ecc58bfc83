#include "EchoPeer.h"

#include <QDir>
#include <QFileInfo>

namespace envisage::testing {

using namespace Qt::StringLiterals;

EchoPeer::EchoPeer() : JsonLinesProcess(u"the Echo peer"_s)
{
    setFatal(is(u"fatal"_s));
}

QString EchoPeer::nodeExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("ENVISAGE_NODE");
    return fromEnvironment.isEmpty() ? QStringLiteral(ENVISAGE_NODE_EXECUTABLE) : fromEnvironment;
}

QString EchoPeer::interopDirectory()
{
    return QStringLiteral(ENVISAGE_INTEROP_DIR);
}

QString EchoPeer::unavailableReason()
{
    const QString node = nodeExecutable();
    if (node.isEmpty() || !QFileInfo(node).isExecutable())
        return u"no node executable (none found at configure time, or ENVISAGE_NODE is wrong)"_s;
    const QDir interop(interopDirectory());
    for (const QString &package : {u"laravel-echo"_s, u"pusher-js"_s, u"pusher"_s}) {
        if (!interop.exists(u"node_modules/%1/package.json"_s.arg(package)))
            return u"tests/interop/node_modules is incomplete: run `npm ci` in tests/interop"_s;
    }
    return {};
}

bool EchoPeer::start(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A peer forgotten by a crashed test leaves on its own.
    environment.insert(u"ECHO_PEER_MAX_LIFETIME_MS"_s, u"90000"_s);
    const QString script = QDir(interopDirectory()).filePath(u"peer/echo-peer.mjs"_s);
    return JsonLinesProcess::start(nodeExecutable(), QStringList{script} + arguments, environment,
                                   QFileInfo(script).absolutePath());
}

std::optional<QJsonObject> EchoPeer::run(QJsonObject command, int timeoutMs)
{
    const int id = ++m_lastId;
    command.insert(u"id"_s, id);
    write(command);
    auto answer = take(
        [id](const QJsonObject &line) {
            return line.value(u"id"_s).toInt() == id &&
                   (line.value(u"type"_s) == u"done"_s || line.value(u"type"_s) == u"error"_s);
        },
        timeoutMs);
    if (answer && answer->value(u"type"_s) == u"error"_s)
        return std::nullopt;
    return answer;
}

} // namespace envisage::testing
