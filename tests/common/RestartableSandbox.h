#pragma once
// A sandbox that a test stops and starts again, as a server restarts: the demo data in a
// file database (what was written survives) and, from the second start on, the ports of
// the first, so that a client under test reconnects to where it was.
#include "SandboxProcess.h"

#include <QStringList>
#include <memory>

namespace envisage::testing {

class RestartableSandbox
{
public:
    // The first start, on free ports, seeding `databaseFile` with the demo data.
    bool start(const QString &databaseFile);
    // Again after stop(), on the same ports and file.
    bool startAgain();

    SandboxProcess *operator->() const { return m_process.get(); }
    SandboxProcess &operator*() const { return *m_process; }
    explicit operator bool() const { return m_process != nullptr; }

private:
    QStringList m_arguments;
    QStringList m_ports;
    std::unique_ptr<SandboxProcess> m_process;
};

} // namespace envisage::testing
