#include "io/catalogreader.h"
#include "io/catalogsplit.h"
#include "io/catalogwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A valid catalog with one chip; cases replace CHIP_FIELDS to break one thing at a time.
QByteArray catalogWith(const QByteArray& chipFields)
{
    QByteArray text = R"({
  "format": "chipcompare-catalog",
  "version": 1,
  "sources": [ { "id": "s1", "title": "Datasheet" } ],
  "chips": [
    { "id": "x-1", "name": "X", "vendor": "V", "status": "shipping",
      CHIP_FIELDS
    }
  ]
})";
    return text.replace("CHIP_FIELDS", chipFields);
}

struct Position
{
    int line = 0;
    int column = 0;
};

// Independent oracle: where the `occurrence`-th copy of `anchor` starts, in 1-based characters.
Position positionOf(const QByteArray& text, const QByteArray& anchor, int occurrence)
{
    qsizetype offset = -1;
    for (int i = 0; i <= occurrence; ++i)
        offset = text.indexOf(anchor, offset + 1);
    if (offset < 0)
        return {};
    const QString before = QString::fromUtf8(text.left(offset));
    const auto lines = before.split(u'\n');
    return { int(lines.size()), int(lines.last().size()) + 1 };
}

} // namespace

class TestCatalogReader : public QObject
{
    Q_OBJECT
private slots:
    void bothReadPathsAgree_data();
    void bothReadPathsAgree();
    void builtInCatalogIsValidAndComplete();
    void builtInCatalogKeepsDisagreementsVisible();
    void readsEveryFieldOfAUserCatalog();
    void acceptsBomAndCrlf();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void reportsEveryProblemNotJustTheFirst();
    void reportsUnreadableFiles();
    void keepsUserColumnsOfEveryJsonType();
    void readsLargeCatalogsWholeAndInOrder();
    void reportsProblemsAcrossALargeCatalogInFileOrder();
    void cancelsALargeRead();
    void pointsIntoLongLinesAndManyFindings();
    void locatesTheProblemsOfAFileItLetGo();
    void readsNumbersOnlyQJsonDocumentParses();
    void splitsAFileIntoItsChipsAndTheRest();
    void mergesUserChipsOverBuiltIn();
};

void TestCatalogReader::builtInCatalogIsValidAndComplete()
{
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    const Catalog& catalog = result.catalog;
    QVERIFY(catalog.chips.size() >= 12);
    QVERIFY(catalog.date.isValid());
    // Ids users script against.
    for (const auto& id :
        { u"alibaba-hanguang-800"_s, u"enflame-l600"_s, u"cambricon-siyuan-690"_s, u"metax-c600"_s,
            u"nvidia-h20"_s, u"nvidia-h100-sxm"_s, u"nvidia-h100-pcie"_s, u"huawei-ascend-910b"_s,
            u"huawei-ascend-910c"_s, u"nvidia-h200-sxm"_s, u"nvidia-a100-80gb-sxm"_s })
        QVERIFY2(catalog.chip(id), qPrintable(id));
    for (const auto& source : catalog.sources)
        QVERIFY2(!source.title.isEmpty(), qPrintable(source.id));
    const Chip* hanguang = catalog.chip(u"alibaba-hanguang-800"_s);
    QCOMPARE(hanguang->localName, u"含光800"_s);
    // Unknown stays unknown: the Hanguang has no DRAM, so no bandwidth, never a zero.
    QVERIFY(!hanguang->spec(SpecField::MemoryBandwidth));
    const Chip* h100 = catalog.chip(u"nvidia-h100-sxm"_s);
    QCOMPARE(h100->canonical(SpecField::MemoryBandwidth), std::optional<double>(3350.0));
    // Reported, not official: the figures come from notes that reproduce NVIDIA's table.
    QCOMPARE(h100->spec(SpecField::Bf16Dense)->primary.confidence, Confidence::Reported);
    // Official only where the vendor's own document is cited: the H100 PCIe product brief.
    const Chip* pcie = catalog.chip(u"nvidia-h100-pcie"_s);
    QCOMPARE(pcie->spec(SpecField::Tdp)->primary.confidence, Confidence::Official);
    QCOMPARE(catalog.source(pcie->spec(SpecField::Tdp)->primary.sourceId)->kind, SourceKind::Vendor);
    QCOMPARE(h100->cudaCompat, CudaCompat::Native);
}

