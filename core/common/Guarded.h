#pragma once
// A callback that does nothing once its context object is gone, for the APIs that take
// a plain std::function (the keychain, QFuture continuations without a context). A
// lambda capturing `this` passes `this` (or a scope object it owns) as the context.
#include <QObject>
#include <QPointer>
#include <utility>

namespace envisage {

template <typename Callback> auto guarded(const QObject *context, Callback callback)
{
    return [context = QPointer<const QObject>(context),
            callback = std::move(callback)](auto &&...args) {
        if (context)
            callback(std::forward<decltype(args)>(args)...);
    };
}

} // namespace envisage
