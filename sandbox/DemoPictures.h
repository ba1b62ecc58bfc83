#pragma once
// The demo's listing pictures and buyer avatars, drawn in code so that the sandbox ships
// no image files (as SimulatedPhoto draws the buyers' photos): a listing is its object
// as a simple icon-like drawing (a floor or pendant lamp, a chair, a desk, a sideboard, a
// bookshelf, a camera, a bike, a rug, an espresso machine, records, a skillet, or a parcel) picked
// from its title, on a soft background whose colour comes from the title; an avatar is a
// head-and-shoulders portrait whose colours and hair come from the user id. Deterministic: the same
// title or id gives the same PNG. Shapes only: the sandbox runs without a QGuiApplication, so no
// fonts can be used.
#include <QByteArray>
#include <QImage>
#include <QString>

namespace envisage::sandbox {

class DemoPictures
{
public:
    static constexpr int ListingSize = 320;
    static constexpr int AvatarSize = 256;

    enum class Subject {
        Lamp,
        PendantLamp,
        Chair,
        Desk,
        Sideboard,
        Shelf,
        Camera,
        Bike,
        Rug,
        CoffeeMachine,
        Records,
        Skillet,
        Parcel
    };
    static Subject subjectOf(const QString &listingTitle);

    static QImage listing(const QString &title);
    static QImage avatar(qint64 userId);
    static QByteArray png(const QImage &image);
};

} // namespace envisage::sandbox
