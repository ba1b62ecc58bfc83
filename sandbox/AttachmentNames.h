#pragma once
// The names of uploaded files: what is kept of the name a client sent, and how it is
// given back in Content-Disposition. A stored name is only ever shown or offered as a
// "save as" suggestion (files live on disk under generated ids), but clients put it in
// their windows and file dialogs, so it must not carry a path, control characters or
// bidi overrides that make "invoice<U+202E>gpj.exe" look like "invoiceexe.jpg".
#include <QByteArray>
#include <QString>

class QMimeType;

namespace envisage::sandbox::AttachmentNames {

constexpr int MaxNameCharacters = 150;

// The last path component, without control characters, bidi controls or characters
// Windows refuses in names, trimmed, at most MaxNameCharacters, never empty, and
// ending with a suffix of `mime` (one is added when the name has another).
QString sanitized(const QString &sent, const QMimeType &mime);

// "inline; filename=\"ascii fallback\"; filename*=UTF-8''percent-encoded" (RFC 6266).
QByteArray contentDisposition(const QString &name, bool inlineDisplay);

} // namespace envisage::sandbox::AttachmentNames
