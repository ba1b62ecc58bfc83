#pragma once
// Starting Envisage Inbox when the seller logs in, in the tray (--start-minimized), the
// way each desktop does it:
//   Linux    an XDG autostart entry, $XDG_CONFIG_HOME/autostart/app.envisage.Inbox.desktop
//   Windows  the "Envisage Inbox" value of HKCU\Software\Microsoft\Windows\CurrentVersion\Run
//   macOS    a LaunchAgent, ~/Library/LaunchAgents/app.envisage.Inbox.plist
// What is on disk is the truth, not a setting of ours: the seller (or the desktop's own
// "Startup Applications") may remove or disable the entry. Only Linux is tested.
#include <QString>

namespace envisage::ui::StartAtLogin {

// Whether the app starts at login now (an entry exists and is not disabled).
bool isEnabled();

// Writes or removes the entry for the running executable; returns an empty string, or
// what went wrong in words for the seller.
QString setEnabled(bool enabled);

// Where the entry lives on this system (for tests and the seller's curiosity).
QString entryPath();

// The command line written into the entry: the running executable, quoted as the
// Desktop Entry specification wants it on Linux, with --start-minimized.
QString commandLine();

} // namespace envisage::ui::StartAtLogin
