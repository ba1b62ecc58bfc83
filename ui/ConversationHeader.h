#pragma once
// The top of the open conversation, as chat apps of marketplaces have it: the buyer's
// avatar (their picture, or initials on their colour) with the green dot while they are
// online, their name and "Online" or when they were last seen; on the trailing side a
// card with the listing's title, its price and its picture (small, rounded; a faint tile
// while it loads, nothing when there is none). Names and titles are plain text, elided.
#include <QDateTime>
#include <QWidget>

class QLabel;

namespace envisage::ui {

class ElidedLabel;
class MarketplacePictures;

class ConversationHeader : public QWidget
{
    Q_OBJECT
public:
    struct Content
    {
        qint64 counterpartId = 0;
        QString name;
        QString initials;
        QString avatarUrl; // empty: initials
        bool online = false;
        QDateTime lastSeen; // invalid: unknown
        QString listingTitle;
        QString price;           // formatted
        QString listingImageUrl; // empty: no picture
    };

    static constexpr int AvatarSize = 44;
    static constexpr int ListingImageSize = 44;

    explicit ConversationHeader(MarketplacePictures *pictures, QWidget *parent = nullptr);

    void setContent(const Content &content);
    const Content &content() const { return m_content; }

    ElidedLabel *nameLabel() const { return m_name; }
    QLabel *presenceLabel() const { return m_presence; }
    ElidedLabel *listingTitleLabel() const { return m_title; }
    ElidedLabel *priceLabel() const { return m_price; }
    QLabel *avatarLabel() const { return m_avatar; }
    QLabel *listingImageLabel() const { return m_listingImage; }
    // Whether the pictures themselves are shown (not the initials, not the loading tile).
    bool showsAvatarPicture() const { return m_avatarIsPicture; }
    bool showsListingPicture() const { return m_listingIsPicture; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderAvatar();
    void renderListingImage();
    void pictureChanged(const QString &url);

    MarketplacePictures *m_pictures;
    Content m_content;
    QLabel *m_avatar;
    ElidedLabel *m_name;
    QLabel *m_presence;
    QWidget *m_card;
    ElidedLabel *m_title;
    ElidedLabel *m_price;
    QLabel *m_listingImage;
    bool m_avatarIsPicture = false;
    bool m_listingIsPicture = false;
};

} // namespace envisage::ui
