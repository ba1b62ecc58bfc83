#include "SandboxProcess.h"

#include "BoundedWait.h"
#include "ProcessStats.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

// The sandbox prints one short line; this bounds one that never ends it.
constexpr qsizetype MaxLineBytes = 64 * 1024;

bool isLoopback(const QString &host)
{
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

} // namespace

SandboxProcess::SandboxProcess(QString program, QObject *parent)
    : ChildProcess(u"the sandbox"_s, u"the benchmark ended"_s, MaxLineBytes, parent),
      m_program(std::move(program))
{
}

Problem SandboxProcess::startAndWaitUntilReady(const QStringList &arguments, BoundedWait &wait,
                                               int timeoutMs)
{
    wait.follow(*this);
    start(m_program, arguments);
    return wait.waitUntil([this] { return m_endpoints.has_value(); }, timeoutMs,
                          u"the sandbox's ready line"_s);
}

qint64 SandboxProcess::peakRssKiB() const
{
    return memoryKiB(processId(), "VmHWM");
}

double SandboxProcess::cpuSeconds() const
{
    return bench::cpuSeconds(processId());
}

void SandboxProcess::readLine(const QByteArray &line)
{
    if (m_firstLineRead)
        return; // only the first line is for us
    m_firstLineRead = true;
    QJsonParseError error{};
    const QJsonObject info = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError || info.value(u"event"_s) != u"ready"_s) {
        Q_EMIT failed(u"The sandbox's first line is not its ready event: %1"_s.arg(
            QString::fromUtf8(line.left(500))));
        return;
    }
    SandboxEndpoints endpoints;
    endpoints.apiUrl = QUrl(info.value(u"api_url"_s).toString());
    endpoints.wsHost = info.value(u"ws_host"_s).toString();
    endpoints.wsPort = info.value(u"ws_port"_s).toInt();
    endpoints.appKey = info.value(u"app_key"_s).toString();
    // Benchmarks talk to loopback only; anything else means a misconfigured sandbox.
    if (!endpoints.apiUrl.isValid() || !isLoopback(endpoints.apiUrl.host()) ||
        !isLoopback(endpoints.wsHost) || endpoints.wsPort <= 0 || endpoints.wsPort > 65535 ||
        endpoints.appKey.isEmpty()) {
        Q_EMIT failed(u"The ready event names no loopback API and WebSocket address: %1"_s.arg(
            QString::fromUtf8(line)));
        return;
    }
    m_endpoints = endpoints;
}

} // namespace envisage::bench