void TestCatalogReader::builtInCatalogKeepsDisagreementsVisible()
{
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    // The seed article's "3.6Tb/s" for the L600 stays visible as a disagreeing, bit-based value.
    const auto& bandwidth = result.catalog.chip(u"enflame-l600"_s)->spec(SpecField::MemoryBandwidth);
    QVERIFY(bandwidth);
    QCOMPARE(bandwidth->primary.unit, u"TB/s"_s);
    QCOMPARE(bandwidth->canonical(), 3600.0);
    QVERIFY(bandwidth->sourcesDisagree());
    QCOMPARE(bandwidth->alternatives.first().unit, u"Tb/s"_s);
    QCOMPARE(bandwidth->alternatives.first().canonical, 450.0);
    QCOMPARE(bandwidth->alternatives.first().sourceId, u"seed-article"_s);
    // Agreeing alternatives are not a disagreement.
    QVERIFY(!result.catalog.chip(u"metax-c600"_s)->spec(SpecField::MemoryCapacity)->sourcesDisagree());
}

void TestCatalogReader::readsEveryFieldOfAUserCatalog()
{
    const auto result = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/user-catalog.json"),
        { Source { u"epoch-ml-hardware"_s, u"Machine Learning Hardware dataset"_s, {}, u"Epoch AI"_s, {},
            SourceKind::Database, {} } });
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    const Catalog& catalog = result.catalog;
    QCOMPARE(catalog.date, QDate(2026, 12, 1));
    QCOMPARE(catalog.sources.size(), 1);
    const Source& source = catalog.sources.first();
    QCOMPARE(source.id, u"acme-datasheet"_s);
    QCOMPARE(source.url, u"https://example.com/x1.pdf"_s);
    QCOMPARE(source.publisher, u"ACME"_s);
    QCOMPARE(source.accessed, QDate(2026, 11, 30));

    QCOMPARE(catalog.chips.size(), 2);
    const Chip* h20 = catalog.chip(u"nvidia-h20"_s);
    QVERIFY(h20);
    // 96 GiB as the file says, 103.08 GB canonically.
    QCOMPARE(h20->spec(SpecField::MemoryCapacity)->primary.unit, u"GiB"_s);
    QVERIFY(qAbs(*h20->canonical(SpecField::MemoryCapacity) - 103.079215104) < 1e-9);
    QCOMPARE(h20->spec(SpecField::MemoryCapacity)->primary.confidence, Confidence::Estimate);

    const Chip* x1 = catalog.chip(u"acme-x1"_s);
    QVERIFY(x1);
    QCOMPARE(x1->name, u"ACME X1"_s);
    QCOMPARE(x1->localName, u"极速一号"_s);
    QCOMPARE(x1->vendor, u"ACME"_s);
    QCOMPARE(x1->country, u"CN"_s);
    QCOMPARE(x1->year, std::optional<int>(2026));
    QCOMPARE(x1->status, ChipStatus::Rumored);
    QCOMPARE(x1->memoryType, u"GDDR7"_s);
    QCOMPARE(x1->cudaCompat, CudaCompat::SourceCompatible);
    QCOMPARE(x1->softwareStack, u"=ACME SDK"_s);
    QCOMPARE(x1->canonical(SpecField::MemoryBandwidth), std::optional<double>(1600.0)); // 12.8 Tb/s
    QCOMPARE(x1->spec(SpecField::MemoryBandwidth)->alternatives.size(), 1);
    QVERIFY(!x1->spec(SpecField::MemoryBandwidth)->sourcesDisagree()); // 1.6 TB/s is the same
    QCOMPARE(x1->spec(SpecField::MemoryBandwidth)->alternatives.first().note(), u"same figure in bytes"_s);
    QCOMPARE(x1->canonical(SpecField::Bf16Dense), std::optional<double>(250.0));
    QVERIFY(!x1->spec(SpecField::Tdp));
    QCOMPARE(x1->ecosystem.size(), 1);
    QCOMPARE(x1->ecosystem.first().support, SupportLevel::Plugin);
    QCOMPARE(x1->ecosystem.first().via, u"torch_acme"_s);
    QCOMPARE(x1->frameworks(), QStringList { u"PyTorch"_s });
}

void TestCatalogReader::acceptsBomAndCrlf()
{
    const auto result = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/bom-crlf-catalog.json"),
        { Source { u"epoch-ml-hardware"_s, u"Machine Learning Hardware dataset"_s, {}, u"Epoch AI"_s, {},
            SourceKind::Database, {} } });
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    QCOMPARE(result.catalog.chips.size(), 2);
    QCOMPARE(result.catalog.chip(u"acme-x1"_s)->localName, u"极速一号"_s);
}

