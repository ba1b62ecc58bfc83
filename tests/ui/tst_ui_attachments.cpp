// Choosing what to attach, before anything is queued: the type read from the bytes
// (a renamed program is refused, a photo named .txt is not), empty and oversized files,
// at most 3 files with the others explained in place, names as plain text with bidi
// controls removed; the tray's chips, remove buttons and note about photo details; a
// pasted image written privately (0600 in 0700); files dropped or pasted as URLs; the
// composer sending files with or without text.
#include "AttachmentChoice.h"
#include "AttachmentTray.h"
#include "Composer.h"
#include "Formatting.h"
#include "inbox/AttachmentText.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace envisage;
using namespace Qt::StringLiterals;
using ui::AttachmentChoice;
using ui::AttachmentTray;
using ui::Composer;

class UiAttachmentsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString photo(const QString &name, const char *format = "JPEG")
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = m_folder.filePath(name);
        if (!image.save(path, format))
            qFatal("cannot save %s", qPrintable(path));
        return path;
    }

    static QByteArray pdf() { return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"; }
    static QByteArray elf()
    {
        QByteArray bytes("\x7f"
                         "ELF\x02\x01\x01",
                         7);
        bytes.append(QByteArray(57, '\0'));
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
    }

    void theTypeIsReadFromTheBytes()
    {
        const auto jpeg = AttachmentChoice::check(photo(u"desk.jpg"_s));
        QVERIFY(jpeg.file);
        QCOMPARE(jpeg.file->mime, u"image/jpeg"_s);
        QVERIFY(jpeg.file->image);
        const auto png = AttachmentChoice::check(photo(u"named-wrongly.txt"_s, "PNG"));
        QVERIFY(png.file);
        QCOMPARE(png.file->mime, u"image/png"_s);
        const auto receipt = AttachmentChoice::check(write(u"receipt.pdf"_s, pdf()));
        QVERIFY(receipt.file);
        QVERIFY(!receipt.file->image);

        const auto program = AttachmentChoice::check(write(u"holiday.jpg"_s, elf()));
        QVERIFY(!program.file);
        QVERIFY(program.refusal.contains(u"holiday.jpg"_s));
        QVERIFY(program.refusal.contains(u"PDF"_s));
    }

    void emptyMissingAndOversizedFilesAreRefused()
    {
        QVERIFY(AttachmentChoice::check(write(u"empty.pdf"_s, {})).refusal.contains(u"empty"_s));
        QVERIFY(!AttachmentChoice::check(m_folder.filePath(u"gone.jpg"_s)).file);
        QByteArray big = pdf();
        big.append(QByteArray(AttachmentChoice::MaxBytes + 1 - big.size(), ' '));
        const auto tooBig = AttachmentChoice::check(write(u"big.pdf"_s, big));
        QVERIFY(!tooBig.file);
        QVERIFY(tooBig.refusal.contains(u"big.pdf"_s));
        big.chop(1); // exactly 10 MiB is allowed
        QVERIFY(AttachmentChoice::check(write(u"limit.pdf"_s, big)).file);
    }

    void namesArePlainTextWithoutBidiControls()
    {
        // "invoice\u202Egpj.exe" would read as "invoiceexe.jpg".
        const QString hostile = u"invoice\u202Egpj.pdf"_s;
        const auto checked = AttachmentChoice::check(write(hostile, pdf()));
        QVERIFY(checked.file);
        QCOMPARE(checked.file->name, u"invoicegpj.pdf"_s);
        QCOMPARE(inbox::safeAttachmentName(u"a\u2066b\u200Fc\td"_s), u"abc d"_s);

        AttachmentTray tray;
        tray.addFiles({write(u"<b>bold<i>.pdf"_s, pdf())});
        const QList<QLabel *> labels = tray.findChildren<QLabel *>();
        QVERIFY(std::all_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->textFormat() == Qt::PlainText;
        }));
        const auto named = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(u"bold"_s);
        });
        QVERIFY(named != labels.cend());
        QVERIFY((*named)->toolTip().contains(u"&lt;b&gt;"_s)); // tooltips are rich text
    }

    void atMostThreeFilesTheRestExplained()
    {
        AttachmentTray tray;
        QSignalSpy changed(&tray, &AttachmentTray::changed);
        const QStringList four{photo(u"1.jpg"_s), photo(u"2.jpg"_s), write(u"3.pdf"_s, pdf()),
                               photo(u"4.jpg"_s)};
        tray.addFiles(four + QStringList{write(u"5.exe.jpg"_s, elf())});
        QCOMPARE(tray.paths(), four.first(3));
        QVERIFY(tray.refusals().contains(u"4.jpg"_s));
        QVERIFY(tray.refusals().contains(u"5.exe.jpg"_s));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(tray.findChildren<QToolButton *>().size(), 3); // a remove button per chip

        tray.addFiles({four.at(0)}); // the same file again is not a fourth
        QCOMPARE(tray.paths().size(), 3);

        tray.removeAt(1);
        QCOMPARE(tray.paths(), (QStringList{four.at(0), four.at(2)}));
        QVERIFY(tray.refusals().isEmpty());
        tray.addFiles({four.at(3)});
        QCOMPARE(tray.paths().size(), 3);
        QVERIFY(QFile::exists(four.at(1))); // removing a chip never deletes the seller's file
    }

    void photosSayWhatHappensToTheirDetails()
    {
        AttachmentTray tray;
        tray.show();
        const auto note = [&tray] {
            for (const QLabel *label : tray.findChildren<QLabel *>())
                if (label->isVisible() && label->text().contains(u"location"_s))
                    return label->text();
            return QString();
        };
        tray.addFiles({write(u"only.pdf"_s, pdf())});
        QVERIFY(note().isEmpty());
        tray.addFiles({photo(u"front.jpg"_s)});
        QVERIFY(note().contains(u"without"_s));
        tray.setStripsPhotoDetails(false);
        QVERIFY(note().contains(u"with their location"_s));
    }

    void aPastedImageIsWrittenPrivately()
    {
        Composer composer;
        QImage image(30, 20, QImage::Format_ARGB32);
        image.fill(Qt::red);
        QMimeData pasted;
        pasted.setImageData(image);
        QVERIFY(composer.edit()->canInsertFromMimeData(&pasted));
        // What Ctrl+V and a drop call (the system clipboard is not the test's to change).
        composer.edit()->insertFromMimeData(&pasted);
        QCOMPARE(composer.tray()->paths().size(), 1);
        const QString path = composer.tray()->paths().constFirst();
        QVERIFY(path.startsWith(AttachmentTray::pastedFolder()));
        QCOMPARE(QImage(path).size(), QSize(30, 20));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFile::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(path).absolutePath()) & 0x0077, QFile::Permissions());
        QVERIFY(composer.text().isEmpty()); // not pasted as text
        composer.tray()->removeAt(0);       // ours: removed with its chip
        QVERIFY(!QFile::exists(path));
    }

    void filesOfferedAsUrlsAreAttachedLinksStayText()
    {
        Composer composer;
        auto *edit = composer.edit();
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(photo(u"dropped.jpg"_s))});
        edit->insertFromMimeData(&files);
        QCOMPARE(composer.tray()->paths().size(), 1);

        QMimeData link;
        link.setUrls({QUrl(u"https://example.test/item/4"_s)});
        link.setText(u"https://example.test/item/4"_s);
        edit->insertFromMimeData(&link);
        QCOMPARE(composer.tray()->paths().size(), 1);
        QCOMPARE(composer.text(), u"https://example.test/item/4"_s);

        QMimeData html;
        html.setHtml(u"<img src=x onerror=alert(1)><b>hi</b>"_s);
        html.setText(u"hi"_s);
        composer.setText({});
        edit->insertFromMimeData(&html);
        QCOMPARE(composer.text(), u"hi"_s);
    }

    void filesAloneCanBeSent()
    {
        Composer composer;
        QSignalSpy sent(&composer, &Composer::sendRequested);
        const QList<QToolButton *> buttons = composer.findChildren<QToolButton *>();
        const auto send = std::find_if(buttons.cbegin(), buttons.cend(), [](QToolButton *b) {
            return b->accessibleName() == u"Send"_s;
        });
        QVERIFY(send != buttons.cend());
        QVERIFY(!(*send)->isEnabled());
        const QString receipt = write(u"receipt-2.pdf"_s, pdf());
        composer.tray()->addFiles({receipt});
        QVERIFY((*send)->isEnabled());
        (*send)->click();
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toString(), QString());
        QCOMPARE(sent.at(0).at(1).toStringList(), QStringList{receipt});

        composer.clear();
        QVERIFY(composer.tray()->isEmpty());
        QVERIFY(QFile::exists(receipt));
        QVERIFY(!(*send)->isEnabled());

        composer.setUnavailable(u"Signed out"_s);
        QVERIFY(!composer.attachButton()->isEnabled());
    }
};

QTEST_MAIN(UiAttachmentsTest)
#include "tst_ui_attachments.moc"
