#include "Problem.h"

#include <QCoreApplication>

#include <cstdio>

namespace envisage::bench {

int reportProblem(const QString &problem, int exitCode)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(problem));
    return exitCode;
}

} // namespace envisage::bench
