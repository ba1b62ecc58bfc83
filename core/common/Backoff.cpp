#include "Backoff.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace envisage {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max,
                                   Random random)
    : m_base(base)
    , m_max(std::max(base, max))
    , m_random(random ? std::move(random) : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

std::chrono::milliseconds Backoff::ceiling() const
{
    const double grown = double(m_base.count()) * std::pow(2.0, std::min(m_attempt, 30));
    return std::chrono::milliseconds(qint64(std::min(grown, double(m_max.count()))));
}

std::chrono::milliseconds Backoff::next()
{
    const qint64 top = ceiling().count();
    ++m_attempt;
    const double fraction = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(top / 2 + qint64(std::llround(fraction * double(top - top / 2))));
}

} // namespace envisage
