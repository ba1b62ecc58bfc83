#include "MessageDelegate.h"

#include "AttachmentImages.h"
#include "Formatting.h"
#include "inbox/AttachmentText.h"
#include "inbox/MessageListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace envisage::ui {

using Model = inbox::MessageListModel;
using namespace Qt::StringLiterals;

namespace {
constexpr int Margin = 8; // around a bubble
constexpr int BubblePadding = 9;
constexpr double MaxBubbleShare = 0.72;

QFont metaFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    return font;
}

// The buyer's bubble: AlternateBase where it stands out from the list's Base; otherwise
// (Fusion's light palette has #f7f7f7 on white, hardly visible) Base tinted towards Text.
QColor theirBubble(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    if (std::abs(alternate.lightness() - base.lightness()) >= 16)
        return alternate;
    const QColor text = palette.color(QPalette::Text);
    constexpr float Tint = 0.09f;
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * Tint,
                            base.greenF() + (text.greenF() - base.greenF()) * Tint,
                            base.blueF() + (text.blueF() - base.blueF()) * Tint);
}

Model::RowKind kindOf(const QModelIndex &index)
{
    return index.data(Model::KindRole).value<Model::RowKind>();
}

constexpr int AttachmentGap = 4;
constexpr int MaxPhotoSide = 280;
constexpr int MaxGridSide = 128;
constexpr int MaxChipWidth = 260;

bool isImage(const QVariant &attachment)
{
    return AttachmentImages::isImage(attachment.toMap());
}

// The rectangles of a message's attachments, from the content's top-left corner: the
// photos in a row, then a chip per document. Only what the message says (width and
// height from the server) decides them, never whether an image has arrived.
QList<QRect> layoutAttachments(const QVariantList &attachments, int maxWidth, int chipHeight)
{
    QList<QRect> rects(attachments.size());
    const qsizetype photos = std::count_if(attachments.cbegin(), attachments.cend(), isImage);
    int x = 0;
    int rowHeight = 0;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (!isImage(attachments.at(i)))
            continue;
        QSize size;
        if (photos == 1) {
            const QVariantMap a = attachments.at(i).toMap();
            const QSize own(a.value(u"width"_s).toInt(), a.value(u"height"_s).toInt());
            const QSize box(std::min(maxWidth, MaxPhotoSide), MaxPhotoSide);
            size = own.isEmpty() ? QSize(box.width(), box.width() * 3 / 4)
                                 : own.scaled(box, Qt::KeepAspectRatio).expandedTo({48, 48});
        } else {
            const int side =
                std::min(MaxGridSide, int((maxWidth - (photos - 1) * AttachmentGap) / photos));
            size = QSize(side, side);
        }
        rects[i] = QRect(QPoint(x, 0), size);
        x += size.width() + AttachmentGap;
        rowHeight = std::max(rowHeight, size.height());
    }
    int y = rowHeight > 0 ? rowHeight + AttachmentGap : 0;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (isImage(attachments.at(i)))
            continue;
        rects[i] = QRect(0, y, std::min(maxWidth, MaxChipWidth), chipHeight);
        y += chipHeight + AttachmentGap;
    }
    return rects;
}

QRect boundsOf(const QList<QRect> &rects)
{
    QRect bounds;
    for (const QRect &rect : rects)
        bounds |= rect;
    return bounds;
}
} // namespace

MessageDelegate::MessageDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

MessageDelegate::~MessageDelegate() = default;

std::unique_ptr<QTextDocument> MessageDelegate::bodyDocument(const QString &body, const QFont &font,
                                                             const QColor &linkColor)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPlainText(body); // never interpreted as HTML
    static const QRegularExpression link(u"https?://[^\\s<>\"']+"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator matches = link.globalMatch(body);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString url = match.captured();
        while (!url.isEmpty() && QStringView(u".,;:!?)").contains(url.back()))
            url.chop(1); // sentence punctuation is not part of the link
        QTextCursor cursor(document.get());
        cursor.setPosition(int(match.capturedStart()));
        cursor.setPosition(int(match.capturedStart() + url.size()), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setFontUnderline(true);
        format.setForeground(linkColor);
        cursor.mergeCharFormat(format);
    }
    return document;
}

