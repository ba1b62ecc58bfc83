#include "SimulatedReceipt.h"

#include <QDateTime>
#include <QList>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

// A PDF string literal in Windows-1252 (WinAnsiEncoding), the encoding of the page's fonts.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u')' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u == 0x20AC) {
            out += '\x80'; // €
        } else if (u == 0x2014 || u == 0x2013) {
            out += '-';
        } else if (u >= 0x20 && u <= 0xFF && (u < 0x7F || u >= 0xA0)) {
            out += char(u);
        } else {
            out += '?';
        }
    }
    return out + ")";
}

QString currencySign(const QString &currency)
{
    return currency == u"EUR"_s ? u"€"_s : currency + u' ';
}

// Text at (x, y) from the bottom left, in points.
QByteArray textAt(double x, double y, const char *font, int size, const QString &text)
{
    return "BT /" + QByteArray(font) + ' ' + QByteArray::number(size) + " Tf " +
           QByteArray::number(x) + ' ' + QByteArray::number(y) + " Td " + pdfString(text) +
           " Tj ET\n";
}

QByteArray pageContent(const ReceiptDetails &d)
{
    const QString paidOn =
        QDateTime::fromMSecsSinceEpoch(d.paidAtMs, Qt::UTC).toString(u"d MMMM yyyy"_s);
    const QString total = currencySign(d.currency) + d.amount;
    QByteArray content;
    content += textAt(56, 770, "F2", 22, u"Receipt"_s);
    content += textAt(56, 745, "F1", 11, u"No. %1 - paid on %2"_s.arg(d.number, paidOn));
    content += textAt(56, 700, "F2", 11, u"Seller"_s);
    content += textAt(56, 684, "F1", 11, d.seller);
    content += textAt(300, 700, "F2", 11, u"Buyer"_s);
    content += textAt(300, 684, "F1", 11, d.buyer);
    content += "0.6 0.6 0.6 RG 0.8 w 56 650 m 539 650 l S\n";
    content += textAt(56, 630, "F2", 11, u"Item"_s);
    content += textAt(450, 630, "F2", 11, u"Amount"_s);
    content += textAt(56, 610, "F1", 11, d.item);
    content += textAt(450, 610, "F1", 11, total);
    content += "56 590 m 539 590 l S\n";
    content += textAt(56, 570, "F2", 12, u"Total paid"_s);
    content += textAt(450, 570, "F2", 12, total);
    content += textAt(56, 530, "F1", 10, u"Sold as seen, collected by the buyer. Thank you!"_s);
    content += textAt(56, 60, "F1", 8, u"Envisage Marketplace - demo data"_s);
    return content;
}

} // namespace

QByteArray SimulatedReceipt::pdf(const ReceiptDetails &details)
{
    const QByteArray content = pageContent(details);
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
    };
    // The binary comment line tells transfer tools the file is not plain text.
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QString SimulatedReceipt::fileName(const ReceiptDetails &details)
{
    return u"receipt-%1.pdf"_s.arg(details.number);
}

} // namespace envisage::sandbox
