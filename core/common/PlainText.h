#pragma once
// Names from the network or the disk (file names above all) shown as plain text: bidi
// controls would let "invoice\u202Efdp.exe" read as "invoiceexe.pdf", and other control
// characters have no business in a label. Removed, not escaped: they carry no meaning.
#include <QString>

namespace envisage {

QString plainFileName(const QString &name);

} // namespace envisage
