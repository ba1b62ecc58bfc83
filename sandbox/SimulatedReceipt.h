#pragma once
// The PDF receipts the demo seller sends (marketplace-api.md §4), written by hand so that
// the sandbox ships no files and needs no QGuiApplication: one A4 page in Helvetica (a
// standard PDF font, never embedded) with the seller, the buyer, the item and the amount
// paid, and a cross-reference table whose offsets a reader can check. Text outside
// Windows-1252 becomes "?". The same details give the same bytes.
#include <QByteArray>
#include <QString>

namespace envisage::sandbox {

struct ReceiptDetails
{
    QString number; // "2026-0147"
    QString seller;
    QString buyer;
    QString item;
    QString amount;   // "150.00"
    QString currency; // "EUR"
    qint64 paidAtMs = 0;
};

class SimulatedReceipt
{
public:
    static QByteArray pdf(const ReceiptDetails &details);
    // "receipt-2026-0147.pdf"
    static QString fileName(const ReceiptDetails &details);
};

} // namespace envisage::sandbox