QSizeF MessageDelegate::bodySize(const QString &body, const QFont &font, int maxWidth) const
{
    fontKey(font); // forgets the sizes when the font changed
    const SizeKey key{maxWidth, body};
    if (const QSizeF *cached = m_sizes.object(key))
        return *cached;
    std::unique_ptr<QTextDocument> document = bodyDocument(body, font, Qt::blue);
    document->setTextWidth(maxWidth);
    const QSizeF size(std::min<qreal>(document->idealWidth(), maxWidth), document->size().height());
    m_sizes.insert(key, new QSizeF(size));
    return size;
}

const QString &MessageDelegate::fontKey(const QFont &font) const
{
    if (m_fontKey.isEmpty() || font != m_keyedFont) {
        m_keyedFont = font;
        m_fontKey = font.key();
        m_metaWidths.clear();
        m_sizes.clear();
    }
    return m_fontKey;
}

int MessageDelegate::metaWidth(const QString &meta, const QFont &font) const
{
    fontKey(font); // forgets the widths when the font changed
    auto width = m_metaWidths.constFind(meta);
    if (width == m_metaWidths.constEnd())
        width = m_metaWidths.insert(meta, QFontMetrics(metaFont(font)).horizontalAdvance(meta));
    return *width;
}

QString MessageDelegate::metaText(const QModelIndex &index) const
{
    const QString time = Formatting::bubbleTime(index.data(Model::TimeRole).toDateTime());
    if (!index.data(Model::MineRole).toBool())
        return time;
    switch (index.data(Model::DeliveryRole).value<Model::Delivery>()) {
    case Model::Delivery::Pending:
        return tr("%1 · Sending…").arg(time);
    case Model::Delivery::Sent:
        return tr("%1 · Sent").arg(time);
    case Model::Delivery::Read:
        return tr("%1 · Read").arg(time);
    case Model::Delivery::Failed:
        return tr("Not sent — click for Retry or Discard");
    case Model::Delivery::Received:
        break;
    }
    return time;
}

