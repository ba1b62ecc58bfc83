#pragma once
// Deletes uploads never attached to a message once they are older than a day
// (marketplace-api.md §4), on a timer: the time itself comes from the store's clock,
// so a test advances that clock and lets the timer fire.
#include <QObject>
#include <QTimer>

namespace envisage::sandbox {

class Attachments;

class AttachmentSweeper : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 10 * 60 * 1000;

    AttachmentSweeper(Attachments &attachments, int intervalMs = DefaultIntervalMs,
                      QObject *parent = nullptr);

    // Sweeps now, then every interval.
    void start();

Q_SIGNALS:
    void swept(int deleted);

private:
    void sweep();

    Attachments &m_attachments;
    QTimer m_timer;
};

} // namespace envisage::sandbox
