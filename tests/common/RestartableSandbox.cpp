#include "RestartableSandbox.h"

namespace envisage::testing {

using namespace Qt::StringLiterals;

bool RestartableSandbox::start(const QString &databaseFile)
{
    m_arguments = {u"--database"_s, databaseFile, u"--seed"_s, u"demo"_s};
    m_ports.clear();
    return startAgain();
}

bool RestartableSandbox::startAgain()
{
    m_process = std::make_unique<SandboxProcess>();
    if (!m_process->start(m_arguments + m_ports))
        return false;
    if (m_ports.isEmpty())
        m_ports = {u"--port"_s, QString::number(m_process->apiUrl().port()), u"--ws-port"_s,
                   QString::number(m_process->wsPort())};
    return true;
}

} // namespace envisage::testing
