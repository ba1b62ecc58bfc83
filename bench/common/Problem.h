#pragma once
// How a benchmark step fails: a sentence for the person running it, or nothing.
#include <QString>

#include <optional>

namespace envisage::bench {

using Problem = std::optional<QString>;

// Prints "bench-name: problem" on stderr, the name being the application's, and returns
// exitCode, so that main() and run() can `return reportProblem(…);`.
int reportProblem(const QString &problem, int exitCode = 1);

} // namespace envisage::bench
