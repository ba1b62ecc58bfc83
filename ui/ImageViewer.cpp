#include "ImageViewer.h"

#include "AttachmentImages.h"
#include "Formatting.h"
#include "inbox/AttachmentText.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace envisage::ui {

using namespace Qt::StringLiterals;
using Kind = AttachmentImages::Kind;

namespace {
constexpr double ZoomStep = 1.25;
constexpr double MaxZoom = 8.0;
} // namespace

// ---- ZoomedImage -----------------------------------------------------------------------

void ZoomedImage::setImage(const QImage &image)
{
    m_image = image;
    update();
}

double ZoomedImage::shownScale() const
{
    if (m_image.isNull())
        return 1;
    if (m_zoom > 0)
        return m_zoom;
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    return std::min(1.0, fitted.width() / m_image.width()); // small photos are not blown up
}

void ZoomedImage::zoomIn()
{
    m_zoom = std::min(MaxZoom, shownScale() * ZoomStep);
    update();
}

void ZoomedImage::zoomOut()
{
    m_zoom = std::max(0.05, shownScale() / ZoomStep);
    update();
}

void ZoomedImage::fit()
{
    m_zoom = 0;
    update();
}

void ZoomedImage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(115));
    if (m_image.isNull())
        return;
    const QSizeF shown = QSizeF(m_image.size()) * shownScale();
    const QRectF target(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2),
                        shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

void ZoomedImage::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event);
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

// ---- ImageViewer -----------------------------------------------------------------------

ImageViewer::ImageViewer(AttachmentImages *images, QList<QVariantMap> photos, int current,
                         QWidget *parent)
    : QDialog(parent), m_images(images), m_photos(std::move(photos)),
      m_image(new ZoomedImage(this)), m_caption(new QLabel(this)), m_problem(new QLabel(this)),
      m_previous(new QPushButton(tr("Previous"), this)), m_next(new QPushButton(tr("Next"), this)),
      m_save(new QPushButton(tr("Save as…"), this)), m_retry(new QPushButton(tr("Retry"), this))
{
    setWindowTitle(tr("Photo"));
    resize(900, 680);
    m_image->setAccessibleName(tr("Photo"));
    m_image->setMinimumSize(240, 180);
    for (QLabel *label : {m_caption, m_problem}) {
        label->setTextFormat(Qt::PlainText); // the name is the sender's
        label->setWordWrap(true);
    }
    m_previous->setToolTip(tr("Previous photo (Left)"));
    m_next->setToolTip(tr("Next photo (Right)"));
    m_save->setToolTip(tr("Save the photo (Ctrl+S)"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_caption, 1);
    buttons->addWidget(m_problem);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_image, 1);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPhoto(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPhoto(m_current + 1); });
    connect(m_save, &QPushButton::clicked, this, &ImageViewer::saveAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this,
            [this] { m_images->retry(m_photos.value(m_current), Kind::Full); });
    connect(m_images, &AttachmentImages::changed, this, &ImageViewer::refresh);
    showPhoto(current);
}

void ImageViewer::showPhoto(int index)
{
    if (index < 0 || index >= m_photos.size())
        return;
    m_current = index;
    m_image->fit();
    refresh();
}

void ImageViewer::refresh()
{
    const QVariantMap photo = m_photos.value(m_current);
    QImage full = m_images->image(photo, Kind::Full); // starts the download if needed
    const bool failed = m_images->state(photo, Kind::Full) == AttachmentImages::State::Failed;
    if (full.isNull())
        full = m_images->image(photo, Kind::Thumbnail); // stands in meanwhile
    m_image->setImage(full);
    m_caption->setText(tr("%1 — %2 of %3")
                           .arg(inbox::safeAttachmentName(photo.value(u"name"_s).toString()))
                           .arg(m_current + 1)
                           .arg(m_photos.size()));
    m_problem->setText(failed ? m_images->failure(photo, Kind::Full) : QString());
    m_problem->setVisible(failed);
    m_retry->setVisible(failed);
    m_save->setEnabled(m_images->state(photo, Kind::Full) == AttachmentImages::State::Ready);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_photos.size());
}

void ImageViewer::saveAs()
{
    const QVariantMap photo = m_photos.value(m_current);
    const QString path = m_images->filePath(photo);
    if (path.isEmpty())
        return;
    const QString name = inbox::safeAttachmentName(photo.value(u"name"_s).toString());
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save photo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/' + name);
    if (target.isEmpty())
        return;
    QFile::remove(target); // the dialog asked before replacing it
    if (!QFile::copy(path, target)) {
        m_problem->setText(tr("The photo could not be saved to %1.").arg(target));
        m_problem->show();
    }
}

void ImageViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Save)) {
        saveAs();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        showPhoto(m_current + (layoutDirection() == Qt::RightToLeft ? 1 : -1));
        return;
    case Qt::Key_Right:
        showPhoto(m_current + (layoutDirection() == Qt::RightToLeft ? -1 : 1));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_image->zoomIn();
        return;
    case Qt::Key_Minus:
        m_image->zoomOut();
        return;
    case Qt::Key_0:
        m_image->fit();
        return;
    default:
        QDialog::keyPressEvent(event); // Esc closes
    }
}

} // namespace envisage::ui
