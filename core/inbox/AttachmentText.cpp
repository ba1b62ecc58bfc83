#include "AttachmentText.h"

#include <QCoreApplication>

#include <algorithm>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

namespace {

// lupdate files tr() calls in a namespace under the namespace's name: the same context
// here, and the same signature as QObject::tr so that it sees the plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("envisage::inbox", text, disambiguation, n);
}

} // namespace

QString safeAttachmentName(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        // Format characters (Cf) are the bidi controls and marks, zero-width joiners and
        // the like: dropped. Control characters (Cc: line breaks, NUL) become spaces.
        if (c.category() == QChar::Other_Format)
            continue;
        safe.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    }
    return safe.simplified();
}

QString attachmentSummary(const QList<api::Attachment> &attachments)
{
    if (attachments.isEmpty())
        return {};
    const bool allImages = std::all_of(attachments.cbegin(), attachments.cend(),
                                       [](const api::Attachment &a) { return a.isImage(); });
    const int count = int(attachments.size());
    if (allImages)
        return count == 1 ? tr("Photo") : tr("%n photo(s)", nullptr, count);
    if (count == 1)
        return safeAttachmentName(attachments.first().name);
    return tr("%n file(s)", nullptr, count);
}

QString messagePreview(const api::Message &message)
{
    const QString line = message.body.simplified();
    if (line.isEmpty())
        return attachmentSummary(message.attachments);
    return line.size() > 140 ? line.left(140) : line;
}

} // namespace envisage::inbox
