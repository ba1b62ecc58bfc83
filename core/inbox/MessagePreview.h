#pragma once
// A message in one line where only a line fits (the conversation list, notifications):
// its text, or for photos and documents sent without text "Photo", "3 photos", the
// document's name or "2 files".
#include "api/ApiTypes.h"

#include <QCoreApplication>

namespace envisage::inbox {

class MessagePreview
{
    Q_DECLARE_TR_FUNCTIONS(MessagePreview)
public:
    static QString of(const api::Message &message);
};

} // namespace envisage::inbox
