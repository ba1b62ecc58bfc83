#pragma once
// A conversation's photos, one at a time: fitted to the window (0), zoomed with +/−
// or Ctrl+wheel, the previous and next photo with ←/→, Save as… (Ctrl+S), Esc closes.
// Each photo's whole file comes from AttachmentImages (downloaded when needed); until
// then its thumbnail stands in, and a failure is said with Retry.
#include <QDialog>
#include <QVariantMap>

class QLabel;
class QPushButton;

namespace envisage::ui {

class AttachmentImages;
class ZoomedImage;

class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    ImageViewer(AttachmentImages *images, QList<QVariantMap> photos, int current,
                QWidget *parent = nullptr);

    int current() const { return m_current; }
    void showPhoto(int index);
    ZoomedImage *image() const { return m_image; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void saveAs();

    AttachmentImages *m_images;
    QList<QVariantMap> m_photos;
    int m_current = 0;
    ZoomedImage *m_image;
    QLabel *m_caption;
    QLabel *m_problem;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_save;
    QPushButton *m_retry;
};

// The photo fitted to the widget, or at a zoom factor, centred.
class ZoomedImage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    void zoomIn();
    void zoomOut();
    void fit();
    double zoom() const { return m_zoom; } // 0: fitted

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    double shownScale() const;

    QImage m_image;
    double m_zoom = 0;
};

} // namespace envisage::ui