void TestCatalogReader::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedMessage"); // the line must contain this
    QTest::addColumn<QByteArray>("anchor"); // where it must point; empty: no position
    QTest::addColumn<int>("occurrence");

    const QByteArray value = R"("unit": "GB/s", "source": "s1", "confidence": "reported")";
    QTest::newRow("an empty file") << QByteArray() << u"file is empty"_s << QByteArray() << 0;
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t") << u"file is empty"_s << QByteArray() << 0;
    QTest::newRow("a truncated file")
        << QByteArray("{\n  \"format\": \"chipcompare-catalog\",\n  \"chips\": [") << u"invalid JSON"_s
        << QByteArray() << 0;
    QTest::newRow("a top-level array")
        << QByteArray("[]") << u"top level must be a JSON object"_s << QByteArray("[") << 0;
    QTest::newRow("a top-level string")
        << QByteArray("\"chips\"") << u"not a single value"_s << QByteArray() << 0;
    QTest::newRow("no chips array") << QByteArray("{\"format\": \"chipcompare-catalog\", \"version\": 1}")
                                    << u"field 'chips': is missing"_s << QByteArray("{") << 0;
    QTest::newRow("chips of the wrong type")
        << QByteArray("{\"format\": \"chipcompare-catalog\", \"version\": 1, \"chips\": {}}")
        << u"field 'chips': expected an array, found an object"_s << QByteArray("{}") << 0;
    QTest::newRow("a foreign format tag")
        << QByteArray("{\"format\": \"epoch-csv\", \"version\": 1, \"chips\": []}")
        << u"field 'format': must be the string \"chipcompare-catalog\""_s << QByteArray("\"epoch-csv\"")
        << 0;
    QTest::newRow("a future version")
        << QByteArray("{\"format\": \"chipcompare-catalog\", \"version\": 7, \"chips\": []}")
        << u"field 'version': must be 1"_s << QByteArray("7") << 0;
    QTest::newRow("a chip that is a number")
        << QByteArray("{\"format\": \"chipcompare-catalog\", \"version\": 1, \"chips\": [42]}")
        << u"chip #1: expected an object, found a number"_s << QByteArray("42") << 0;
    QTest::newRow("a negative bandwidth")
        << catalogWith(R"("memory_bandwidth": { "value": -5, )" + value + " }")
        << u"chip 'x-1': field 'memory_bandwidth': value must be positive"_s << QByteArray("-5") << 0;
    QTest::newRow("a zero standing in for unknown")
        << catalogWith(R"("tdp": { "value": 0, "unit": "W", "source": "s1", "confidence": "reported" })")
        << u"chip 'x-1': field 'tdp': value must be positive (leave the field out when it is unknown"_s
        << QByteArray("0, \"unit\": \"W\"") << 0;
    QTest::newRow("a number written as a string") << catalogWith(
        R"("bf16_dense": { "value": "989", "unit": "TFLOPS", "source": "s1", "confidence": "official" })")
                                                  << u"field 'bf16_dense': expected a number, found a string"_s
                                                  << QByteArray("\"989\"") << 0;
    QTest::newRow("a capacity unit on a bandwidth")
        << catalogWith(
               R"("memory_bandwidth": { "value": 3.35, "unit": "TB", "source": "s1", "confidence": "official" })")
        << u"field 'memory_bandwidth': unit 'TB' does not fit this field; use one of"_s
        << QByteArray("\"TB\"") << 0;
    QTest::newRow("TOPS on a floating-point field")
        << catalogWith(
               R"("fp8_dense": { "value": 296, "unit": "TOPS", "source": "s1", "confidence": "reported" })")
        << u"field 'fp8_dense': unit 'TOPS' does not fit"_s << QByteArray("\"TOPS\"") << 0;
    QTest::newRow("a source that is not listed")
        << catalogWith(R"("tdp": { "value": 400, "unit": "W", "source": "nope", "confidence": "reported" })")
        << u"field 'tdp': source 'nope' is not in the catalog's sources"_s << QByteArray("\"nope\"") << 0;
    QTest::newRow("an unknown confidence")
        << catalogWith(R"("tdp": { "value": 400, "unit": "W", "source": "s1", "confidence": "sure" })")
        << u"confidence 'sure' is not one of official, reported, rumored, estimate"_s
        << QByteArray("\"sure\"") << 0;
    QTest::newRow("a number without value")
        << catalogWith(R"("tdp": { "unit": "W", "source": "s1", "confidence": "reported" })")
        << u"field 'tdp': 'value' is required"_s << QByteArray("{ \"unit\": \"W\"") << 0;
    QTest::newRow("a bare number instead of an object")
        << catalogWith(R"("tdp": 400)")
        << u"field 'tdp': expected an object with value, unit, source and confidence"_s << QByteArray("400")
        << 0;
    QTest::newRow("a misspelt field")
        << catalogWith(R"("memory_bandwith": {})") << u"chip 'x-1': field 'memory_bandwith': unknown field"_s
        << QByteArray("{}") << 0;
    QTest::newRow("a year as a string")
        << catalogWith(R"("year": "2020")") << u"field 'year': expected a whole number, found a string"_s
        << QByteArray("\"2020\"") << 0;
    QTest::newRow("an unknown status")
        << catalogWith(R"("notes": "")").replace("\"shipping\"", "\"sold\"")
        << u"field 'status': 'sold' is not one of shipping"_s << QByteArray("\"sold\"") << 0;
    QTest::newRow("an id with capitals and spaces")
        << catalogWith(R"("notes": "")").replace("\"x-1\"", "\"X 1\"")
        << u"chip 'X 1': field 'id': ids are lowercase"_s << QByteArray("\"X 1\"") << 0;
    QTest::newRow("a missing name") << catalogWith(R"("notes": "")").replace("\"name\": \"X\",", "")
                                    << u"chip 'x-1': field 'name': is required"_s << QByteArray("{ \"id\"")
                                    << 1;
    QTest::newRow("a duplicate chip id")
        << QByteArray(R"({"format": "chipcompare-catalog", "version": 1, "chips": [
  {"id": "a", "name": "A", "vendor": "V", "status": "shipping"},
  {"id": "a", "name": "B", "vendor": "V", "status": "shipping"}]})")
        << u"chip 'a': field 'id': duplicate chip id"_s << QByteArray("\"a\"") << 1;
    QTest::newRow("a key twice in one object")
        << QByteArray(R"({"format": "chipcompare-catalog", "version": 1, "chips": [
  {"id": "a", "name": "A", "name": "B", "vendor": "V", "status": "shipping"}]})")
        << u"key 'name' appears twice in the same object"_s << QByteArray("\"name\"") << 1;
    // A key may be written with escapes; it is the same key, found and placed as any other.
    QTest::newRow("a key twice, once written with an escape")
        << QByteArray(R"({"format": "chipcompare-catalog", "version": 1, "chips": [
  {"id": "a", "name": "A", "n\u0061me": "B", "vendor": "V", "status": "shipping"}]})")
        << u"key 'name' appears twice in the same object"_s << QByteArray("\"n\\u0061me\"") << 0;
    QTest::newRow("a problem under a chips key written with an escape")
        << catalogWith(R"("tdp": { "value": -5, "unit": "W", "source": "s1", "confidence": "reported" })")
               .replace("\"chips\"", "\"ch\\u0069ps\"")
        << u"value must be positive"_s << QByteArray("-5") << 0;
    // Valid JSON text, but half of a character: QJsonDocument reads it, simdjson refuses it.
    QTest::newRow("half of a surrogate pair in a name")
        << catalogWith(R"("notes": "")").replace("\"name\": \"X\"", "\"name\": \"X \\ud800 Y\"")
        << u"half of a UTF-16 surrogate pair"_s << QByteArray("\\ud800") << 0;
    QTest::newRow("the other half alone, after an escaped backslash")
        << catalogWith(R"("notes": "a \\ud800 b \udc00")") << u"half of a UTF-16 surrogate pair"_s
        << QByteArray("\\udc00") << 0;
    QTest::newRow("a key twice inside a user column") << catalogWith(R"("x-dims": { "w": 1, "h": 2,
        "w": 3 })") << u"key 'w' appears twice in the same object"_s
                                                      << QByteArray("\"w\"") << 1;
    QTest::newRow("a key twice in a number")
        << catalogWith(R"("tdp": { "value": 300, "unit": "W", "source": "s1", "confidence": "reported",
        "value": 350 })")
        << u"key 'value' appears twice in the same object"_s << QByteArray("\"value\"") << 1;
    QTest::newRow("a user column twice")
        << catalogWith(R"("x-board": "SXM", "x-board": "PCIe")")
        << u"key 'x-board' appears twice in the same object"_s << QByteArray("\"x-board\"") << 1;
    QTest::newRow("absurd nesting inside a user column")
        << catalogWith("\"x-deep\": " + QByteArray(30, '[') + QByteArray(30, ']'))
        << u"nesting is deeper than 16 levels"_s << QByteArray(17, '[') + ']' << 0;
    QTest::newRow("absurd nesting inside a chip")
        << catalogWith("\"notes\": " + QByteArray(30, '[') + QByteArray(30, ']'))
        << u"nesting is deeper than 16 levels"_s << QByteArray(17, '[') + ']' << 0; // the 17th container
    QTest::newRow("nesting beyond the JSON parser's limit")
        << QByteArray(5000, '[') + QByteArray(5000, ']') << u"invalid JSON"_s << QByteArray() << 0;
    QTest::newRow("a number too large for a double")
        << catalogWith(R"("tdp": { "value": 1e400, "unit": "W", "source": "s1", "confidence": "reported" })")
        << u"invalid JSON"_s << QByteArray() << 0;
    QTest::newRow("a value that overflows in conversion")
        << catalogWith(
               R"("bf16_dense": { "value": 1e308, "unit": "PFLOPS", "source": "s1", "confidence": "rumored" })")
        << u"field 'bf16_dense': value is too large to convert to TFLOPS"_s << QByteArray("1e308") << 0;
    QTest::newRow("NaN") << catalogWith(
        R"("tdp": { "value": NaN, "unit": "W", "source": "s1", "confidence": "reported" })")
                         << u"invalid JSON"_s << QByteArray() << 0;
    QTest::newRow("a CRLF file points at the right line")
        << catalogWith(R"("memory_bandwidth": { "value": -5, )" + value + " }").replace("\n", "\r\n")
        << u"value must be positive"_s << QByteArray("-5") << 0;
    // Chips are parsed apart from the rest of the file (CatalogSplit): what lies between them, and
    // around the array, still has to be valid JSON.
    const QByteArray two = catalogWith(R"("notes": "")").replace("\n  ]", R"(, { "id": "y-1", "name": "Y",
      "vendor": "V", "status": "shipping" }
  ])");
    QTest::newRow("two chips without a comma between them")
        << QByteArray(two).replace("    }, {", "    } {") << u"invalid JSON: missing value separator"_s
        << QByteArray("\"id\": \"y-1\"") << 0;
    QTest::newRow("a comma after the last chip")
        << QByteArray(two).replace("}\n  ]", "},\n  ]") << u"invalid JSON"_s << QByteArray("\n}") << 0;
    QTest::newRow("text after the catalog")
        << two + "\nxyz" << u"garbage at the end of the document"_s << QByteArray("xyz") << 0;
    QTest::newRow("a second chips array")
        << QByteArray(two).replace("\n}", ",\n  \"chips\": []\n}") << u"key 'chips' appears twice"_s
        << QByteArray("\"chips\": []") << 0;
    QTest::newRow("a chip that is not an object among objects")
        << QByteArray(two).replace("}, { \"id\": \"y-1\"", "}, \"y-1\", { \"id\": \"y-1\"")
        << u"chip #2: expected an object, found a string"_s << QByteArray("\"y-1\",") << 0;
    QTest::newRow("a bad source url") << QByteArray(R"json({"format": "chipcompare-catalog", "version": 1,
  "sources": [{"id": "s", "title": "T", "url": "javascript:alert(1)"}], "chips": []})json")
                                      << u"field 'url': 'javascript:alert(1)' is not an http(s) address"_s
                                      << QByteArray("\"javascript") << 0;
}

