// Writing catalogs (format 2): what is written reads back the same, keys keep a stable order, and a
// failed write never damages the file that was there.

#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every shape a user's file may have: unknown vendor and status, format-2 fields, x- keys on a chip
// and on a number, alternatives, text that needs escaping, values over many decades.
QByteArray richCatalog()
{
    return readAll(QStringLiteral(TEST_DATA_DIR "/rich-catalog.json"));
}

} // namespace

class TestCatalogWriter : public QObject
{
    Q_OBJECT
private slots:
    void builtInCatalogRoundTripsByteForByte();
    void everyFieldReadsBackAsWritten();
    void unknownVendorAndStatusStayUnknown();
    void aFailedWriteKeepsTheOldFile();
};

void TestCatalogWriter::builtInCatalogRoundTripsByteForByte()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    const QByteArray file = readAll(QStringLiteral(CATALOG_FILE));
    QVERIFY(!file.isEmpty());
    const QByteArray written = CatalogWriter::toJson(builtIn.catalog);
    if (written != file) {
        const auto lines = written.split('\n');
        const auto expected = file.split('\n');
        for (int i = 0; i < std::min(lines.size(), expected.size()); ++i)
            QCOMPARE(QString::fromUtf8(lines[i]), QString::fromUtf8(expected[i]));
    }
    QCOMPARE(written, file);
}

void TestCatalogWriter::everyFieldReadsBackAsWritten()
{
    const auto first = CatalogReader::read(richCatalog(), u"rich.json"_s);
    QVERIFY2(first.ok(), qPrintable(formatDiagnostics(first.problems)));
    const QByteArray written = CatalogWriter::toJson(first.catalog);
    QCOMPARE(written, richCatalog()); // already in the canonical order: written exactly as read
    const auto second = CatalogReader::read(written, u"written.json"_s);
    QVERIFY(second.ok());
    const Chip& chip = second.catalog.chips.first();
    QCOMPARE(chip.extra.value(u"x-board"_s).toString(), u"GTX 680"_s);
    QCOMPARE(chip.spec(SpecField::MemoryCapacity)->primary.extra().value(u"x-row"_s).toInt(), 17);
    QCOMPARE(chip.canonical(SpecField::Transistors), std::optional<double>(3.54));
    QCOMPARE(chip.canonical(SpecField::MemoryCapacity), std::optional<double>(3.2e-05));
    QCOMPARE(
        chip.spec(SpecField::Price)->alternatives.first().note(), u"launch price in the EU, converted"_s);
    QCOMPARE(second.catalog.sources.first().title, u"My \"lab\" sheet\twith a tab"_s);
    QCOMPARE(chip.notes, u"Line one\nline two: 含光"_s);
}

void TestCatalogWriter::unknownVendorAndStatusStayUnknown()
{
    const auto result = CatalogReader::read(richCatalog(), u"rich.json"_s);
    const Chip& chip = result.catalog.chips.first();
    QVERIFY(chip.vendor.isEmpty());
    QVERIFY(!chip.status.has_value());
    const QByteArray written = CatalogWriter::toJson(result.catalog);
    QVERIFY(!written.contains("\"vendor\""));
    QVERIFY(!written.contains("\"status\""));
    // Format 1 still requires them.
    QByteArray old = richCatalog();
    old.replace("\"version\": 2", "\"version\": 1");
    const auto strict = CatalogReader::read(old, u"old.json"_s);
    QVERIFY(!strict.ok());
    QVERIFY(formatDiagnostics(strict.problems).contains(u"field 'vendor': is required"_s));
}

void TestCatalogWriter::aFailedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the user's previous file");
    file.close();
    const auto catalog = CatalogReader::read(richCatalog(), u"rich.json"_s).catalog;
    // Writing into a folder that does not exist fails, names the file and leaves nothing.
    QString error;
    const QString missing = dir.filePath(u"no-such-folder/mine.json"_s);
    QVERIFY(!CatalogWriter::writeFile(catalog, missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    // A read-only folder: the old file stays as it was.
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const bool refused = !CatalogWriter::writeFile(catalog, path, &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (refused) // root may write anyway; then there is nothing to check
        QCOMPARE(readAll(path), QByteArray("the user's previous file"));
    // A successful write replaces it whole.
    QVERIFY(CatalogWriter::writeFile(catalog, path, &error));
    QCOMPARE(readAll(path), CatalogWriter::toJson(catalog));
}

QTEST_GUILESS_MAIN(TestCatalogWriter)
#include "tst_catalogwriter.moc"