MessageDelegate::Geometry MessageDelegate::geometry(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index) const
{
    Geometry g;
    const QRect row = option.rect;
    const QFontMetrics metaMetrics(metaFont(option.font));
    int top = row.top() + Margin / 2;
    if (index.data(Model::DaySeparatorRole).toBool()) {
        g.separator = QRect(row.left(), top, row.width(), metaMetrics.height() + Margin * 2);
        top = g.separator.bottom() + 1;
    }
    const int maxBubble = std::max(120, int(row.width() * MaxBubbleShare));
    const int maxText = maxBubble - 2 * BubblePadding;
    const QString bodyText = index.data(Model::BodyRole).toString();
    const QVariantList attachments = index.data(Model::AttachmentsRole).toList();
    // A chip holds the name in the body's font over the size in the smaller one.
    const int chipHeight = QFontMetrics(option.font).height() + metaMetrics.height() + 14;
    g.attachments = layoutAttachments(attachments, maxText, chipHeight);
    const QRect attached = boundsOf(g.attachments);
    const int attachedHeight = attached.isEmpty() ? 0 : attached.height() + AttachmentGap;
    // A message of attachments alone has no text line.
    const QSizeF body = bodyText.isEmpty() && !attachments.isEmpty()
                            ? QSizeF(0, 0)
                            : bodySize(bodyText, option.font, maxText);
    const int metaWidth = this->metaWidth(metaText(index), option.font);
    const int contentWidth =
        std::min(maxText, std::max({int(std::ceil(body.width())), metaWidth, attached.width()}));
    const int bubbleWidth = contentWidth + 2 * BubblePadding;
    const int bubbleHeight = attachedHeight + int(std::ceil(body.height())) + metaMetrics.height() +
                             2 * BubblePadding + 2;
    const bool mine = index.data(Model::MineRole).toBool();
    const int left = mine ? row.right() - Margin - bubbleWidth + 1 : row.left() + Margin;
    g.bubble = QRect(left, top, bubbleWidth, bubbleHeight);
    for (QRect &rect : g.attachments)
        rect.translate(left + BubblePadding, top + BubblePadding);
    g.text = QRect(left + BubblePadding, top + BubblePadding + attachedHeight, contentWidth,
                   int(std::ceil(body.height())));
    g.meta = QRect(left + BubblePadding, g.text.bottom() + 3, contentWidth, metaMetrics.height());
    if (option.direction == Qt::RightToLeft) { // mirrored: the seller's bubbles on the left
        g.bubble = QStyle::visualRect(Qt::RightToLeft, row, g.bubble);
        g.text = QStyle::visualRect(Qt::RightToLeft, row, g.text);
        g.meta = QStyle::visualRect(Qt::RightToLeft, row, g.meta);
        for (QRect &rect : g.attachments)
            rect = QStyle::visualRect(Qt::RightToLeft, row, rect);
    }
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (kindOf(index) != Model::RowKind::Message)
        return {option.rect.width(), QFontMetrics(option.font).height() + 3 * Margin};
    const Geometry g = geometry(option, index);
    const int top = g.separator.isValid() ? g.separator.top() : g.bubble.top();
    return {option.rect.width(), g.bubble.bottom() - top + 1 + Margin};
}

