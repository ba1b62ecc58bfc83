#pragma once
// The seller's window against the sandbox, as the window tests set it up: a session of
// its own (SandboxSession.h) and a MainWindow on it, shown and exposed before the sign-in
// so that the window goes through every step of it as in the app.
#include "MainWindow.h"
#include "SandboxSession.h"

#include <QTest>
#include <memory>

namespace envisage::testing::ui {

struct SessionWindow
{
    std::unique_ptr<inbox::InboxSession> session;
    std::unique_ptr<envisage::ui::MainWindow> window;

    // A new session on `cachePath` and its window at `size` (empty: the window's own),
    // shown; false if the window was not exposed.
    bool show(const inbox::ServerProfile &profile, const QString &cachePath, QSize size = {})
    {
        session = newSession(profile, cachePath);
        window = std::make_unique<envisage::ui::MainWindow>(session.get());
        if (size.isValid())
            window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // Signs in with a password; true once Ready and then Online, each within `timeoutMs`.
    bool signIn(const QString &email, const QString &password, int timeoutMs)
    {
        session->signIn(email, password);
        return waitReadyAndOnline(*session, timeoutMs);
    }

    // The window first: it holds on to the session.
    void close()
    {
        window.reset();
        session.reset();
    }
};

} // namespace envisage::testing::ui
