#include "CommandLine.h"

namespace envisage::bench {

bool integerOption(const QCommandLineParser &parser, const QString &name, int low, int high,
                   int *value)
{
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    return ok && *value >= low && *value <= high;
}

} // namespace envisage::bench
