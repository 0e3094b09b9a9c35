// Issue 22, item 11: spreadsheets saved as .xlsx (Excel) and .ods (LibreOffice) are read as the
// workbook stores them. The two workbooks in tests/data/workbooks are made by make-workbooks.py
// there, in the shapes Excel and LibreOffice write (shared strings, date styles, repeated cells).

#include "core/chip.h"
#include "io/catalogreader.h"
#include "io/spreadsheetreader.h"
#include "io/tablefile.h"
#include "io/zipreader.h"
#include "testprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSpreadsheetReader : public QObject
{
    Q_OBJECT
private slots:
    void excelCellsAsTheWorkbookStoresThem();
    void anotherSheetByName();
    void openDocumentCellsAsTheWorkbookStoresThem();
    void brokenWorkbooksSayWhatIsWrong_data();
    void brokenWorkbooksSayWhatIsWrong();
    void importReadsAWorkbookEndToEnd();
};

namespace {

const QString kXlsx = QStringLiteral(TEST_DATA_DIR "/workbooks/epoch-hardware.xlsx");
const QString kOds = QStringLiteral(TEST_DATA_DIR "/workbooks/european.ods");

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestSpreadsheetReader::excelCellsAsTheWorkbookStoresThem()
{
    TableReadError error;
    const auto sheet = SpreadsheetReader::read(kXlsx, {}, &error);
    QVERIFY2(sheet, qPrintable(error.message));
    QCOMPARE(sheet->name, u"Hardware"_s);
    QCOMPARE(sheet->names, (QStringList { u"Hardware"_s, u"Notes"_s }));
    const RawTable& table = sheet->table;
    QCOMPARE(table.headers,
        (QStringList { u"Hardware name"_s, u"Manufacturer"_s, u"Release date"_s, u"Memory size per board (Byte)"_s,
            u"Tensor-FP16/BF16 performance (FLOP/s)"_s, u"TDP (W)"_s, u"Notes"_s }));
    // Each row's line is its row number in the sheet: row 5 is empty, so Gaudi 3 stands on 6.
    QCOMPARE(table.rowLines, (QVector<int> { 2, 3, 4, 6 }));
    // Numbers in full as stored (not as the [Red]0.00 format shows them), dates from their serials.
    QCOMPARE(table.rows[0],
        (QStringList { u"NVIDIA H100 SXM5 80GB"_s, u"NVIDIA"_s, u"2022-09-20"_s, u"80000000000"_s,
            u"9.894E+14"_s, u"700"_s, u"SXM5 board"_s }));
    // Rich-text runs joined without their phonetic guide; a date with a time of day is its day;
    // #N/A is no value.
    QCOMPARE(table.rows[1][0], u"AMD Instinct MI300X"_s);
    QCOMPARE(table.rows[1][2], u"2023-12-06"_s);
    QCOMPARE(table.rows[1][5], QString());
    // A missing cell (no C4) is empty; a formula gives its computed value.
    QCOMPARE(table.rows[2][2], QString());
    QCOMPARE(table.rows[2][5], u"400"_s);
    QCOMPARE(table.rows[3], (QStringList { u"Gaudi 3"_s, u"Intel"_s, {}, {}, {}, u"600-900"_s, {} }));
}

void TestSpreadsheetReader::anotherSheetByName()
{
    TableReadError error;
    // Sheet names compare without case, as Excel's do; the part is found by an absolute target.
    const auto notes = SpreadsheetReader::read(kXlsx, u"notes"_s, &error);
    QVERIFY2(notes, qPrintable(error.message));
    QCOMPARE(notes->name, u"Notes"_s);
    QCOMPARE(notes->table.rows, (QVector<QStringList> { { u"Note chip"_s, u"75"_s } }));
    QVERIFY(!SpreadsheetReader::read(kXlsx, u"Prices"_s, &error));
    QCOMPARE(error.message, u"has no sheet 'Prices'; its sheets: Hardware, Notes"_s);
    const auto extra = SpreadsheetReader::read(kOds, u"Extra"_s, &error);
    QVERIFY2(extra, qPrintable(error.message));
    QCOMPARE(extra->table.rows, (QVector<QStringList> { { u"Extra chip"_s, u"55"_s } }));
}

void TestSpreadsheetReader::openDocumentCellsAsTheWorkbookStoresThem()
{
    TableReadError error;
    const auto sheet = SpreadsheetReader::read(kOds, {}, &error);
    QVERIFY2(sheet, qPrintable(error.message));
    QCOMPARE(sheet->name, u"Chips"_s);
    QCOMPARE(sheet->names, (QStringList { u"Chips"_s, u"Extra"_s }));
    const RawTable& table = sheet->table;
    // 1,024 columns and a million rows repeated to the sheet's edge are not cells.
    QCOMPARE(table.headers.size(), 7);
    QCOMPARE(table.rows.size(), 2);
    // Two empty rows (repeated) stand between: the H100 is on row 5.
    QCOMPARE(table.rowLines, (QVector<int> { 2, 5 }));
    // The stored value, never the shown "3,2" (a decimal comma) or "01.03.25".
    QCOMPARE(table.rows[0],
        (QStringList { u"Ascend 910C"_s, u"Huawei"_s, u"128"_s, u"3.2"_s, u"780"_s, u"2025-03-01"_s, u"700"_s }));
    // <text:s text:c="2"/> is two spaces; a covered cell is empty.
    QCOMPARE(table.rows[1],
        (QStringList { u"H100  SXM"_s, u"NVIDIA"_s, u"80"_s, u"3.35"_s, u"989.5"_s, {}, u"700"_s }));
}

void TestSpreadsheetReader::brokenWorkbooksSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    const QByteArray xlsx = fileBytes(kXlsx);
    QTest::newRow("text saved as .xlsx") << QByteArray("name,tdp_w\nA,1\n")
                                         << u"is not a readable .xlsx or .ods file (not a zip archive)"_s;
    QTest::newRow("cut off half way") << xlsx.left(xlsx.size() / 2)
                                      << u"is not a readable .xlsx or .ods file (not a zip archive)"_s;
    // A zip with other things in it (a folder of CSVs zipped up).
    QByteArray otherZip;
    {
        QTemporaryDir dir;
        const QString made = dir.filePath(u"other.zip"_s);
        QVERIFY(QProcess::execute(u"python3"_s,
                    { u"-c"_s,
                        u"import zipfile,sys; zipfile.ZipFile(sys.argv[1],'w').writestr('chips.csv','a,b')"_s,
                        made })
            == 0);
        otherZip = fileBytes(made);
    }
    QTest::newRow("zip of other files") << otherZip
                                        << u"is a zip archive, but neither an .xlsx workbook nor an .ods spreadsheet"_s;
    // One byte of the compressed sheet changed: its checksum no longer matches.
    QByteArray damaged = xlsx;
    const qsizetype sheetData = damaged.indexOf("xl/worksheets/sheet1.xml") + 40;
    damaged[sheetData] = char(damaged[sheetData] ^ 0x5a);
    QTest::newRow("damaged sheet") << damaged << u"its part 'xl/worksheets/sheet1.xml' is damaged"_s;
    QTest::newRow("a cell in the last column over every row")
        << fileBytes(QStringLiteral(TEST_DATA_DIR "/workbooks/too-wide.xlsx"))
        << u"its sheet 'Wide' holds more than 20000000 cells; save the chips' part as CSV"_s;
}

