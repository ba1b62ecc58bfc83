#include "AttachmentChoice.h"

#include "Formatting.h"
#include "inbox/AttachmentText.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace envisage::ui {

using namespace Qt::StringLiterals;

namespace {
const QStringList Accepted{u"image/jpeg"_s, u"image/png"_s, u"image/gif"_s, u"image/webp"_s,
                           u"application/pdf"_s};
} // namespace

AttachmentChoice::Checked AttachmentChoice::check(const QString &path)
{
    const QFileInfo info(path);
    const QString name = inbox::safeAttachmentName(info.fileName());
    if (!info.isFile() || !info.isReadable())
        return {std::nullopt, tr("“%1” cannot be read.").arg(name)};
    if (info.size() == 0)
        return {std::nullopt, tr("“%1” is empty.").arg(name)};
    if (info.size() > MaxBytes)
        return {std::nullopt, tr("“%1” is %2; files can be up to %3.")
                                  .arg(name, QLocale().formattedDataSize(info.size()),
                                       QLocale().formattedDataSize(MaxBytes))};
    // From the bytes, never the name: a renamed file is refused here as by the server.
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent);
    if (!Accepted.contains(type.name()))
        return {std::nullopt,
                tr("“%1” is not a photo or a PDF (JPEG, PNG, GIF, WebP or PDF).").arg(name)};
    return {ChosenFile{info.absoluteFilePath(), name, info.size(), type.name(),
                       type.name().startsWith(u"image/"_s)},
            {}};
}

QString AttachmentChoice::tooMany(const QString &name)
{
    return tr("A message carries at most %n file(s); “%1” was left out.", nullptr, MaxFiles)
        .arg(name);
}

} // namespace envisage::ui
