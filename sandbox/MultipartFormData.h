#pragma once
// A multipart/form-data body (RFC 7578) split into its parts. Qt can build such bodies
// (QHttpMultiPart) but not read them, so this is a small, strict reader: CRLF line
// ends, a boundary of 1–70 characters, a bounded number of parts and part-head size,
// and a body that must end with its closing delimiter (a boundary that never ends is
// an error, never a part that runs to the end of the body).
#include <QByteArray>
#include <QList>
#include <QString>

namespace envisage::sandbox {

struct FormPart
{
    QByteArray name;          // the form field, from Content-Disposition
    bool hasFileName = false; // a file part (filename or filename* given), not a plain field
    QString fileName;         // as sent, decoded; not yet safe to show or store
    QByteArray data;
};

class MultipartFormData
{
public:
    static constexpr int MaxParts = 16;
    static constexpr int MaxPartHeadBytes = 8 << 10;

    enum class Error {
        None,
        NotMultipart, // another Content-Type
        NoBoundary,   // missing, empty or longer than 70 characters
        Unterminated, // the closing delimiter (or a part's head end) never comes
        Malformed,    // bytes where a delimiter, CRLF or Content-Disposition belongs
        TooManyParts,
    };

    // Reads a body sent with this Content-Type header.
    static MultipartFormData parse(QByteArrayView contentType, const QByteArray &body);

    Error error() const { return m_error; }
    const QList<FormPart> &parts() const { return m_parts; }
    QList<FormPart> partsNamed(QByteArrayView name) const;

private:
    // Reads one part whose head starts at `from`; returns where its data ends (the CRLF
    // before the next delimiter), or -1 after setting m_error.
    qsizetype readPart(const QByteArray &body, qsizetype from, const QByteArray &delimiter);

    Error m_error = Error::None;
    QList<FormPart> m_parts;
};

} // namespace envisage::sandbox
