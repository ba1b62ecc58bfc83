#include "AttachmentTray.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace envisage::ui {

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcAttachments, "envisage.ui.attachments", QtInfoMsg)

constexpr int ThumbnailSide = 40;

// Decoded on a worker thread: a 12-megapixel photo takes tens of milliseconds.
QImage readThumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(256); // MiB: a hostile header cannot make it allocate more
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(
            size.scaled(ThumbnailSide * 2, ThumbnailSide * 2, Qt::KeepAspectRatioByExpanding));
    return reader.read();
}

void removeOldPastes(const QString &folder)
{
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files))
        if (file.lastModified() < dayAgo)
            QFile::remove(file.absoluteFilePath());
}
} // namespace

QString AttachmentTray::pastedFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/pasted"_s;
}

AttachmentTray::AttachmentTray(QWidget *parent)
    : QWidget(parent), m_chips(new QWidget(this)), m_chipRow(new QHBoxLayout(m_chips)),
      m_refused(new QLabel(this)), m_photoNote(new QLabel(this))
{
    static bool swept = false;
    if (!std::exchange(swept, true))
        removeOldPastes(pastedFolder());
    m_chipRow->setContentsMargins(0, 0, 0, 0);
    m_chipRow->addStretch();
    for (QLabel *note : {m_refused, m_photoNote}) {
        note->setTextFormat(Qt::PlainText); // file names are the seller's or a stranger's
        note->setWordWrap(true);
    }
    m_refused->setStyleSheet(u"color: #c0392b;"_s);
    m_refused->setAccessibleName(tr("Files not attached"));
    m_photoNote->setEnabled(false); // the muted colour of the style
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_chips);
    layout->addWidget(m_refused);
    layout->addWidget(m_photoNote);
    updateNotes();
}

void AttachmentTray::addFiles(const QStringList &files)
{
    m_refusals.clear();
    for (const QString &path : files) {
        const AttachmentChoice::Checked checked = AttachmentChoice::check(path);
        if (!checked.file) {
            m_refusals.append(checked.refusal);
        } else if (m_chosen.size() >= AttachmentChoice::MaxFiles) {
            m_refusals.append(AttachmentChoice::tooMany(checked.file->name));
        } else if (!paths().contains(checked.file->path)) {
            m_chosen.append(*checked.file);
        }
    }
    rebuildChips();
}

void AttachmentTray::addImage(const QImage &image)
{
    const QString folder = pastedFolder();
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name =
        tr("Pasted image %1").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH.mm.ss"_s));
    // The name is what the buyer sees; the folder keeps each paste apart.
    const QString sub = folder + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(sub);
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(sub + u'/' + name + u".png"_s);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !image.save(&file, "PNG")) {
        qCWarning(lcAttachments) << "could not save a pasted image:" << file.errorString();
        m_refusals = {tr("The pasted image could not be saved: %1").arg(file.errorString())};
        file.remove();
        rebuildChips();
        return;
    }
    file.close();
    addFiles({file.fileName()});
}

void AttachmentTray::removeAt(int index)
{
    if (index < 0 || index >= m_chosen.size())
        return;
    const ChosenFile removed = m_chosen.takeAt(index);
    if (removed.path.startsWith(pastedFolder() + u'/')) // ours: nobody else has it
        QFile::remove(removed.path);
    m_refusals.clear();
    rebuildChips();
}

void AttachmentTray::clear()
{
    m_chosen.clear();
    m_refusals.clear();
    rebuildChips();
}

QStringList AttachmentTray::paths() const
{
    QStringList paths;
    for (const ChosenFile &file : m_chosen)
        paths.append(file.path);
    return paths;
}

QString AttachmentTray::refusals() const
{
    return m_refusals.join(u'\n');
}

void AttachmentTray::showRefusal(const QString &message)
{
    m_refusals = {message};
    updateNotes();
}

void AttachmentTray::setStripsPhotoDetails(bool strips)
{
    m_stripsPhotoDetails = strips;
    updateNotes();
}

void AttachmentTray::rebuildChips()
{
    while (m_chipRow->count() > 1) { // the stretch stays last
        QLayoutItem *item = m_chipRow->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_chosen.size(); ++i)
        m_chipRow->insertWidget(i, chipFor(m_chosen.at(i), i));
    updateNotes();
    Q_EMIT changed();
}

QWidget *AttachmentTray::chipFor(const ChosenFile &file, int index)
{
    auto *chip = new QFrame(m_chips);
    chip->setFrameShape(QFrame::StyledPanel);
    chip->setAccessibleName(file.name);
    auto *icon = new QLabel(chip);
    icon->setTextFormat(Qt::PlainText);
    icon->setFixedSize(ThumbnailSide, ThumbnailSide);
    icon->setAlignment(Qt::AlignCenter);
    icon->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(24, 24));
    if (file.image) {
        // The watcher belongs to the icon: a chip removed before its photo is decoded
        // drops the result. (QFuture::then(context) asserts on a dead context in Qt 6.4.)
        auto *thumbnail = new QFutureWatcher<QImage>(icon);
        connect(thumbnail, &QFutureWatcherBase::finished, icon, [icon, thumbnail] {
            const QImage image = thumbnail->result();
            if (!image.isNull())
                icon->setPixmap(QPixmap::fromImage(image.scaled(
                    ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        });
        thumbnail->setFuture(QtConcurrent::run(readThumbnail, file.path));
    }
    auto *name = new QLabel(chip);
    name->setTextFormat(Qt::PlainText);
    name->setText(name->fontMetrics().elidedText(file.name, Qt::ElideMiddle, 140));
    name->setToolTip(file.name.toHtmlEscaped());
    auto *size = new QLabel(chip);
    size->setTextFormat(Qt::PlainText);
    size->setText(QLocale().formattedDataSize(file.size));
    size->setEnabled(false);
    auto *remove = new QToolButton(chip);
    remove->setText(u"×"_s);
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove"));
    remove->setAccessibleName(tr("Remove %1").arg(file.name));
    connect(remove, &QToolButton::clicked, this, [this, index] { removeAt(index); });
    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(name);
    text->addWidget(size);
    auto *row = new QHBoxLayout(chip);
    row->setContentsMargins(4, 4, 2, 4);
    row->addWidget(icon);
    row->addLayout(text);
    row->addWidget(remove, 0, Qt::AlignTop);
    return chip;
}

void AttachmentTray::updateNotes()
{
    m_chips->setVisible(!m_chosen.isEmpty());
    m_refused->setText(refusals());
    m_refused->setVisible(!m_refusals.isEmpty());
    const bool photos = std::any_of(m_chosen.cbegin(), m_chosen.cend(),
                                    [](const ChosenFile &file) { return file.image; });
    m_photoNote->setText(m_stripsPhotoDetails
                             ? tr("Photos are sent upright, without their location or camera "
                                  "details.")
                             : tr("Photos are sent as they are, with their location and camera "
                                  "details (Settings)."));
    m_photoNote->setVisible(photos);
    setVisible(!m_chosen.isEmpty() || !m_refusals.isEmpty());
}

} // namespace envisage::ui
