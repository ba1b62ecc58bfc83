#include "StartAtLogin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace envisage::ui::StartAtLogin {

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"app.envisage.Inbox"_s;
const QString StartMinimized = u"--start-minimized"_s;

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_MACOS)
// Writes `contents` privately (0600; a folder we make is 0700), replacing the old file at
// once or not at all.
QString writePrivately(const QString &path, const QByteArray &contents)
{
    const QFileInfo info(path);
    // Every folder made here is 0700 from the start (mkpath would make them by the umask).
    QStringList missing;
    for (QDir folder(info.absolutePath()); !folder.exists() && !folder.isRoot();
         folder.setPath(QFileInfo(folder.absolutePath()).absolutePath()))
        missing.prepend(folder.absolutePath());
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return QCoreApplication::translate("envisage::ui::StartAtLogin",
                                               "The folder %1 could not be created.")
                .arg(info.absolutePath());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !file.commit())
        return QCoreApplication::translate("envisage::ui::StartAtLogin",
                                           "%1 could not be written: %2")
            .arg(path, file.errorString());
    return {};
}

QString removeFile(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return QCoreApplication::translate("envisage::ui::StartAtLogin", "%1 could not be removed.")
            .arg(path);
    return {};
}
#endif

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
// One argument of a desktop entry's Exec key: quoted when it holds a reserved character,
// with ", `, $ and \ escaped inside the quotes; then escaped again as the value of a
// string key (\ → \\), and % doubled (a field code otherwise).
QString execArgument(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    QString quoted = argument;
    if (std::any_of(argument.begin(), argument.end(),
                    [](QChar c) { return reserved.contains(c); })) {
        quoted.clear();
        for (QChar c : argument) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        quoted = u'"' + quoted + u'"';
    }
    // A line break or tab in a path (possible, if unlikely) would end the value: escaped.
    return quoted.replace(u'\\', u"\\\\"_s)
        .replace(u'\n', u"\\n"_s)
        .replace(u'\t', u"\\t"_s)
        .replace(u'\r', u"\\r"_s)
        .replace(u'%', u"%%"_s);
}

// The value of `key` in the [Desktop Entry] group (QSettings' INI reader would take the
// entry's ';' lists and escapes for its own syntax).
QString desktopEntryValue(const QByteArray &entry, const QByteArray &key)
{
    bool inGroup = false;
    for (const QByteArray &raw : entry.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('['))
            inGroup = line == "[Desktop Entry]";
        else if (inGroup && line.startsWith(key + '='))
            return QString::fromUtf8(line.mid(key.size() + 1)).trimmed();
    }
    return {};
}
#endif

QString applicationPath()
{
    // An AppImage runs from a mount that changes every time: its own file is what stays.
    const QByteArray appImage = qgetenv("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath()
                              : QString::fromLocal8Bit(appImage);
}

#ifdef Q_OS_WIN
const QString RunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const QString RunValue = u"Envisage Inbox"_s;
#endif

} // namespace

QString entryPath()
{
#if defined(Q_OS_WIN)
    return RunKey + u'\\' + RunValue;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + u"/Library/LaunchAgents/"_s + AppId + u".plist"_s;
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/autostart/"_s + AppId + u".desktop"_s;
#endif
}

QString commandLine()
{
    const QString path = QDir::toNativeSeparators(applicationPath());
#if defined(Q_OS_WIN)
    return u"\"%1\" %2"_s.arg(path, StartMinimized);
#elif defined(Q_OS_MACOS)
    return path + u' ' + StartMinimized;
#else
    return execArgument(path) + u' ' + StartMinimized;
#endif
}

bool isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(RunValue);
#elif defined(Q_OS_MACOS)
    return QFile::exists(entryPath());
#else
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray entry = file.read(64 * 1024);
    // Desktops disable an entry rather than remove it (GNOME's switch, the spec's Hidden).
    return desktopEntryValue(entry, "Hidden") != u"true"_s &&
           desktopEntryValue(entry, "X-GNOME-Autostart-enabled") != u"false"_s &&
           !desktopEntryValue(entry, "Exec").isEmpty();
#endif
}

QString setEnabled(bool enabled)
{
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(RunValue, commandLine());
    else
        run.remove(RunValue);
    run.sync();
    return run.status() == QSettings::NoError
               ? QString()
               : QCoreApplication::translate("envisage::ui::StartAtLogin",
                                             "The Windows registry could not be changed.");
#elif defined(Q_OS_MACOS)
    if (!enabled)
        return removeFile(entryPath());
    const QString plist = uR"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>%1</string>
  <key>ProgramArguments</key>
  <array><string>%2</string><string>%3</string></array>
  <key>RunAtLoad</key><true/>
</dict>
</plist>
)"_s.arg(AppId, applicationPath().toHtmlEscaped(), StartMinimized);
    return writePrivately(entryPath(), plist.toUtf8());
#else
    if (!enabled)
        return removeFile(entryPath());
    const QString entry = u"[Desktop Entry]\n"
                          u"Type=Application\n"
                          u"Name=Envisage Inbox\n"
                          u"Comment=Answer your Envisage Marketplace buyers in real time\n"
                          u"Exec=%1\n"
                          u"Icon=envisage-inbox\n"
                          u"Terminal=false\n"
                          u"X-GNOME-Autostart-enabled=true\n"_s.arg(commandLine());
    return writePrivately(entryPath(), entry.toUtf8());
#endif
}

} // namespace envisage::ui::StartAtLogin
