#pragma once
// Continues a QFuture on the context's thread through a QFutureWatcher that the context
// owns: when the context goes first, the watcher goes with it and the callback never runs.
// Used instead of QFuture::then(context, …), which in Qt 6.4 asserts when the context is
// destroyed before the future finishes. A future that ends without a result (the Store
// closed under it) calls nothing.
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace envisage {

template <typename T, typename Callback>
void whenFinished(QObject *context, const QFuture<T> &future, Callback callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0)
                             return;
                         callback(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace envisage
