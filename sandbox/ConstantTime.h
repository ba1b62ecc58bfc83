#pragma once
#include <QByteArray>

namespace envisage::sandbox {

// Compares secrets in a time that does not depend on where they first differ.
inline bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace envisage::sandbox
