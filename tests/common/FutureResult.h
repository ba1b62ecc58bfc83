#pragma once
// The value of a QFuture, waited for (the Store answers on its own thread).
#include <QFuture>

namespace envisage::testing {

template <typename T> T futureResult(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace envisage::testing
