#pragma once
// The demo marketplace inside a screenshot tool's own process: demo data in memory, on
// free loopback ports, with the simulated buyers still so that every run draws the same
// pictures. Header-only: the tools that use it link envisage_sandbox themselves.
#include "Sandbox.h"

#include <cstdio>
#include <memory>

namespace envisage::testing {

// The started sandbox, or null after printing why it did not start, as `tool` says it.
inline std::unique_ptr<sandbox::Sandbox> startStillDemoSandbox(const char *tool)
{
    sandbox::SandboxConfig config;
    config.apiPort = 0;
    config.wsPort = 0;
    config.databasePath = QStringLiteral(":memory:");
    config.seedDemo = true;
    config.simulate = false;
    auto marketplace = std::make_unique<sandbox::Sandbox>(config);
    QString error;
    if (!marketplace->start(&error)) {
        std::fprintf(stderr, "%s: the sandbox did not start: %s\n", tool, qPrintable(error));
        return nullptr;
    }
    return marketplace;
}

} // namespace envisage::testing
