#pragma once
// The seller's side of bench-attachments (`--window PROFILE`): the real window in a
// process of its own, signed in as the demo seller, opening a conversation full of photos.
// It times, from openConversation():
//   - the first page in the model;
//   - the first paint in which every photo of the rows in sight shows its thumbnail (not a
//     placeholder): with an empty attachment cache the thumbnails come from the sandbox,
//     with the cache a run before left they come from the disk;
// then scrolls back to the start of the conversation (HistoryScroll.h) and reports the
// history-page figures with image rows, the thumbnails that arrived or failed, and memory.
// One {"event":"summary",…} line, or {"event":"error","message":…}.
#include "inbox/ServerProfile.h"

#include <QString>

namespace envisage::bench::attachments {

struct WindowSetup
{
    inbox::ServerProfile profile; // the sandbox's
    qint64 conversationId = 0;
    QString cacheFolder; // the account's cache and its attachments; kept between runs
    bool scrollHistory = false;
};

// The QApplication exists already; returns the exit code.
int runImageConversationWindow(const WindowSetup &setup);

} // namespace envisage::bench::attachments