// What a row that is not a message says: the history above is loading or has ended, or
// (opened at a search hit) the newer messages below are loading.
QString MessageDelegate::rowKindText(Model::RowKind kind)
{
    switch (kind) {
    case Model::RowKind::Loading:
        return tr("Loading earlier messages…");
    case Model::RowKind::LoadingNewer:
        return tr("Loading newer messages…");
    case Model::RowKind::StartOfConversation:
    case Model::RowKind::Message:
        break;
    }
    return tr("This is the start of the conversation");
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    QColor muted = palette.color(QPalette::Text);
    muted.setAlphaF(0.6f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (kindOf(index) != Model::RowKind::Message) {
        painter->setPen(muted);
        painter->setFont(metaFont(option.font));
        painter->drawText(option.rect, Qt::AlignCenter, rowKindText(kindOf(index)));
        painter->restore();
        return;
    }
    const Geometry g = geometry(option, index);
    if (g.separator.isValid()) {
        painter->setPen(muted);
        painter->setFont(metaFont(option.font));
        painter->drawText(
            g.separator, Qt::AlignCenter,
            Formatting::dayTitle(index.data(Model::TimeRole).toDateTime().toLocalTime().date()));
    }
    const bool mine = index.data(Model::MineRole).toBool();
    const bool failed =
        index.data(Model::DeliveryRole).value<Model::Delivery>() == Model::Delivery::Failed;
    QColor fill = mine ? palette.color(QPalette::Highlight) : theirBubble(palette);
    if (failed)
        fill = QColor(0xc0, 0x39, 0x2b);
    const QColor textColor =
        mine || failed ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(g.bubble, 12, 12);

    paintAttachments(painter, option, index, g, textColor);

    const QColor linkColor = mine || failed ? textColor : palette.color(QPalette::Link);
    std::unique_ptr<QTextDocument> document =
        bodyDocument(index.data(Model::BodyRole).toString(), option.font, linkColor);
    document->setTextWidth(g.text.width() + 1);
    painter->translate(g.text.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, textColor);
    context.clip = QRectF(0, 0, g.text.width() + 1, g.text.height() + 1);
    document->documentLayout()->draw(painter, context);
    painter->translate(-g.text.topLeft());

    QColor metaColor = textColor;
    metaColor.setAlphaF(0.75f);
    painter->setPen(metaColor);
    painter->setFont(metaFont(option.font));
    painter->drawText(g.meta, (mine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      QFontMetrics(metaFont(option.font))
                          .elidedText(metaText(index), Qt::ElideRight, g.meta.width()));
    painter->restore();
}

QString MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QPoint &point) const
{
    if (kindOf(index) != Model::RowKind::Message)
        return {};
    const Geometry g = geometry(option, index);
    if (!g.text.contains(point))
        return {};
    std::unique_ptr<QTextDocument> document =
        bodyDocument(index.data(Model::BodyRole).toString(), option.font, Qt::blue);
    document->setTextWidth(g.text.width() + 1);
    const QString href = document->documentLayout()->anchorAt(QPointF(point - g.text.topLeft()));
    return href.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
                   href.startsWith(u"https://"_s, Qt::CaseInsensitive)
               ? href
               : QString();
}

namespace {

// How far a file being sent has gone, along the bottom of `rect`: a track and its fill.
void paintProgress(QPainter *painter, const QRect &rect, double done, const QColor &colour)
{
    QColor track = colour;
    track.setAlphaF(0.3f);
    const QRectF bar(rect.left(), rect.bottom() - 3, rect.width(), 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 2, 2);
    painter->setBrush(colour);
    painter->drawRoundedRect(
        QRectF(bar.left(), bar.top(), bar.width() * std::clamp(done, 0.0, 1.0), bar.height()), 2,
        2);
}

// "Sending 40%" over a photo: white on a dark pill, readable on a light photo as on a
// dark one, with the bar under it.
void paintPhotoProgress(QPainter *painter, const QRect &rect, double done, const QString &text,
                        const QFont &font)
{
    painter->fillRect(rect, QColor(0, 0, 0, 70));
    const QFontMetrics metrics(font);
    const QSize pill(metrics.horizontalAdvance(text) + 20, metrics.height() + 8);
    const QRect pillRect(rect.center() - QPoint(pill.width() / 2, pill.height() / 2), pill);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 170));
    painter->drawRoundedRect(pillRect, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pillRect, Qt::AlignCenter, text);
    const int inset = std::min(12, rect.width() / 8);
    paintProgress(painter, rect.adjusted(inset, 0, -inset, -inset), done, Qt::white);
}

} // namespace