void TestCatalogReader::rejectsBadInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedMessage);
    QFETCH(QByteArray, anchor);
    QFETCH(int, occurrence);

    const auto result = CatalogReader::read(content, u"mine.json"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.catalog.chips.isEmpty()); // all or nothing
    const QString report = formatDiagnostics(result.problems);
    QVERIFY2(report.contains(expectedMessage), qPrintable(report));
    const Diagnostic& first = result.problems.first();
    QCOMPARE(first.file, u"mine.json"_s);
    if (!anchor.isEmpty()) {
        QByteArray text = content;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        const Position expected = positionOf(text.replace("\r\n", "\n"), anchor, occurrence);
        QVERIFY(expected.line > 0);
        QVERIFY2(report.contains(u"mine.json:%1:%2: "_s.arg(expected.line).arg(expected.column)),
            qPrintable(report));
    }
}

void TestCatalogReader::reportsEveryProblemNotJustTheFirst()
{
    const auto result = CatalogReader::read(
        catalogWith(R"("tdp": { "value": -1, "unit": "W", "source": "s1", "confidence": "reported" },
      "memory_capacity": { "value": 80, "unit": "GB/s", "source": "s1", "confidence": "reported" })"),
        u"two.json"_s);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems[0].field, u"tdp"_s);
    QCOMPARE(result.problems[1].field, u"memory_capacity"_s);
    QCOMPARE(result.problems[1].chipId, u"x-1"_s);
    QCOMPARE(result.problems[0].line, 7);
    QCOMPARE(result.problems[1].line, 8);
}

