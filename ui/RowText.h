#pragma once
// What the delegates of the list rows share (the conversation list, the search results):
// the fonts of a row's name and of its small print, and text from other people set in its
// own direction.
#include <QChar>
#include <QFont>
#include <QString>

namespace envisage::ui::RowText {

inline QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

inline QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

// Text from other people (a name, a title, a message) in its own direction inside the
// row's: an English preview keeps its "?" at the end in the Arabic window, and the other
// way round.
inline QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
}

} // namespace envisage::ui::RowText
