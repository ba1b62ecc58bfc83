#pragma once
// What the seller may attach (marketplace-api.md §4): up to 3 files of at most 10 MiB
// each, JPEG, PNG, GIF, WebP or PDF, the type read from the bytes as the server does, so
// a refused file is explained in the composer before anything is queued.
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace envisage::ui {

struct ChosenFile
{
    QString path;
    QString name; // shown as plain text, bidi controls removed
    qint64 size = 0;
    QString mime;
    bool image = false;
};

class AttachmentChoice
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentChoice)
public:
    static constexpr int MaxFiles = 3;
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    struct Checked
    {
        std::optional<ChosenFile> file;
        QString refusal; // translated, when file is empty
    };
    static Checked check(const QString &path);
    // "A message carries at most 3 files; “name” was left out."
    static QString tooMany(const QString &name);
};

} // namespace envisage::ui