void TestCatalogReader::reportsUnreadableFiles()
{
    const auto missing = CatalogReader::readFile(u"/nonexistent/dir/catalog.json"_s);
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.first().toString().startsWith(u"/nonexistent/dir/catalog.json: cannot open"_s));

    QTemporaryDir dir;
    const auto directory = CatalogReader::readFile(dir.path());
    QVERIFY(!directory.ok());
}

void TestCatalogReader::keepsUserColumnsOfEveryJsonType()
{
    const auto result = CatalogReader::read(
        catalogWith(R"("x-row": 17, "x-ratio": 2.5, "x-big": 18446744073709551615, "x-flag": true,
      "x-none": null, "x-tags": ["a", 1, { "k": "v" }], "x-board": { "name": "SXM", "pins": [1, 2] })"),
        u"user.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    const QJsonObject extra = result.catalog.chips.first().extra.toObject();
    QCOMPARE(extra.size(), 7);
    QCOMPARE(extra.value(u"x-row"_s), QJsonValue(17));
    QCOMPARE(extra.value(u"x-ratio"_s), QJsonValue(2.5));
    QCOMPARE(extra.value(u"x-big"_s).toDouble(), 18446744073709551615.0);
    QCOMPARE(extra.value(u"x-flag"_s), QJsonValue(true));
    QVERIFY(extra.value(u"x-none"_s).isNull());
    QCOMPARE(
        extra.value(u"x-tags"_s), QJsonValue(QJsonArray { u"a"_s, 1, QJsonObject { { u"k"_s, u"v"_s } } }));
    QCOMPARE(extra.value(u"x-board"_s),
        QJsonValue(QJsonObject { { u"name"_s, u"SXM"_s }, { u"pins"_s, QJsonArray { 1, 2 } } }));
}

// A catalog large enough to be read by several threads: one chip per line, "c-0" to "c-<n-1>",
// with `override` replacing the line of the chips it names.
QByteArray largeCatalog(int chips, const QHash<int, QByteArray>& override = {})
{
    QByteArray text = R"({"format": "chipcompare-catalog", "version": 2,
"sources": [{"id": "s1", "title": "Datasheet", "kind": "vendor"}],
"chips": [
)";
    for (int i = 0; i < chips; ++i) {
        text += override.value(i,
            R"({"id": "c-)" + QByteArray::number(i) + R"(", "name": "Chip )" + QByteArray::number(i)
                + R"(", "tdp": {"value": )" + QByteArray::number(100 + i)
                + R"(, "unit": "W", "source": "s1", "confidence": "official"}})");
        text += i + 1 < chips ? ",\n" : "\n";
    }
    return text + "]}\n";
}

