#pragma once
// Reading a benchmark's command line: whole numbers within the range a flag allows.
#include <QCommandLineParser>
#include <QString>

namespace envisage::bench {

// The value of --name as a whole number from low to high; false (the caller says why) when
// it is not one.
bool integerOption(const QCommandLineParser &parser, const QString &name, int low, int high,
                   int *value);

} // namespace envisage::bench
