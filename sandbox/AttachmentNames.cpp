#include "AttachmentNames.h"

#include <QMimeType>

namespace envisage::sandbox::AttachmentNames {

using namespace Qt::StringLiterals;

namespace {

// Characters that change how the text around them is ordered or shown without being
// visible themselves: the bidi embeddings, overrides and isolates, the marks, and the
// line and paragraph separators.
bool isInvisibleControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isReservedOnWindows(char32_t c)
{
    return c == u'<' || c == u'>' || c == u':' || c == u'"' || c == u'|' || c == u'?' || c == u'*';
}

QString lastPathComponent(const QString &name)
{
    const qsizetype cut = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    return cut < 0 ? name : name.sliced(cut + 1);
}

QString withoutUnsafeCharacters(const QString &name)
{
    QString kept;
    for (const char32_t c : name.toUcs4()) {
        if (isControl(c) || isInvisibleControl(c))
            continue;
        if (isReservedOnWindows(c))
            kept += u'_';
        else
            kept += QString::fromUcs4(&c, 1);
    }
    return kept;
}

// Leading dots would hide the file on Unix; trailing dots and spaces vanish on Windows.
QString trimmedForFileSystems(QString name)
{
    name = name.trimmed();
    while (name.startsWith(u'.') || name.startsWith(u' '))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    return name;
}

// Shortens the part before the suffix, whole characters only.
QString shortened(const QString &name, int maxCharacters)
{
    const QList<uint> characters = name.toUcs4();
    if (characters.size() <= maxCharacters)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString suffix = dot > 0 && name.size() - dot <= 10 ? name.sliced(dot) : QString();
    const QList<uint> base = name.first(name.size() - suffix.size()).toUcs4();
    const qsizetype keep = std::max<qsizetype>(1, maxCharacters - suffix.size());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(base.constData()),
                             std::min(keep, base.size())) +
           suffix;
}

bool hasSuffixOf(const QString &name, const QMimeType &mime)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    return mime.suffixes().contains(name.sliced(dot + 1), Qt::CaseInsensitive);
}

} // namespace

QString sanitized(const QString &sent, const QMimeType &mime)
{
    QString name = trimmedForFileSystems(withoutUnsafeCharacters(lastPathComponent(sent)));
    if (name.isEmpty())
        name = u"attachment"_s;
    // The type comes from the bytes: a name that says otherwise would make whoever
    // saves the file open it with the wrong program ("photo.jpg.exe" is not a photo).
    const QString suffix = mime.preferredSuffix();
    if (!suffix.isEmpty() && !hasSuffixOf(name, mime)) {
        name = shortened(name, MaxNameCharacters - int(suffix.size()) - 1);
        return name + u'.' + suffix;
    }
    return shortened(name, MaxNameCharacters);
}

QByteArray contentDisposition(const QString &name, bool inlineDisplay)
{
    QByteArray fallback;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        fallback += (u < 0x20 || u > 0x7E || u == u'"' || u == u'\\' || u == u'%') ? '_' : char(u);
    }
    return QByteArray(inlineDisplay ? "inline" : "attachment") + "; filename=\"" + fallback +
           "\"; filename*=UTF-8''" + name.toUtf8().toPercentEncoding();
}

} // namespace envisage::sandbox::AttachmentNames