constexpr int kLargeCatalog = 20000; // several threads' worth of chips, even on many cores
constexpr int kFirstChipLine = 4;

void TestCatalogReader::readsLargeCatalogsWholeAndInOrder()
{
    const auto result = CatalogReader::read(largeCatalog(kLargeCatalog), u"large.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    QCOMPARE(result.catalog.chips.size(), kLargeCatalog);
    for (int i = 0; i < kLargeCatalog; ++i) {
        const Chip& chip = result.catalog.chips[i];
        QCOMPARE(chip.id, u"c-"_s + QString::number(i));
        QCOMPARE(chip.canonical(SpecField::Tdp), std::optional<double>(100 + i));
    }
}

void TestCatalogReader::reportsProblemsAcrossALargeCatalogInFileOrder()
{
    const QHash<int, QByteArray> broken {
        { 7,
            R"({"id": "c-7", "name": "Chip 7", "tdp": {"value": -1, "unit": "W", "source": "s1", "confidence": "official"}})" },
        { 12000, R"({"id": "c-3", "name": "Copy of chip 3"})" },
        { 19999,
            R"({"id": "c-19999", "name": "Last", "tdp": {"value": 5, "unit": "GB", "source": "s1", "confidence": "official"}})" },
    };
    const auto result = CatalogReader::read(largeCatalog(kLargeCatalog, broken), u"large.json"_s);
    QVERIFY(result.catalog.chips.isEmpty()); // all or nothing, however many threads read it
    QCOMPARE(result.problems.size(), 3);
    QCOMPARE(result.problems[0].line, kFirstChipLine + 7);
    QVERIFY(result.problems[0].message.contains(u"value must be positive"_s));
    QCOMPARE(result.problems[1].line, kFirstChipLine + 12000);
    QCOMPARE(result.problems[1].chipId, u"c-3"_s);
    QVERIFY(result.problems[1].message.contains(u"duplicate chip id"_s));
    QCOMPARE(result.problems[2].line, kFirstChipLine + 19999);
    QVERIFY(result.problems[2].message.contains(u"unit 'GB' does not fit"_s));
}

void TestCatalogReader::cancelsALargeRead()
{
    int calls = 0;
    const auto result = CatalogReader::read(largeCatalog(kLargeCatalog), u"large.json"_s, {},
        [&calls](int percent) { return ++calls == 1 || percent < 35; });
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().message, CatalogReader::cancelledMessage());
    QVERIFY(result.catalog.chips.isEmpty());
}

