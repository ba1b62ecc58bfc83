#include "AttachmentSweeper.h"

#include "Attachments.h"

namespace envisage::sandbox {

AttachmentSweeper::AttachmentSweeper(Attachments &attachments, int intervalMs, QObject *parent)
    : QObject(parent), m_attachments(attachments)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AttachmentSweeper::sweep);
}

void AttachmentSweeper::start()
{
    sweep();
    m_timer.start();
}

void AttachmentSweeper::sweep()
{
    Q_EMIT swept(m_attachments.deleteExpiredUploads());
}

} // namespace envisage::sandbox
