#include "ConversationHeader.h"

#include "Avatar.h"
#include "ElidedLabel.h"
#include "Formatting.h"
#include "MarketplacePictures.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace envisage::ui {

namespace {

// The listing's card: a faint rounded panel behind the title, price and picture.
class ListingCard : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = palette().color(QPalette::Text);
        fill.setAlphaF(0.05f);
        QColor edge = palette().color(QPalette::Text);
        edge.setAlphaF(0.12f);
        painter.setPen(QPen(edge, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    }
};

Qt::Alignment leading(const QWidget *widget)
{
    // On the window's leading edge whatever the text's own direction: a Latin name in
    // the Arabic window lines up on the right with the rest.
    return Qt::AlignAbsolute | Qt::AlignVCenter |
           (widget->isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
}

Qt::Alignment trailing(const QWidget *widget)
{
    return Qt::AlignAbsolute | Qt::AlignVCenter |
           (widget->isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight);
}

} // namespace

ConversationHeader::ConversationHeader(MarketplacePictures *pictures, QWidget *parent)
    : QWidget(parent), m_pictures(pictures), m_avatar(new QLabel(this)),
      m_name(new ElidedLabel(this)), m_presence(new QLabel(this)), m_card(new ListingCard(this)),
      m_title(new ElidedLabel(m_card)), m_price(new ElidedLabel(m_card)),
      m_listingImage(new QLabel(m_card))
{
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    QFont small = m_presence->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_presence->setFont(small);
    m_presence->setTextFormat(Qt::PlainText);
    QFont priceFont = m_price->font();
    priceFont.setBold(true);
    m_price->setFont(priceFont);
    m_name->setAlignment(leading(this));
    m_presence->setAlignment(leading(this));
    m_title->setAlignment(trailing(this));
    m_price->setAlignment(trailing(this));

    m_name->setAccessibleName(tr("Buyer"));
    m_presence->setAccessibleName(tr("Presence"));
    m_avatar->setAccessibleName(tr("Buyer's picture"));
    m_title->setAccessibleName(tr("Listing"));
    m_price->setAccessibleName(tr("Price"));
    m_listingImage->setAccessibleName(tr("Listing picture"));
    m_avatar->setFixedSize(AvatarSize + 2, AvatarSize + 2); // the dot reaches 2 px beyond
    m_listingImage->setFixedSize(ListingImageSize, ListingImageSize);

    auto *who = new QVBoxLayout;
    who->setSpacing(1);
    who->addStretch();
    who->addWidget(m_name);
    who->addWidget(m_presence);
    who->addStretch();

    auto *listingText = new QVBoxLayout;
    listingText->setSpacing(1);
    listingText->addStretch();
    listingText->addWidget(m_title);
    listingText->addWidget(m_price);
    listingText->addStretch();
    auto *card = new QHBoxLayout(m_card);
    card->setContentsMargins(10, 5, 5, 5);
    card->setSpacing(10);
    card->addLayout(listingText, 1);
    card->addWidget(m_listingImage);
    m_card->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_card->setMaximumWidth(320);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_avatar);
    layout->addLayout(who, 1);
    layout->addWidget(m_card);

    connect(pictures, &MarketplacePictures::changed, this, &ConversationHeader::pictureChanged);
}

void ConversationHeader::setContent(const Content &content)
{
    const Content old = std::exchange(m_content, content);
    m_name->setFullText(content.name);
    m_presence->setText(Formatting::lastSeen(content.online, content.lastSeen));
    m_title->setFullText(content.listingTitle);
    m_price->setFullText(content.price);
    m_card->setVisible(!content.listingTitle.isEmpty());
    if (old.avatarUrl != content.avatarUrl || old.online != content.online ||
        old.initials != content.initials || old.counterpartId != content.counterpartId ||
        m_avatar->pixmap().isNull())
        renderAvatar();
    if (old.listingImageUrl != content.listingImageUrl || !m_listingIsPicture)
        renderListingImage();
}

void ConversationHeader::renderAvatar()
{
    const qreal ratio = devicePixelRatioF();
    const QPixmap picture = m_pictures->pixmap(m_content.avatarUrl, {AvatarSize, AvatarSize},
                                               MarketplacePictures::Shape::Circle, ratio);
    m_avatarIsPicture = !picture.isNull();
    QPixmap canvas(m_avatar->size() * ratio);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        const QRect circle(0, 0, AvatarSize, AvatarSize);
        Avatar::paint(&painter, circle, picture, m_content.initials, m_content.counterpartId,
                      font());
        if (m_content.online)
            Avatar::paintOnlineDot(&painter, circle, layoutDirection(),
                                   palette().color(QPalette::Window));
    }
    m_avatar->setPixmap(canvas);
}

void ConversationHeader::renderListingImage()
{
    const QString &url = m_content.listingImageUrl;
    const qreal ratio = devicePixelRatioF();
    const QSize size(ListingImageSize, ListingImageSize);
    const QPixmap picture =
        m_pictures->pixmap(url, size, MarketplacePictures::Shape::Rounded, ratio);
    m_listingIsPicture = !picture.isNull();
    if (m_listingIsPicture) {
        m_listingImage->setPixmap(picture);
        m_listingImage->show();
        return;
    }
    if (url.isEmpty() || m_pictures->hasFailed(url)) {
        m_listingImage->clear();
        m_listingImage->hide();
        return;
    }
    // On its way: a faint tile, so that the card keeps its shape when it comes.
    QPixmap tile(size * ratio);
    tile.setDevicePixelRatio(ratio);
    tile.fill(Qt::transparent);
    {
        QPainter painter(&tile);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor ink = palette().color(QPalette::Text);
        ink.setAlphaF(0.08f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), size.width() * 0.18,
                                size.width() * 0.18);
    }
    m_listingImage->setPixmap(tile);
    m_listingImage->show();
}

void ConversationHeader::pictureChanged(const QString &url)
{
    if (url == m_content.avatarUrl)
        renderAvatar();
    if (url == m_content.listingImageUrl)
        renderListingImage();
}

void ConversationHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The dot's ring and the tile follow the palette; pixmaps the screen's pixel ratio.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        renderAvatar();
        renderListingImage();
    }
}

} // namespace envisage::ui