// A minified file is one line of many 64 KiB blocks, and every chip here has a warning: each
// finding must still point at its own chip, counting characters (not bytes) across the blocks.
void TestCatalogReader::pointsIntoLongLinesAndManyFindings()
{
    QByteArray text
        = R"({"format": "chipcompare-catalog", "version": 2, "sources": [{"id": "b", "title": "A blog", "kind": "blog"}], "chips": [)";
    constexpr int kChips = 3000;
    for (int i = 0; i < kChips; ++i) {
        text += R"({"id": "c-)" + QByteArray::number(i) + R"(", "name": "芯片 )" + QByteArray::number(i)
            + R"(", "tdp": {"value": 100, "unit": "W", "source": "b", "confidence": "official"}})";
        if (i + 1 < kChips)
            text += ',';
    }
    text += "]}";
    QVERIFY(text.size() > 4 * 64 * 1024);
    const auto result = CatalogReader::read(text, u"long.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    QCOMPARE(result.warnings.size(), kChips);
    for (const int i : { 0, 1, 1000, 2024, kChips - 1 }) {
        const Diagnostic& warning = result.warnings[i];
        QCOMPARE(warning.chipId, u"c-"_s + QString::number(i));
        // The warning is about the confidence of the chip's tdp: its i-th "official".
        const Position expected = positionOf(text, "\"official\"", i);
        QCOMPARE(warning.line, 1);
        QCOMPARE(warning.column, expected.column);
    }
}

// readFile frees a file's text once parsed and reads it again to place problems: with a BOM, the
// places must still be those an editor shows.
void TestCatalogReader::locatesTheProblemsOfAFileItLetGo()
{
    const QByteArray text = "\xEF\xBB\xBF"
        + catalogWith(R"("tdp": { "value": -7, "unit": "W", "source": "s1", "confidence": "reported" })");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bom.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const auto result = CatalogReader::readFile(path);
    QCOMPARE(result.problems.size(), 1);
    const Position expected = positionOf(text.mid(3), "-7", 0);
    QCOMPARE(result.problems.first().file, path);
    QCOMPARE(result.problems.first().line, expected.line);
    QCOMPARE(result.problems.first().column, expected.column);
}

// simdjson refuses some valid JSON that QJsonDocument reads (integers beyond 64 bits): such a
// file still loads, and its problems still point at the right place in the file.
void TestCatalogReader::readsNumbersOnlyQJsonDocumentParses()
{
    const QByteArray huge = "123456789012345678901234567890";
    const auto good = CatalogReader::read(catalogWith("\"x-serial\": " + huge), u"big.json"_s);
    QVERIFY2(good.ok(), qPrintable(formatDiagnostics(good.problems)));
    QCOMPARE(good.catalog.chips.first().extra.value(u"x-serial"_s).toDouble(), 1.2345678901234568e29);

    const QByteArray bad = catalogWith("\"x-serial\": " + huge + R"(,
      "tdp": { "value": -3, "unit": "W", "source": "s1", "confidence": "reported" })");
    const auto result = CatalogReader::read(bad, u"big.json"_s);
    QCOMPARE(result.problems.size(), 1);
    const Position expected = positionOf(bad, "-3", 0);
    QCOMPARE(result.problems.first().line, expected.line);
    QCOMPARE(result.problems.first().column, expected.column);
    QVERIFY(result.problems.first().message.contains(u"value must be positive"_s));
}

