#include "PlainText.h"

namespace envisage {

QString plainFileName(const QString &name)
{
    QString plain;
    plain.reserve(name.size());
    for (const QChar c : name) {
        const bool bidiControl = (c >= QChar(0x202A) && c <= QChar(0x202E)) ||
                                 (c >= QChar(0x2066) && c <= QChar(0x2069)) || c == QChar(0x200E) ||
                                 c == QChar(0x200F) || c == QChar(0x061C);
        if (!bidiControl && c.category() != QChar::Other_Control)
            plain.append(c);
    }
    return plain;
}

} // namespace envisage
