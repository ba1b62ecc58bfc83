#pragma once
// What the seller reads about attachments where there is no room for them: the
// conversation list's preview and notifications say "Photo", "2 photos" or the
// document's name when a message has no text. Names come from the other side: shown as
// plain text, with the controls that could reorder what follows them removed.
#include "api/ApiTypes.h"

#include <QString>

namespace envisage::inbox {

// The name without bidi controls (U+202A–U+202E, U+2066–U+2069, the marks) or other
// invisible format and control characters, on one line.
QString safeAttachmentName(const QString &name);
// "Photo", "3 photos", "receipt.pdf", "2 files"; empty without attachments. Translated.
QString attachmentSummary(const QList<api::Attachment> &attachments);
// A message on one line for a preview: its text, or the summary of its files.
QString messagePreview(const api::Message &message);

} // namespace envisage::inbox
