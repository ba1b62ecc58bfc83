#include "PeerProcess.h"

#include <QJsonDocument>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

// A summary holds one number per event; this bounds a peer that never ends its line.
constexpr qsizetype MaxLineBytes = 64 * 1024 * 1024;

} // namespace

PeerProcess::PeerProcess(QString client, QString role, QObject *parent)
    : ChildProcess(u"the %1 %2"_s.arg(client, role), u"its summary"_s, MaxLineBytes, parent),
      m_client(std::move(client)), m_role(std::move(role))
{
}

void PeerProcess::readLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    const QString event = object.value(u"event"_s).toString();
    if (error.error != QJsonParseError::NoError || event.isEmpty()) {
        Q_EMIT failed(u"The %1 %2 printed a line that is not a JSON event: %3"_s.arg(
            m_client, m_role, QString::fromUtf8(line.left(300))));
    } else if (event == u"ready"_s) {
        m_ready = object;
    } else if (event == u"summary"_s) {
        m_summary = object;
        allowExit(); // it exits on its own once it has summarized
    } else if (event == u"error"_s) {
        Q_EMIT failed(
            u"The %1 %2 failed: %3"_s.arg(m_client, m_role, object.value(u"message"_s).toString()));
    }
}

} // namespace envisage::bench