void TestCatalogReader::splitsAFileIntoItsChipsAndTheRest()
{
    const auto padded = [](QByteArray text) {
        text.reserve(text.size() + 64); // simdjson's padding, as readFile leaves it
        return text;
    };
    const QByteArray first = R"({ "id": "a-1", "name": "A", "x-n": { "chips": [1] } })";
    const QByteArray second = R"({"id":" a-1 ","name":"B"})";
    const QByteArray third = R"({ "name": "C", "id": "c-1" })";
    const QByteArray text = padded(R"({ "format": "chipcompare-catalog", "version": 2,
  "ch\u0069ps": [ )"
        + first + ",\n  " + second + " , " + third + R"( ],
  "sources": [] }
)");
    const auto split = splitCatalog(text);
    QVERIFY(split);
    QCOMPARE(split->chips.size(), size_t(3));
    const QList<QByteArray> expected { first, second, third };
    for (int i = 0; i < 3; ++i) {
        const std::string_view chip = split->chips[size_t(i)];
        QCOMPARE(QByteArray(chip.data(), qsizetype(chip.size())).trimmed(), expected[i]);
    }
    // The second repeats the first's id once trimmed: the later one is the duplicate.
    QCOMPARE(split->duplicate, std::vector<bool>({ false, true, false }));
    QCOMPARE(split->header, QByteArray(R"({ "format": "chipcompare-catalog", "version": 2,
  "ch\u0069ps": [],
  "sources": [] }
)"));

    // Shapes the whole parse has to judge.
    for (const QByteArray& unusual : { QByteArray(R"({"chips": [{"id": "a"}, 5]})"),
             QByteArray(R"({"chips": [], "chips": []})"), QByteArray(R"({"chips": {}})"),
             QByteArray(R"({"format": "x"})"), QByteArray(R"({"chips": [{"id": "a"} {"id": "b"}]})"),
             QByteArray(R"([{"chips": []}])"), QByteArray(R"({"chips": [{"id": "a"},]})") })
        QVERIFY2(!splitCatalog(padded(unusual)), unusual.constData());
    QVERIFY(!splitCatalog(R"({"chips": []})")); // no padding: the caller must add it
}

void TestCatalogReader::mergesUserChipsOverBuiltIn()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    const auto user = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/user-catalog.json"),
        { Source { u"epoch-ml-hardware"_s, u"Machine Learning Hardware dataset"_s, {}, u"Epoch AI"_s, {},
            SourceKind::Database, {} } });
    QVERIFY(builtIn.ok() && user.ok());
    const Catalog merged = builtIn.catalog.mergedWith(user.catalog);
    QCOMPARE(merged.chips.size(), builtIn.catalog.chips.size() + 1);
    // Ids in the file win, in place.
    QCOMPARE(merged.indexOfChip(u"nvidia-h20"_s), builtIn.catalog.indexOfChip(u"nvidia-h20"_s));
    QCOMPARE(merged.chip(u"nvidia-h20"_s)->name, u"NVIDIA H20 (my lab's measurement)"_s);
    QCOMPARE(merged.chips.last().id, u"acme-x1"_s);
    QVERIFY(merged.source(u"acme-datasheet"_s));
    QVERIFY(merged.source(u"epoch-ml-hardware"_s));
    // The newer of the two dates.
    QCOMPARE(user.catalog.date, QDate(2026, 12, 1));
    QCOMPARE(merged.date, std::max(builtIn.catalog.date, user.catalog.date));
}

void TestCatalogReader::bothReadPathsAgree_data()
{
    QTest::addColumn<QString>("path");
    QStringList files { QStringLiteral(CATALOG_FILE) };
    for (const QString& dir :
        { QStringLiteral(TEST_DATA_DIR), QStringLiteral(TEST_DATA_DIR "/../fuzz/corpus/catalog") }) {
        for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files))
            files.append(info.filePath());
    }
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

// The chips parsed apart and the whole text parsed at once give the same catalog and the same
// diagnostics, word for word (fuzz_readpaths feeds both the same bytes in CI, too).
void TestCatalogReader::bothReadPathsAgree()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto split = CatalogReader::readVia(CatalogReader::Path::SplitWherePossible, bytes, u"f.json"_s);
    const auto whole = CatalogReader::readVia(CatalogReader::Path::Whole, bytes, u"f.json"_s);
    const auto lines = [](const QList<Diagnostic>& diagnostics) {
        QStringList text;
        for (const auto& diagnostic : diagnostics)
            text.append(diagnostic.toString());
        return text;
    };
    QCOMPARE(lines(split.problems), lines(whole.problems));
    QCOMPARE(lines(split.warnings), lines(whole.warnings));
    QCOMPARE(CatalogWriter::toJson(split.catalog), CatalogWriter::toJson(whole.catalog));
}

QTEST_GUILESS_MAIN(TestCatalogReader)
#include "tst_catalogreader.moc"
