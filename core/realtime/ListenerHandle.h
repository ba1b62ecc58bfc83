#pragma once
// What every listen/bind returns: remove() takes that one listener away (Echo #51/#312,
// pusher-js #273). Copies share the listener; removing twice, or after the channel is
// gone, does nothing.
#include <functional>
#include <memory>

namespace envisage::realtime {

class ListenerHandle
{
public:
    ListenerHandle() = default;
    explicit ListenerHandle(std::function<void()> remover)
        : m_remover(std::make_shared<std::function<void()>>(std::move(remover)))
    {
    }

    void remove()
    {
        if (m_remover && *m_remover) {
            const std::function<void()> remover = std::move(*m_remover);
            *m_remover = nullptr;
            remover();
        }
    }
    bool isActive() const { return m_remover && *m_remover; }

private:
    std::shared_ptr<std::function<void()>> m_remover;
};

} // namespace envisage::realtime
