#pragma once
// The files chosen for the next message, above the composer: a chip per file (a
// thumbnail or a document icon, the name elided in the middle, the size, a remove
// button), the reasons files were refused, and, when photos are chosen, what happens
// to their location details. Files come from the Attach button, a drop or a paste; a
// pasted image is written to a private folder first (0600 in 0700).
#include "AttachmentChoice.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace envisage::ui {

class AttachmentTray : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentTray(QWidget *parent = nullptr);

    // Checks and adds files, at most AttachmentChoice::MaxFiles in all; the refused ones
    // are explained in the tray until the next change.
    void addFiles(const QStringList &paths);
    // A pasted image, saved as PNG in pastedFolder().
    void addImage(const QImage &image);
    void removeAt(int index);
    void clear(); // after sending: the chips go, nothing is deleted (the outbox has copies)

    QList<ChosenFile> chosen() const { return m_chosen; }
    QStringList paths() const;
    bool isEmpty() const { return m_chosen.isEmpty(); }
    QString refusals() const;
    // Why the session did not take the message (shown until the next change).
    void showRefusal(const QString &message);
    // Whether photos lose their location and camera details when sent (Settings).
    void setStripsPhotoDetails(bool strips);

    // Where pasted images are written; files older than a day are removed when the
    // first tray of a run is made.
    static QString pastedFolder();

Q_SIGNALS:
    void changed();

private:
    void rebuildChips();
    QWidget *chipFor(const ChosenFile &file, int index);
    void updateNotes();

    QList<ChosenFile> m_chosen;
    QStringList m_refusals;
    bool m_stripsPhotoDetails = true;
    QWidget *m_chips;
    QHBoxLayout *m_chipRow;
    QLabel *m_refused;
    QLabel *m_photoNote;
};

} // namespace envisage::ui
