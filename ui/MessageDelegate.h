#pragma once
// Message bubbles: the seller's on the right in the highlight colour, the buyer's on the
// left; time and delivery state under the text; a day title above the first message of
// a day; the header row reads "Loading earlier messages…" or "Start of the
// conversation". Bodies are laid out as plain text (never HTML); http(s) links in them
// are underlined and clickable, nothing else is. Photos sit at the top of the bubble
// (one in its own proportions, two or three as squares in a row), documents below them
// as chips (icon, name elided in the middle, size), sized from what the message says
// about them so that a row keeps its height when its images arrive.
#include "inbox/MessageListModel.h"

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>

class QTextDocument;

namespace envisage::ui {

class AttachmentImages;

class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;
    // Where the bubbles' images come from (none: grey boxes).
    void setImages(AttachmentImages *images) { m_images = images; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    struct Geometry
    {
        QRect separator; // day title, when this message starts a day
        QRect bubble;
        QRect text;
        QRect meta;               // time and delivery state
        QList<QRect> attachments; // in the order of AttachmentsRole
    };
    Geometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The http(s) link under a point of the row, if any.
    QString linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QPoint &point) const;
    bool bubbleContains(const QStyleOptionViewItem &option, const QModelIndex &index,
                        const QPoint &point) const;
    // The attachment under a point, or -1.
    int attachmentAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QPoint &point) const;

    // A document for the body (exposed for tests: it must hold plain text only).
    static std::unique_ptr<QTextDocument> bodyDocument(const QString &body, const QFont &font,
                                                       const QColor &linkColor);

private:
    static QString rowKindText(inbox::MessageListModel::RowKind kind);
    void paintAttachments(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index, const Geometry &g,
                          const QColor &textColor) const;
    QSizeF bodySize(const QString &body, const QFont &font, int maxWidth) const;
    QString metaText(const QModelIndex &index) const;
    int metaWidth(const QString &meta, const QFont &font) const;
    // sizeHint() runs for every row whenever the list lays out again (each older page
    // does that), so what it needs per font is kept: QFont::key() and measuring the time
    // lines (a few thousand at most) were over half of that cost (docs/benchmarks.md).
    const QString &fontKey(const QFont &font) const;

    // (text width, body) → laid-out size, in m_keyedFont: the key shares the body's
    // string, so a look-up hashes it but copies nothing.
    struct SizeKey
    {
        int width;
        QString body;
        friend bool operator==(const SizeKey &a, const SizeKey &b)
        {
            return a.width == b.width && a.body == b.body;
        }
        friend size_t qHash(const SizeKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.width, key.body);
        }
    };
    mutable QCache<SizeKey, QSizeF> m_sizes{4000};
    mutable QFont m_keyedFont;
    mutable QString m_fontKey;                // of m_keyedFont
    mutable QHash<QString, int> m_metaWidths; // in m_keyedFont's meta font
    AttachmentImages *m_images = nullptr;
};

} // namespace envisage::ui
