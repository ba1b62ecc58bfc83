#pragma once
// A message from someone else reaches the session on its conversation's channel and in
// conversation.updated: it is announced (notified, ends that person's typing) once. The
// newest ids are enough to remember.
#include <QList>
#include <QSet>

namespace envisage::inbox {

class AnnouncedMessages
{
public:
    static constexpr qsizetype Remembered = 2000;

    // True the first time an id is seen.
    bool claim(qint64 messageId)
    {
        if (m_ids.contains(messageId))
            return false;
        m_ids.insert(messageId);
        m_order.append(messageId);
        if (m_order.size() > Remembered)
            m_ids.remove(m_order.takeFirst());
        return true;
    }

private:
    QSet<qint64> m_ids;
    QList<qint64> m_order;
};

} // namespace envisage::inbox
