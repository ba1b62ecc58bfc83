#include "RowFlash.h"

namespace envisage::ui {

RowFlash::RowFlash(QObject *parent) : QObject(parent)
{
    m_fade.setStartValue(1.0);
    m_fade.setEndValue(0.0);
    m_fade.setDuration(DurationMs);
    // Full strength for a while, then out: the list may still be settling under it.
    m_fade.setEasingCurve(QEasingCurve::InQuad);
    connect(&m_fade, &QVariantAnimation::valueChanged, this, &RowFlash::changed);
    connect(&m_fade, &QVariantAnimation::finished, this, [this] {
        m_messageId = 0;
        Q_EMIT changed();
    });
}

void RowFlash::start(qint64 messageId)
{
    m_messageId = messageId;
    m_fade.stop();
    m_fade.start();
    Q_EMIT changed();
}

void RowFlash::stop()
{
    if (m_messageId == 0)
        return;
    m_fade.stop();
    m_messageId = 0;
    Q_EMIT changed();
}

qint64 RowFlash::messageId() const
{
    return m_messageId;
}

double RowFlash::strength() const
{
    return m_messageId == 0 ? 0.0 : m_fade.currentValue().toDouble();
}

} // namespace envisage::ui