void MessageDelegate::paintAttachments(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index, const Geometry &g,
                                       const QColor &textColor) const
{
    const QVariantList attachments = index.data(Model::AttachmentsRole).toList();
    const QFont small = metaFont(option.font);
    QColor faint = textColor;
    faint.setAlphaF(0.12f);
    // A document's chip stands apart from its bubble in both palettes: on the coloured
    // bubbles (mine, failed) a veil of their text colour; on the other side's grey one
    // the list's Base, which theirBubble() keeps distinct, with an outline.
    const bool onColour =
        index.data(Model::MineRole).toBool() ||
        index.data(Model::DeliveryRole).value<Model::Delivery>() == Model::Delivery::Failed;
    QColor chipFill = textColor;
    chipFill.setAlphaF(0.18f);
    if (!onColour)
        chipFill = option.palette.color(QPalette::Base);
    QColor chipOutline = textColor;
    chipOutline.setAlphaF(onColour ? 0.0f : 0.22f);
    for (qsizetype i = 0; i < attachments.size() && i < g.attachments.size(); ++i) {
        const QVariantMap attachment = attachments.at(i).toMap();
        const QRect rect = g.attachments.at(i);
        // Bytes sent so far, for a message still being sent.
        const bool sending = attachment.contains(u"uploaded"_s);
        const qint64 size = std::max<qint64>(1, attachment.value(u"size"_s).toLongLong());
        const double done = double(attachment.value(u"uploaded"_s).toLongLong()) / double(size);
        const QString sendingText = tr("Sending %1%").arg(int(100 * std::clamp(done, 0.0, 1.0)));
        painter->save();
        if (AttachmentImages::isImage(attachment)) {
            QPainterPath clip;
            clip.addRoundedRect(rect, 8, 8);
            painter->setClipPath(clip);
            const QImage image = m_images ? m_images->image(attachment) : QImage();
            if (!image.isNull()) {
                // Cropped to the box, centred, never stretched.
                const QSize scaled =
                    image.size().scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
                const QRect target(rect.center() - QPoint(scaled.width() / 2, scaled.height() / 2),
                                   scaled);
                painter->setRenderHint(QPainter::SmoothPixmapTransform);
                painter->drawImage(target, image);
            } else {
                painter->fillRect(rect, faint);
                const bool failedToLoad =
                    m_images && m_images->state(attachment) == AttachmentImages::State::Failed;
                if (failedToLoad) {
                    painter->setPen(textColor);
                    painter->setFont(small);
                    painter->drawText(rect.adjusted(6, 6, -6, -6),
                                      Qt::AlignCenter | Qt::TextWordWrap,
                                      tr("Could not load the photo. Click to retry."));
                }
            }
            if (sending)
                paintPhotoProgress(painter, rect, done, sendingText, small);
        } else {
            painter->setPen(chipOutline.alpha() > 0 ? QPen(chipOutline, 1) : QPen(Qt::NoPen));
            painter->setBrush(chipFill);
            const QRectF chip = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
            painter->drawRoundedRect(chip, 6, 6);
            if (sending) {
                // The part sent so far, filled from the leading edge, under the text.
                QPainterPath sent;
                sent.addRoundedRect(chip, 6, 6);
                const qreal width = chip.width() * std::clamp(done, 0.0, 1.0);
                const QRectF part =
                    option.direction == Qt::RightToLeft
                        ? QRectF(chip.right() - width, chip.top(), width, chip.height())
                        : QRectF(chip.left(), chip.top(), width, chip.height());
                QPainterPath clip;
                clip.addRect(part);
                QColor progress = textColor;
                progress.setAlphaF(0.16f);
                painter->setPen(Qt::NoPen);
                painter->setBrush(progress);
                painter->drawPath(sent.intersected(clip));
            }
            const int iconSide = rect.height() - 12;
            const QRect iconRect(rect.left() + 6, rect.top() + 6, iconSide, iconSide);
            QApplication::style()->standardIcon(QStyle::SP_FileIcon).paint(painter, iconRect);
            const QRect textRect(iconRect.right() + 8, rect.top() + 6,
                                 rect.right() - iconRect.right() - 14, rect.height() - 12);
            painter->setPen(textColor);
            painter->setFont(option.font);
            const QString name = inbox::safeAttachmentName(attachment.value(u"name"_s).toString());
            painter->drawText(
                textRect, Qt::AlignLeft | Qt::AlignTop,
                QFontMetrics(option.font).elidedText(name, Qt::ElideMiddle, textRect.width()));
            painter->setFont(small);
            painter->drawText(
                textRect, Qt::AlignLeft | Qt::AlignBottom,
                sending ? sendingText
                        : QLocale().formattedDataSize(attachment.value(u"size"_s).toLongLong()));
        }
        painter->restore();
    }
}

int MessageDelegate::attachmentAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &point) const
{
    if (kindOf(index) != Model::RowKind::Message)
        return -1;
    const Geometry g = geometry(option, index);
    for (qsizetype i = 0; i < g.attachments.size(); ++i)
        if (g.attachments.at(i).contains(point))
            return int(i);
    return -1;
}

bool MessageDelegate::bubbleContains(const QStyleOptionViewItem &option, const QModelIndex &index,
                                     const QPoint &point) const
{
    return kindOf(index) == Model::RowKind::Message &&
           geometry(option, index).bubble.contains(point);
}

} // namespace envisage::ui