void TestSpreadsheetReader::brokenWorkbooksSayWhatIsWrong()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, u"broken.xlsx"_s, contents);
    TableReadError error;
    QVERIFY(!TableFiles::read(path, std::nullopt, {}, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

// `chipcompare import` on a workbook: the summary names the sheet, FILE:ROW:COLUMN points at the
// sheet's row, and --sheet reads another (on a CSV it is a usage error).
void TestSpreadsheetReader::importReadsAWorkbookEndToEnd()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"hardware.json"_s);
    const auto result = runChipCompare({ u"import"_s, kXlsx, u"--out"_s, out });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"  sheet 'Hardware' (1 of 2: Hardware, Notes; --sheet NAME reads another)\n"_s),
        qPrintable(result.err));
    QVERIFY2(result.err.contains(kXlsx + u":6:TDP (W): '600-900' holds several numbers"_s), qPrintable(result.err));
    const auto catalog = CatalogReader::readFile(out);
    QVERIFY(catalog.ok());
    QCOMPARE(catalog.catalog.chips.size(), 4);
    const Chip& h100 = catalog.catalog.chips[0];
    QCOMPARE(h100.year, std::optional<int>(2022));
    QCOMPARE(h100.canonical(SpecField::MemoryCapacity), std::optional<double>(80.0));
    QCOMPARE(h100.canonical(SpecField::Bf16Dense), std::optional<double>(989.4));
    QCOMPARE(catalog.catalog.chips[2].canonical(SpecField::Tdp), std::optional<double>(400.0));

    const auto notes = runChipCompare({ u"import"_s, kXlsx, u"--out"_s, out, u"--sheet"_s, u"Notes"_s });
    QCOMPARE(notes.exitCode, 0);
    QVERIFY2(notes.err.contains(u"1 row read, 1 chip written"_s), qPrintable(notes.err));
    const auto missing = runChipCompare({ u"import"_s, kOds, u"--out"_s, out, u"--sheet"_s, u"Prices"_s });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(kOds + u": has no sheet 'Prices'; its sheets: Chips, Extra"_s), qPrintable(missing.err));
    const QString csv = writeTestFile(dir, u"t.csv"_s, "name,tdp_w\nA,100\n");
    const auto usage = runChipCompare({ u"import"_s, csv, u"--out"_s, out, u"--sheet"_s, u"Notes"_s });
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains(u"--sheet: "_s + csv + u" is not an .xlsx or .ods workbook"_s), qPrintable(usage.err));
}

QTEST_GUILESS_MAIN(TestSpreadsheetReader)
#include "tst_spreadsheetreader.moc"
