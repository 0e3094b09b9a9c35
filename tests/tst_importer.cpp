// Bringing your own data: `chipcompare import` and the pieces behind it, on sheets shaped like the
// real datasets in ../shared/design/real-data.md (Epoch-style SI units, TechPowerUp suffixes, scraped
// JSON, transposed vendor tables, small hand-made sheets).

#include "analysis/metrics.h"
#include "importer/cellparser.h"
#include "importer/columnrecognizer.h"
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "io/tablereader.h"
#include "testprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void aSparseColumnIsHalvedWithANote();
    void aMappingWithoutAUnitTakesTheHeaders();
    void headers_data();
    void headers();
    void vetoedColumnsSayWhy_data();
    void vetoedColumnsSayWhy();
    void cellsThatNameSomethingElseAreSkipped();
    void theNameIsTheFirstKnownOfTheNameColumns();
    void decimalCommasAreNeverThousands();
    void aHeaderRecordGivesTheUnits();
    void mappingsNameFieldsAndUnits_data();
    void mappingsNameFieldsAndUnits();
    void cells_data();
    void cells();
    void years_data();
    void years();
    void csvQuotingBomCrlfAndSniffing();
    void jsonTables();
    void unreadableTables_data();
    void unreadableTables();
    void severalColumnsForOneFieldKeepTheLeftmost();
    void idsComeFromAnIdColumnOrTheName();
    void idsThatMeanNothingOutsideAFileNeverCollide();
    void valuesFarOffTheBuiltInCatalogAreSaid();
    void rowsWithoutNamesAndRepeatedHeadersAreLeftOut();
    void sourceColumnsGiveEachRowItsSource();
    void aLinkTheCatalogWouldRejectBecomesACitation();
    void longNamesMakeIdsWithoutATrailingHyphen();
    void transposedVendorTables();
    void cliWritesACatalogThatPassesCheck();
    void cliRejectsUnreadableInputAndKeepsOut();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void cliNeverWritesOverItsInput();
    void cliSummaryWarnsAboutImplausibleValues();
    void listCsvImportsBackWithTheSameIdsAndNumbers();
    void smallHandMadeSheet();
    void anMlperfSummaryIsNamedByItsAcceleratorColumn();
    void aFolderOfSystemRecordsIsOneTable();
    void mostRowsLeftOutIsAFailureWithAHint();
    void aTransposedTableWithANameHeaderIsRefused();
    void idsSharedWithTheBuiltInCatalogAreSaid();
};

void TestImporter::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("target"); // ColumnTarget::describe()

    // Research tables (Epoch AI): SI base units in parentheses.
    QTest::newRow("Epoch memory") << u"Memory size per board (Byte)"_s << u"memory_capacity:B"_s;
    QTest::newRow("Epoch memory, older name") << u"Memory (bytes)"_s << u"memory_capacity:B"_s;
    QTest::newRow("Epoch bandwidth") << u"Memory bandwidth (byte/s)"_s << u"memory_bandwidth:B/s"_s;
    QTest::newRow("Epoch tensor FP16/BF16")
        << u"Tensor-FP16/BF16 performance (FLOP/s)"_s << u"bf16_dense:FLOP/s"_s;
    QTest::newRow("Epoch INT8") << u"INT8 performance (OP/s)"_s << u"int8_dense:OP/s"_s;
    QTest::newRow("Epoch FP8") << u"FP8 performance (FLOP/s)"_s << u"fp8_dense:FLOP/s"_s;
    QTest::newRow("Epoch FP32 goes to fp32")
        << u"FP32 (single precision) performance (FLOP/s)"_s << u"fp32:FLOP/s"_s;
    QTest::newRow("Epoch FP64 goes to fp64")
        << u"FP64 (double precision) performance (FLOP/s)"_s << u"fp64:FLOP/s"_s;
    QTest::newRow("Epoch die size") << u"Die Size (mm^2)"_s << u"die_area:mm²"_s;
    QTest::newRow("Epoch TDP") << u"TDP (W)"_s << u"tdp:W"_s;
    QTest::newRow("Epoch price") << u"Release price (USD)"_s << u"price:USD"_s;
    QTest::newRow("Epoch transistors") << u"Transistors (millions)"_s << u"transistors:million"_s;
    QTest::newRow("Epoch intranode link")
        << u"Intranode bandwidth (byte/s)"_s << u"interconnect_bandwidth:B/s"_s;
    QTest::newRow("Epoch internode link in bits")
        << u"Internode bandwidth (bit/s)"_s << u"interconnect_bandwidth:bit/s"_s;
    QTest::newRow("Epoch name") << u"Hardware name"_s << u"name"_s;
    QTest::newRow("Epoch manufacturer") << u"Manufacturer"_s << u"vendor"_s;
    QTest::newRow("Epoch release date") << u"Release date"_s << u"year"_s;
    QTest::newRow("Wikipedia's Launch") << u"Launch"_s << u"year"_s;
    QTest::newRow("Epoch datasheet link") << u"Link to datasheet"_s << u"source"_s;
    QTest::newRow("process size in nm") << u"Process size (nm)"_s << u"process"_s;
    // Derived columns next to raw ones.
    QTest::newRow("mem_gb suffix") << u"mem_gb"_s << u"memory_capacity:GB"_s;
    QTest::newRow("mem_bw_tbs suffix") << u"mem_bw_tbs"_s << u"memory_bandwidth:TB/s"_s;
    // Spec-database exports (TechPowerUp-style CamelCase with suffixes).
    QTest::newRow("MemorySize_GB") << u"MemorySize_GB"_s << u"memory_capacity:GB"_s;
    QTest::newRow("MemoryBandwidth_GBs") << u"MemoryBandwidth_GBs"_s << u"memory_bandwidth:GB/s"_s;
    QTest::newRow("TDP_W") << u"TDP_W"_s << u"tdp:W"_s;
    QTest::newRow("DieSize_mm2") << u"DieSize_mm2"_s << u"die_area:mm²"_s;
    QTest::newRow("ReleaseDate") << u"ReleaseDate"_s << u"year"_s;
    // Headers people write.
    QTest::newRow("Memory Bandwidth (TB/s)") << u"Memory Bandwidth (TB/s)"_s << u"memory_bandwidth:TB/s"_s;
    QTest::newRow("HBM capacity [GiB]") << u"HBM capacity [GiB]"_s << u"memory_capacity:GiB"_s;
    QTest::newRow("TDP (Watts)") << u"TDP (Watts)"_s << u"tdp:W"_s;
    QTest::newRow("tdp_w") << u"tdp_w"_s << u"tdp:W"_s;
    QTest::newRow("BF16 dense TFLOPS") << u"BF16 dense TFLOPS"_s << u"bf16_dense:TFLOPS"_s;
    QTest::newRow("Tensor FP16/BF16 (TFLOPS)") << u"Tensor FP16/BF16 (TFLOPS)"_s << u"bf16_dense:TFLOPS"_s;
    QTest::newRow("INT8 TOPS") << u"INT8 TOPS"_s << u"int8_dense:TOPS"_s;
    QTest::newRow("FP4 dense") << u"FP4 dense (PFLOPS)"_s << u"fp4_dense:PFLOPS"_s;
    QTest::newRow("Model") << u"Model"_s << u"name"_s;
    QTest::newRow("GPU") << u"GPU"_s << u"name"_s;
    QTest::newRow("Memory type") << u"Memory type"_s << u"memory_type"_s;
    QTest::newRow("a unit-less memory column takes units from its cells")
        << u"Memory"_s << u"memory_capacity:unit from each cell"_s;
    QTest::newRow("an x- column is kept") << u"x-board-partner"_s << u"x-board-partner"_s;
    // ChipCompare's own `list` columns round-trip.
    QTest::newRow("list memory_gb") << u"memory_gb"_s << u"memory_capacity:GB"_s;
    QTest::newRow("list bandwidth_gbs") << u"bandwidth_gbs"_s << u"memory_bandwidth:GB/s"_s;
    QTest::newRow("list int8_tops") << u"int8_tops"_s << u"int8_dense:TOPS"_s;
    QTest::newRow("list price_usd") << u"price_usd"_s << u"price:USD"_s;
    QTest::newRow("list derived tpp is ignored") << u"tpp"_s << u"-"_s;
    // Never a guessed precision.
    QTest::newRow("bare TFLOPS") << u"TFLOPS"_s << u"(unmapped)"_s;
    QTest::newRow("shader FP16, half precision without tensor")
        << u"FP16 (half precision) performance (FLOP/s)"_s << u"(unmapped)"_s;
    QTest::newRow("perf_fp16_tflops") << u"perf_fp16_tflops"_s << u"(unmapped)"_s;
    QTest::newRow("TF32") << u"TF32 (TensorFloat-32) performance (FLOP/s)"_s << u"(unmapped)"_s;
    QTest::newRow("sparse FP8") << u"FP8 sparse TFLOPS"_s << u"(unmapped)"_s;
    QTest::newRow("memory clock is not capacity") << u"Memory clock (MHz)"_s << u"(unmapped)"_s;
    QTest::newRow("bare bandwidth") << u"Bandwidth"_s << u"(unmapped)"_s;
    QTest::newRow("price-performance") << u"Price-performance"_s << u"(unmapped)"_s;
    // Qualifiers that change what a number means veto the match (issue 22, item 5).
    QTest::newRow("TechPowerUp's idle TDP") << u"TDP (Watts) Idle"_s << u"(unmapped)"_s;
    QTest::newRow("TechPowerUp's maximum TDP") << u"TDP (Watts) Max"_s << u"tdp:W"_s;
    QTest::newRow("a power supply") << u"Power supply (W)"_s << u"(unmapped)"_s;
    QTest::newRow("an adapter's rating") << u"Adapter power (W)"_s << u"(unmapped)"_s;
    QTest::newRow("Infinity Cache is not memory") << u"Memory L3 cache (MB)"_s << u"(unmapped)"_s;
    QTest::newRow("host RAM is not device memory") << u"Host memory (GB)"_s << u"(unmapped)"_s;
    QTest::newRow("system memory") << u"System memory (GB)"_s << u"(unmapped)"_s;
    QTest::newRow("a network link is not the chip-to-chip link")
        << u"Network bandwidth (Gb/s)"_s << u"(unmapped)"_s;
    QTest::newRow("an 8-GPU total") << u"Total memory 8x (GB)"_s << u"(unmapped)"_s;
    QTest::newRow("a node's total") << u"Memory per node (GB)"_s << u"(unmapped)"_s;
    QTest::newRow("chip-to-chip stays interconnect")
        << u"Interconnect bandwidth (GB/s)"_s << u"interconnect_bandwidth:GB/s"_s;
}

void TestImporter::vetoedColumnsSayWhy_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    QTest::newRow("idle") << u"TDP (Watts) Idle"_s << u"idle, minimum, base or typical"_s;
    QTest::newRow("cache") << u"Memory L3 cache (MB)"_s << u"a cache, not the chip's memory"_s;
    QTest::newRow("power supply") << u"Mean Well PSU (W)"_s << u"a power supply's rating"_s;
    QTest::newRow("network") << u"NIC bandwidth (Gb/s)"_s << u"a network link"_s;
    QTest::newRow("host") << u"Host RAM (GB)"_s << u"a host, server or total figure"_s;
}

// The summary lists each vetoed column with why.
void TestImporter::vetoedColumnsSayWhy()
{
    QFETCH(QString, header);
    QFETCH(QString, reason);
    const ColumnTarget recognised = ColumnRecognizer::recognize(header);
    QCOMPARE(recognised.kind, ColumnTarget::Kind::Unmapped);
    QVERIFY2(recognised.reason.contains(reason), qPrintable(recognised.reason));
    TableReadError error;
    const auto table = TableReader::read((u"name,"_s + header + u"\nA,5\n"_s).toUtf8(), std::nullopt, &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    const QString summary
        = TableImporter::summaryText(TableImporter::import(*table, options), u"f.csv"_s, u"o.json"_s);
    QVERIFY2(summary.contains(reason), qPrintable(summary));
}

// A cell that says it is an adapter's or a host's figure is skipped, with why, not read as the chip's.
void TestImporter::cellsThatNameSomethingElseAreSkipped()
{
    TableReadError error;
    const auto table = TableReader::read(
        "name,Power (W)\nTiny board,Mean Well 252W Adapter\nOther,75\n", std::nullopt, &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    const auto result = TableImporter::import(*table, options);
    QVERIFY(!result.catalog.chips.first().canonical(SpecField::Tdp));
    QCOMPARE(result.catalog.chips[1].canonical(SpecField::Tdp), std::optional<double>(75.0));
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY2(result.skipped.first().reason.contains(u"says 'Adapter': not the chip's own tdp"_s),
        qPrintable(result.skipped.first().reason));
}

void TestImporter::headers()
{
    QFETCH(QString, header);
    QFETCH(QString, target);
    const ColumnTarget recognised = ColumnRecognizer::recognize(header);
    QCOMPARE(recognised.describe(), target);
}

void TestImporter::mappingsNameFieldsAndUnits_data()
{
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("error");
    QTest::newRow("field and unit") << u"memory_capacity:GB"_s << u"memory_capacity:GB"_s << QString();
    QTest::newRow("unit alias") << u"fp32:teraFLOPS"_s << u"fp32:TFLOPS"_s << QString();
    QTest::newRow("ignore") << u"-"_s << u"-"_s << QString();
    QTest::newRow("text field") << u"name"_s << u"name"_s << QString();
    QTest::newRow("unknown field") << u"memory:GB"_s << QString() << u"'memory' is not a field"_s;
    QTest::newRow("unit of another dimension") << u"tdp:GB"_s << QString() << u"unit 'GB' does not fit tdp"_s;
    QTest::newRow("unit on a text field") << u"vendor:W"_s << QString() << u"takes no unit"_s;
    QTest::newRow("sparse compute") << u"bf16_dense:TFLOPS:sparse"_s << u"bf16_dense:TFLOPS:sparse, halved"_s
                                    << QString();
    QTest::newRow("sparse without a unit")
        << u"int8_dense::sparse"_s << u"int8_dense:unit from each cell:sparse, halved"_s << QString();
    QTest::newRow("sparse memory") << u"memory_capacity:GB:sparse"_s << QString()
                                   << u"'sparse' fits compute fields only, not memory_capacity"_s;
    QTest::newRow("unknown qualifier")
        << u"bf16_dense:TFLOPS:dense"_s << QString() << u"'dense' after the unit is not a qualifier"_s;
}

void TestImporter::mappingsNameFieldsAndUnits()
{
    QFETCH(QString, mapping);
    QFETCH(QString, target);
    QFETCH(QString, error);
    QString message;
    const auto result = ColumnRecognizer::fromMapping(mapping, &message);
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(message));
        QCOMPARE(result->describe(), target);
    } else {
        QVERIFY(!result);
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void TestImporter::aSparseColumnIsHalvedWithANote()
{
    // NVIDIA's headline is the 2:4-sparse figure: the A100's "624" BF16 is 312 dense.
    TableReadError error;
    const auto table
        = TableReader::read("GPU,BF16 headline,INT8 headline\nA100,624,1248 TOPS\n", std::nullopt, &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.source.id = u"nvidia-table"_s;
    QString message;
    options.mappings.insert(
        u"BF16 headline"_s, *ColumnRecognizer::fromMapping(u"bf16_dense:TFLOPS:sparse"_s, &message));
    options.mappings.insert(
        u"INT8 headline"_s, *ColumnRecognizer::fromMapping(u"int8_dense::sparse"_s, &message));
    const auto result = TableImporter::import(*table, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const Chip& a100 = result.catalog.chips.first();
    QCOMPARE(a100.canonical(SpecField::Bf16Dense), 312.0);
    QCOMPARE(a100.canonical(SpecField::Int8Dense), 624.0);
    QCOMPARE(a100.spec(SpecField::Bf16Dense)->primary.note(),
        u"halved from the sparse figure 624 TFLOPS (--map ...:sparse)"_s);
    QVERIFY(a100.spec(SpecField::Int8Dense)->primary.note().contains(u"1,248 TOPS"_s));
    // The summary says so for the column.
    QCOMPARE(result.columns[1].target.describe(), u"bf16_dense:TFLOPS:sparse, halved"_s);
}

// `--map '소비전력 (W)=tdp'`: the header's words are another language, its unit is still "(W)".
void TestImporter::aMappingWithoutAUnitTakesTheHeaders()
{
    TableReadError error;
    const auto table
        = TableReader::read("제품명,소비전력 (W),대역폭 (GB)\nX,450,900\n", std::nullopt, &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    QString message;
    options.mappings.insert(u"제품명"_s, *ColumnRecognizer::fromMapping(u"name"_s, &message));
    options.mappings.insert(
        u"소비전력 (W)"_s, *ColumnRecognizer::fromMapping(u"tdp"_s, &message, u"소비전력 (W)"_s));
    // A header unit that does not fit the field is not taken: each cell must say its own.
    options.mappings.insert(
        u"대역폭 (GB)"_s, *ColumnRecognizer::fromMapping(u"memory_bandwidth"_s, &message, u"대역폭 (GB)"_s));
    const auto result = TableImporter::import(*table, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns[1].target.describe(), u"tdp:W"_s);
    QCOMPARE(result.catalog.chips.first().canonical(SpecField::Tdp), std::optional<double>(450.0));
    QCOMPARE(result.columns[2].target.describe(), u"memory_bandwidth:unit from each cell"_s);
    QVERIFY(!result.catalog.chips.first().spec(SpecField::MemoryBandwidth));
}

void TestImporter::cells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("kind"); // ParsedCell::Kind
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit"); // catalog unit, or the word as written when unknown
    const int number = int(ParsedCell::Kind::Number);
    const int unknown = int(ParsedCell::Kind::Unknown);
    const int skipped = int(ParsedCell::Kind::Skipped);
    QTest::newRow("value and unit") << u"80 GB"_s << number << 80.0 << u"GB"_s;
    QTest::newRow("terabytes per second") << u"3.35 TB/s"_s << number << 3.35 << u"TB/s"_s;
    QTest::newRow("watts") << u"700 W"_s << number << 700.0 << u"W"_s;
    QTest::newRow("up to, glued unit") << u"Up to 7.7TB/s"_s << number << 7.7 << u"TB/s"_s;
    QTest::newRow("a memory type after the unit") << u"80GB HBM3"_s << number << 80.0 << u"GB"_s;
    QTest::newRow("petaFLOPS") << u"4.5 petaFLOPS"_s << number << 4.5 << u"PFLOPS"_s;
    QTest::newRow("teraOPs") << u"1248 teraOPs"_s << number << 1248.0 << u"TOPS"_s;
    QTest::newRow("TB total") << u"2.1TB Total"_s << number << 2.1 << u"TB"_s;
    QTest::newRow("SI float") << u"80000000000.0"_s << number << 8e10 << QString();
    QTest::newRow("exponent") << u"9.894e+14"_s << number << 9.894e14 << QString();
    QTest::newRow("thousands separators") << u"1,979"_s << number << 1979.0 << QString();
    QTest::newRow("bits stay bits") << u"3.6Tb/s"_s << number << 3.6 << u"Tb/s"_s;
    QTest::newRow("a typo is not a unit") << u"4.5 peraFLOPS"_s << number << 4.5 << u"peraFLOPS"_s;
    QTest::newRow("empty") << QString() << unknown << 0.0 << QString();
    QTest::newRow("dash") << u"-"_s << unknown << 0.0 << QString();
    QTest::newRow("em dash") << u"—"_s << unknown << 0.0 << QString();
    QTest::newRow("question mark") << u"?"_s << unknown << 0.0 << QString();
    QTest::newRow("n/a") << u"N/A"_s << unknown << 0.0 << QString();
    QTest::newRow("nan") << u"nan"_s << unknown << 0.0 << QString();
    QTest::newRow("TBD") << u"TBD"_s << unknown << 0.0 << QString();
    QTest::newRow("Unknown with a soft hyphen") << u"Un\u00ADknown"_s << unknown << 0.0 << QString();
    QTest::newRow("base and boost") << u"14.336 22.221"_s << skipped << 0.0 << QString();
    QTest::newRow("range") << u"45-100 W"_s << skipped << 0.0 << QString();
    QTest::newRow("variants") << u"64 or 80"_s << skipped << 0.0 << QString();
    QTest::newRow("times") << u"2× 1.5"_s << skipped << 0.0 << QString();
    QTest::newRow("decimal comma is never guessed") << u"3,35"_s << skipped << 0.0 << QString();
    QTest::newRow("zero") << u"0"_s << skipped << 0.0 << QString();
    QTest::newRow("negative") << u"-5 W"_s << skipped << 0.0 << QString();
    QTest::newRow("words only") << u"Yes"_s << skipped << 0.0 << QString();
}

void TestImporter::cells()
{
    QFETCH(QString, cell);
    QFETCH(int, kind);
    QFETCH(double, value);
    QFETCH(QString, unit);
    const ParsedCell parsed = CellParser::parseNumber(cell);
    QCOMPARE(int(parsed.kind), kind);
    if (parsed.kind == ParsedCell::Kind::Skipped)
        QVERIFY(parsed.reason.contains(cell.simplified()));
    if (parsed.kind != ParsedCell::Kind::Number)
        return;
    QCOMPARE(parsed.value, value);
    QCOMPARE(parsed.unit.value_or(parsed.unitText), unit);
}

void TestImporter::years_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("year"); // 0: none
    QTest::newRow("ISO date") << u"2024-03-18"_s << 2024;
    QTest::newRow("year") << u"2019"_s << 2019;
    QTest::newRow("US date") << u"3/18/2024"_s << 2024;
    QTest::newRow("month and year") << u"March 2024"_s << 2024;
    QTest::newRow("Wikipedia's launch date") << u"December 6, 2023"_s << 2023;
    QTest::newRow("two different years") << u"2023 or 2024"_s << 0;
    QTest::newRow("no year") << u"soon"_s << 0;
}

void TestImporter::years()
{
    QFETCH(QString, cell);
    QFETCH(int, year);
    QCOMPARE(CellParser::parseYear(cell).value_or(0), year);
}

void TestImporter::csvQuotingBomCrlfAndSniffing()
{
    TableReadError error;
    const auto semicolons = TableReader::read(
        "\xEF\xBB\xBFName;Memory (GB);Notes\r\n\"A; B\";80;\"two\r\nlines, \"\"quoted\"\"\"\r\nC;96;\r\n",
        std::nullopt, &error);
    QVERIFY2(semicolons, qPrintable(error.message));
    QCOMPARE(semicolons->delimiter, QChar(u';'));
    QCOMPARE(semicolons->headers, (QStringList { u"Name"_s, u"Memory (GB)"_s, u"Notes"_s }));
    QCOMPARE(semicolons->rows.size(), 2);
    QCOMPARE(semicolons->rows[0], (QStringList { u"A; B"_s, u"80"_s, u"two\r\nlines, \"quoted\""_s }));
    QCOMPARE(semicolons->rowLines, (QVector<int> { 2, 4 }));
    const auto tabs = TableReader::read("gpu\ttdp_w\nX\t300\n", std::nullopt, &error);
    QCOMPARE(tabs->delimiter, QChar(u'\t'));
    QCOMPARE(tabs->rows[0], (QStringList { u"X"_s, u"300"_s }));
    // A given delimiter wins over sniffing.
    const auto forced = TableReader::read("a;b,c\n1;2,3\n", QChar(u','), &error);
    QCOMPARE(forced->headers, (QStringList { u"a;b"_s, u"c"_s }));
}

void TestImporter::jsonTables()
{
    TableReadError error;
    // An object of objects keyed by an invented id, keys spelled several ways, "nan" as a string.
    const auto scraped = TableReader::read(R"json({
  "gpu-1": {"Memory Size (GiB)": 24, "TDP": "300 W"},
  "gpu-2": {"Model": "Board Two", "Memory Size": "48 GB", "TDP (Watts)": "nan"}
})json",
        std::nullopt, &error);
    QVERIFY2(scraped, qPrintable(error.message));
    QCOMPARE(scraped->headers.first(), TableReader::keyColumn());
    QCOMPARE(scraped->rows.size(), 2);
    QCOMPARE(scraped->rows[0][0], u"gpu-1"_s);
    QCOMPARE(scraped->rowLines, (QVector<int> { 2, 3 }));
    TableImporter::Options options;
    options.fileName = u"scraped.json"_s;
    options.source.id = u"s"_s;
    const auto result = TableImporter::import(*scraped, options);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.catalog.chips.size(), 2);
    QCOMPARE(result.catalog.chips[0].name, u"gpu-1"_s); // only the key names it
    QCOMPARE(result.catalog.chips[1].name, u"Board Two"_s);
    QCOMPARE(result.catalog.chips[0].canonical(SpecField::MemoryCapacity).value_or(0), 24 * 1.073741824);
    QCOMPARE(result.catalog.chips[1].canonical(SpecField::MemoryCapacity), std::optional<double>(48.0));
    QCOMPARE(result.catalog.chips[0].canonical(SpecField::Tdp), std::optional<double>(300.0));
    QVERIFY(!result.catalog.chips[1].spec(SpecField::Tdp)); // "nan" is unknown, never 0

    const auto array = TableReader::read(
        R"json([{"name": "A", "memory_gb": 80}, {"name": "B"}])json", std::nullopt, &error);
    QVERIFY(array);
    QCOMPARE(array->headers, (QStringList { u"name"_s, u"memory_gb"_s }));
    QCOMPARE(array->rows[1], (QStringList { u"B"_s, QString() }));

    // Keys out of alphabetical order (a dump keyed by vendor and number) stay in the file's order,
    // each record on its own line, and a record's fields in the order it writes them.
    const auto keyed = TableReader::read(R"json({
  "NVIDIA_12": {"Model": "H100", "TDP (W)": 700},
  "AMD_nan_450": {"TDP (W)": 750, "Model": "MI300X"},

  "Intel_nan_6": {"Model": "Max 1550", "Launch": "2023"}
})json",
        std::nullopt, &error);
    QVERIFY2(keyed, qPrintable(error.message));
    QCOMPARE(
        keyed->headers, (QStringList { TableReader::keyColumn(), u"Model"_s, u"TDP (W)"_s, u"Launch"_s }));
    QCOMPARE(keyed->rows[0][0], u"NVIDIA_12"_s);
    QCOMPARE(keyed->rows[1][0], u"AMD_nan_450"_s);
    QCOMPARE(keyed->rows[2][0], u"Intel_nan_6"_s);
    QCOMPARE(keyed->rowLines, (QVector<int> { 2, 3, 5 }));
}

void TestImporter::unreadableTables_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 0 << u"is empty"_s;
    QTest::newRow("blank lines") << QByteArray("\n\n  \n") << 0 << u"is empty"_s;
    QTest::newRow("header only") << QByteArray("name,tdp_w\n") << 1 << u"header row but no data rows"_s;
    QTest::newRow("unterminated quote")
        << QByteArray("name,notes\nA,\"never\nclosed\n") << 2 << u"unterminated quote"_s;
    QTest::newRow("not UTF-8") << QByteArray("name,tdp_w\nA,300\n\xff\xfe broken,1\n") << 3 << u"not UTF-8"_s;
    QTest::newRow("NUL bytes") << QByteArray("name\nA\0B\n", 9) << 2 << u"NUL bytes"_s;
    QTest::newRow("JSON not a table") << QByteArray("[1, 2, 3]") << 1 << u"not a table"_s;
    // An object of numbers only is one record (issue 22: MLPerf system descriptions); one that mixes
    // records and numbers is neither a record nor a table.
    QTest::newRow("JSON object mixing records and numbers")
        << QByteArray("{\"a\": {\"name\": \"A\"}, \"b\": 1}") << 1 << u"not a table"_s;
    QTest::newRow("broken JSON") << QByteArray("[{\"name\": \"A\",\n") << 2 << u"invalid JSON"_s;
}

void TestImporter::unreadableTables()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, line);
    QFETCH(QString, message);
    TableReadError error;
    QVERIFY(!TableReader::read(contents, std::nullopt, &error));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestImporter::severalColumnsForOneFieldKeepTheLeftmost()
{
    TableReadError error;
    // Epoch stores bytes; its derived mem_gb is really GiB (80e9 bytes -> 74.5).
    const auto table = TableReader::read(
        "Hardware name,Memory size per board (Byte),mem_gb,Memory (GB)\nH100,80000000000,74.5,80\nX,,16,\n",
        std::nullopt, &error);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    const auto result = TableImporter::import(*table, options);
    const auto& memory = result.catalog.chips[0].spec(SpecField::MemoryCapacity);
    QCOMPARE(memory->primary.value, 8e10);
    QCOMPARE(memory->primary.unit, u"B"_s);
    QCOMPARE(memory->alternatives.size(), 1); // 74.5 disagrees; 80 GB agrees and adds nothing
    QCOMPARE(memory->alternatives[0].value, 74.5);
    QVERIFY(memory->alternatives[0].note().contains(u"mem_gb"_s));
    // Where the leftmost column is empty, the next one fills the field.
    QCOMPARE(result.catalog.chips[1].canonical(SpecField::MemoryCapacity), std::optional<double>(16.0));
}

void TestImporter::idsComeFromAnIdColumnOrTheName()
{
    TableReadError error;
    TableImporter::Options options;
    options.source.id = u"s"_s;
    // Names repeat (one die, many boards): separate chips, ids told apart.
    const auto boards = TableReader::read(
        "GPU,TDP_W\nGK104,195\nGK104,170\nGK104,230\n含光800,276\n", std::nullopt, &error);
    const auto named = TableImporter::import(*boards, options);
    QStringList ids;
    for (const auto& chip : named.catalog.chips)
        ids.append(chip.id);
    // A row with no usable name gets a generated id, made unique with the file's name (issue 22:
    // two imports' "chip-4" replaced each other when merged).
    QCOMPARE(ids, (QStringList { u"gk104"_s, u"gk104-2"_s, u"gk104-3"_s, u"import-chip-4"_s }));
    const auto withIds = TableReader::read("id,name\nMy Chip!,A\nb,B\n", std::nullopt, &error);
    const auto fromIds = TableImporter::import(*withIds, options);
    QCOMPARE(fromIds.catalog.chips[0].id, u"my-chip"_s);
    QCOMPARE(fromIds.catalog.chips[1].id, u"b"_s);
}

void TestImporter::rowsWithoutNamesAndRepeatedHeadersAreLeftOut()
{
    TableReadError error;
    const auto table
        = TableReader::read("Model,TDP (W)\nA,100\n,200\nModel,TDP (W)\nB,300\n", std::nullopt, &error);
    TableImporter::Options options;
    options.fileName = u"t.csv"_s;
    options.source.id = u"s"_s;
    const auto result = TableImporter::import(*table, options);
    QCOMPARE(result.catalog.chips.size(), 2);
    QCOMPARE(result.notes.size(), 2);
    QVERIFY(result.notes[0].startsWith(u"t.csv:3: row without a name"_s));
    QVERIFY(result.notes[1].contains(u"repeated header row ('Model')"_s));
}

void TestImporter::sourceColumnsGiveEachRowItsSource()
{
    TableReadError error;
    const auto table = TableReader::read("Name,TDP (W),Link to "
                                         "datasheet\nA,100,\"https://a.example/ds.pdf\nhttps://a.example/"
                                         "b\"\nB,200,\nC,300,https://a.example/ds.pdf\n",
        std::nullopt, &error);
    TableImporter::Options options;
    options.source.id = u"given"_s;
    options.source.title = u"Given"_s;
    const auto result = TableImporter::import(*table, options);
    QCOMPARE(result.catalog.sources.size(), 2);
    const Source* row = result.catalog.source(result.catalog.chips[0].spec(SpecField::Tdp)->primary.sourceId);
    QCOMPARE(row->url, u"https://a.example/ds.pdf"_s);
    QCOMPARE(
        result.catalog.chips[2].spec(SpecField::Tdp)->primary.sourceId, row->id); // one source, cited twice
    QCOMPARE(result.catalog.chips[1].spec(SpecField::Tdp)->primary.sourceId, u"given"_s);
}

// Found by fuzz_importer: a link that QUrl rejects made a catalog that `check` rejected.
void TestImporter::aLinkTheCatalogWouldRejectBecomesACitation()
{
    TableReadError error;
    const auto table = TableReader::read(
        R"json([{"name":"X-","memory_gb":"80","Link to datasheet":"https://examp~e.com"}])json", std::nullopt,
        &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.source.id = u"given"_s;
    options.source.title = u"Given"_s;
    options.source.kind = SourceKind::Compilation;
    const auto result = TableImporter::import(*table, options);
    const Source* row
        = result.catalog.source(result.catalog.chips[0].spec(SpecField::MemoryCapacity)->primary.sourceId);
    QVERIFY(row);
    QCOMPARE(row->url, QString()); // not an address the catalog accepts ...
    QCOMPARE(row->title, u"https://examp~e.com"_s); // ... so the cell is kept as the citation
    const auto reread = CatalogReader::read(CatalogWriter::toJson(result.catalog), u"imported.json"_s);
    QVERIFY2(reread.ok(), qPrintable(formatDiagnostics(reread.problems)));
}

// Found by fuzz_importer: a name cut at 80 characters just after a space made an id ending in '-'.
void TestImporter::longNamesMakeIdsWithoutATrailingHyphen()
{
    const QString name
        = u"AscueMemry Bandwidth (TB/s),TDP (W),Rel/ase date H100 SXM,NVIDy IA,80,3.350,202(G03-22 x"_s;
    const QString id = TableImporter::slug(name);
    QCOMPARE(id, u"ascuememry-bandwidth-tb-s-tdp-w-rel-ase-date-h100-sxm-nvidy-ia-80-3-350-202-g03"_s);
    QVERIFY(id.size() <= 80);
    QVERIFY(!TableImporter::slug(QString(79, u'a') + u" b"_s).endsWith(u'-'));
}

void TestImporter::transposedVendorTables()
{
    QTemporaryDir dir;
    // A vendor comparison table: field names down the first column, chips across, units in cells.
    const QString sheet = writeTestFile(dir, u"vendor.csv"_s,
        "Specification,H200 SXM,H200 NVL\n"
        "GPU Memory,141GB HBM3e,141GB HBM3e\n"
        "GPU Memory Bandwidth,4.8TB/s,4.8TB/s\n"
        "FP8 Tensor Core,\"3,958 teraFLOPS\",\"3,341 teraFLOPS\"\n"
        "Max Thermal Design Power (TDP),Up to 700W,Up to 600W\n"
        "Form Factor,SXM,PCIe dual-slot\n");
    const QString out = dir.filePath(u"vendor.json"_s);
    // Without --transpose there is no name column, and the message says what to try.
    const auto flat = runChipCompare({ u"import"_s, sheet, u"--out"_s, out });
    QCOMPARE(flat.exitCode, 1);
    QVERIFY2(flat.err.contains(u"try --transpose"_s), qPrintable(flat.err));
    QVERIFY(flat.err.contains(u"'Specification', 'H200 SXM', 'H200 NVL'"_s));
    QVERIFY(!QFile::exists(out));
    const auto result = runChipCompare({ u"import"_s, sheet, u"--out"_s, out, u"--transpose"_s, u"--map"_s,
        u"FP8 Tensor Core=-"_s, u"--accessed"_s, u"2026-11-29"_s });
    QCOMPARE(result.exitCode, 0);
    const auto catalog = CatalogReader::readFile(out);
    QVERIFY(catalog.ok());
    QCOMPARE(catalog.catalog.chips.size(), 2);
    const Chip& nvl = catalog.catalog.chips[1];
    QCOMPARE(nvl.name, u"H200 NVL"_s);
    QCOMPARE(nvl.canonical(SpecField::MemoryCapacity), std::optional<double>(141.0));
    QCOMPARE(nvl.canonical(SpecField::MemoryBandwidth), std::optional<double>(4800.0));
    QCOMPARE(nvl.canonical(SpecField::Tdp), std::optional<double>(600.0));
    QVERIFY(!nvl.spec(SpecField::Fp8Dense)); // sparse headline figures, ignored by --map
}

void TestImporter::cliWritesACatalogThatPassesCheck()
{
    QTemporaryDir dir;
    const QString sheet = writeTestFile(dir, u"epoch.csv"_s,
        "\xEF\xBB\xBFHardware name,Manufacturer,Release date,Memory size per board (Byte),"
        "Memory bandwidth (byte/s),Tensor-FP16/BF16 performance (FLOP/s),FP16 (half precision) performance "
        "(FLOP/s),"
        "TDP (W),Notes\r\n"
        "NVIDIA H100 SXM5 80 "
        "GB,NVIDIA,2022-09-20,80000000000.0,3.35e+12,9.894e+14,2.04e+14,700,\"multi\r\nline\"\r\n"
        "Board,ATI,1985,32768,,,,45-100,\r\n");
    const QString out = dir.filePath(u"mine.json"_s);
    const auto result = runChipCompare(
        { u"import"_s, sheet, u"--out"_s, out, u"--source-title"_s, u"Epoch AI ML hardware"_s,
            u"--source-url"_s, u"https://epoch.ai/data/machine-learning-hardware"_s, u"--source-publisher"_s,
            u"Epoch AI"_s, u"--source-kind"_s, u"database"_s, u"--accessed"_s, u"2026-11-29"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());
    // The summary: counts, each column's field and unit, unmapped columns, skipped cells with places.
    QVERIFY2(
        result.err.startsWith(sheet + u": 2 rows read, 2 chips written to "_s + out), qPrintable(result.err));
    QVERIFY(
        result.err.contains(u"'Memory size per board (Byte)' -> memory_capacity:B (2 taken, 0 skipped)"_s));
    QVERIFY(result.err.contains(u"'TDP (W)' -> tdp:W (1 taken, 1 skipped)"_s));
    QVERIFY(result.err.contains(
        u"unmapped: 'FP16 (half precision) performance (FLOP/s)' (FP16 without 'tensor'"_s));
    QVERIFY(result.err.contains(sheet + u":4:TDP (W): '45-100' holds several numbers"_s));
    const auto check = runChipCompare({ u"check"_s, u"--strict"_s, out });
    QCOMPARE(check.exitCode, 0);
    const auto catalog = CatalogReader::readFile(out).catalog;
    const Chip& h100 = catalog.chips[0];
    QCOMPARE(h100.id, u"nvidia-h100-sxm5-80-gb"_s);
    QCOMPARE(h100.year, std::optional<int>(2022));
    QVERIFY(!h100.status); // never invented
    QCOMPARE(h100.canonical(SpecField::Bf16Dense), std::optional<double>(989.4));
    QCOMPARE(h100.spec(SpecField::Bf16Dense)->primary.confidence, Confidence::Reported);
    QCOMPARE(catalog.source(h100.spec(SpecField::Tdp)->primary.sourceId)->publisher, u"Epoch AI"_s);
    QCOMPARE(catalog.chips[1].canonical(SpecField::MemoryCapacity), std::optional<double>(3.2768e-05));
}

void TestImporter::cliRejectsUnreadableInputAndKeepsOut()
{
    QTemporaryDir dir;
    const QString out = writeTestFile(dir, u"out.json"_s, "the previous file");
    const struct
    {
        QByteArray contents;
        QString message;
    } cases[] = {
        { QByteArray(), u": is empty"_s },
        { "name,tdp_w\n", u":1: has a header row but no data rows"_s },
        { "a,b\nx,\"open\n", u":2: a quoted field opened on this line never closes"_s },
        { "name\n\xc3\x28\n", u":2: is not UTF-8"_s },
        { QByteArray("na\0me\n", 6), u":1: holds NUL bytes"_s },
        { "Memory,TDP\n80 GB,300 W\n", u": no column holds the chips' names"_s },
        { "[1,2]", u":1: is JSON but not a table"_s },
    };
    int n = 0;
    for (const auto& bad : cases) {
        const QString file = writeTestFile(dir, u"bad%1.csv"_s.arg(++n), bad.contents);
        const auto result = runChipCompare({ u"import"_s, file, u"--out"_s, out });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(file + bad.message), qPrintable(result.err));
        QCOMPARE(readTestFile(out), QByteArray("the previous file"));
    }
    // The no-name message lists the headers found and suggests --map.
    const QString noName = writeTestFile(dir, u"noname.csv"_s, "Memory,TDP\n80 GB,300 W\n");
    const auto result = runChipCompare({ u"import"_s, noName, u"--out"_s, out });
    QVERIFY(result.err.contains(u"headers found: 'Memory', 'TDP'"_s));
    QVERIFY(result.err.contains(u"--map 'COLUMN=name'"_s));
    const auto missing = runChipCompare({ u"import"_s, dir.filePath(u"nope.csv"_s), u"--out"_s, out });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"nope.csv: cannot open"_s));
}

void TestImporter::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList { u"--out"_s, u"x.json"_s } << u"no FILE given"_s;
    QTest::newRow("no out") << QStringList { u"SHEET"_s } << u"--out OUT.json is required"_s;
    QTest::newRow("bad delimiter") << QStringList { u"SHEET"_s, u"--out"_s, u"x.json"_s, u"--delimiter"_s,
        u"|"_s } << u"--delimiter: '|' is not one of , ; tab"_s;
    QTest::newRow("bad map") << QStringList { u"SHEET"_s, u"--out"_s, u"x.json"_s, u"--map"_s, u"nonsense"_s }
                             << u"--map: 'nonsense' is not COLUMN=FIELD[:UNIT]"_s;
    QTest::newRow("map to an unknown field") << QStringList { u"SHEET"_s, u"--out"_s, u"x.json"_s, u"--map"_s,
        u"TDP=power"_s } << u"'power' is not a field"_s;
    QTest::newRow("map to a column the file lacks") << QStringList { u"SHEET"_s, u"--out"_s, u"x.json"_s,
        u"--map"_s, u"Price=-"_s } << u"has no column 'Price'"_s;
    QTest::newRow("bad confidence") << QStringList { u"SHEET"_s, u"--out"_s, u"x.json"_s, u"--confidence"_s,
        u"sure"_s } << u"--confidence: 'sure'"_s;
    QTest::newRow("bad date") << QStringList { u"SHEET"_s, u"--out"_s, u"x.json"_s, u"--accessed"_s,
        u"yesterday"_s } << u"--accessed: 'yesterday' is not a date"_s;
}

void TestImporter::cliUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString sheet = writeTestFile(dir, u"sheet.csv"_s, "gpu,tdp_w\nX,300\n");
    arguments.replaceInStrings(u"SHEET"_s, sheet);
    arguments.replaceInStrings(u"x.json"_s, dir.filePath(u"x.json"_s));
    const auto result = runChipCompare(QStringList { u"import"_s } + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(u"x.json"_s)));
}

void TestImporter::cliNeverWritesOverItsInput()
{
    QTemporaryDir dir;
    const QByteArray sheet = "name,tdp_w\nA,300\n";
    const QString file = writeTestFile(dir, u"mine.csv"_s, sheet);
    const auto result = runChipCompare({ u"import"_s, file, u"--out"_s, file });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"is the file being imported"_s), qPrintable(result.err));
    QCOMPARE(readTestFile(file), sheet);
}

void TestImporter::cliSummaryWarnsAboutImplausibleValues()
{
    QTemporaryDir dir;
    const QString file = writeTestFile(dir, u"odd.csv"_s, "name,tdp_w,memory_gb\nA,1e300,NaN\n");
    const QString out = dir.filePath(u"odd.json"_s);
    const auto result = runChipCompare({ u"import"_s, file, u"--out"_s, out });
    QCOMPARE(result.exitCode, 0); // it loads, as check would let it
    QVERIFY2(result.err.contains(u"warnings (1; see chipcompare check):"_s), qPrintable(result.err));
    QVERIFY(result.err.contains(out + u":"_s));
    QVERIFY(result.err.contains(u"warning: chip 'a': field 'tdp': 1e+300 W"_s));
    // NaN is unknown, never a number.
    QVERIFY(!CatalogReader::readFile(out).catalog.chips.first().spec(SpecField::MemoryCapacity));
}

void TestImporter::listCsvImportsBackWithTheSameIdsAndNumbers()
{
    QTemporaryDir dir;
    const auto list = runChipCompare({ u"list"_s, u"--format"_s, u"csv"_s });
    QCOMPARE(list.exitCode, 0);
    const QString csv = writeTestFile(dir, u"list.csv"_s, list.out.toUtf8());
    const QString out = dir.filePath(u"again.json"_s);
    const auto imported
        = runChipCompare({ u"import"_s, csv, u"--out"_s, out, u"--accessed"_s, u"2026-11-29"_s });
    QCOMPARE(imported.exitCode, 0);
    const auto again = CatalogReader::readFile(out);
    QVERIFY(again.ok());
    const auto builtIn = CatalogReader::readBuiltIn().catalog;
    QCOMPARE(again.catalog.chips.size(), builtIn.chips.size());
    for (int i = 0; i < builtIn.chips.size(); ++i) {
        const Chip& original = builtIn.chips[i];
        const Chip* copy = again.catalog.chip(original.id);
        QVERIFY2(copy, qPrintable(original.id));
        QCOMPARE(copy->name, original.name);
        QCOMPARE(copy->status, original.status);
        QCOMPARE(copy->cudaCompat, original.cudaCompat);
        for (const auto& metric : Metrics::all()) {
            if (metric.isDerived())
                continue;
            const auto a = metric.value(original);
            const auto b = metric.value(*copy);
            QVERIFY2(a.has_value() == b.has_value(), qPrintable(original.id + u' ' + metric.key));
            if (a)
                QVERIFY2(std::abs(*a - *b) <= 1e-9 * *a, qPrintable(original.id + u' ' + metric.key));
        }
    }
}

void TestImporter::smallHandMadeSheet()
{
    QTemporaryDir dir;
    const QString sheet = writeTestFile(dir, u"mine.csv"_s, "gpu,tdp_w,memory_size_gb\nMy board,250,24\n");
    const QString out = dir.filePath(u"mine.json"_s);
    const auto result = runChipCompare({ u"import"_s, sheet, u"--out"_s, out });
    QCOMPARE(result.exitCode, 0);
    const auto catalog = CatalogReader::readFile(out);
    QVERIFY(catalog.ok());
    const Chip& chip = catalog.catalog.chips.first();
    QVERIFY(chip.vendor.isEmpty()); // no vendor, no status, no year: unknown, not invented
    QVERIFY(!chip.status);
    QCOMPARE(chip.canonical(SpecField::Tdp), std::optional<double>(250.0));
    QCOMPARE(chip.canonical(SpecField::MemoryCapacity), std::optional<double>(24.0));
    // It opens beside the built-in catalog and lists with an unknown vendor and status.
    const auto list = runChipCompare(
        { u"list"_s, u"--catalog"_s, out, u"--status"_s, u"unknown"_s, u"--format"_s, u"csv"_s });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"\nmy-board,My board,,,,,,24,,,,,250,"_s), qPrintable(list.out));
    // Exactly one more row than the built-in chips that have no status either.
    const auto builtInOnly
        = runChipCompare({ u"list"_s, u"--status"_s, u"unknown"_s, u"--format"_s, u"csv"_s });
    QCOMPARE(list.out.count(u'\n'), builtInOnly.out.count(u'\n') + 1);
}

// Two sheets with their own numeric ids (a Korean spec sheet's "1824") or with rows that have no
// usable name: merged, they must not replace each other's chips.
void TestImporter::idsThatMeanNothingOutsideAFileNeverCollide()
{
    TableReadError error;
    const auto korean = TableReader::read("id,name,TDP_W\n1824,Radeon 8500,64\n", std::nullopt, &error);
    const auto other = TableReader::read("id,name,TDP_W\n1824,Rage 128,5\n", std::nullopt, &error);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    options.fileName = u"/data/kr.csv"_s;
    const auto first = TableImporter::import(*korean, options);
    options.fileName = u"/data/other-sheet.tsv"_s;
    const auto second = TableImporter::import(*other, options);
    QCOMPARE(first.catalog.chips.first().id, u"kr-1824"_s);
    QCOMPARE(second.catalog.chips.first().id, u"other-sheet-1824"_s);
    // Said in the summary, with an example.
    QVERIFY2(first.notes.join(u'\n').contains(u"1824 -> kr-1824"_s), qPrintable(first.notes.join(u'\n')));
    const Catalog merged = first.catalog.mergedWith(second.catalog);
    QCOMPARE(merged.chips.size(), 2);
    QVERIFY(merged.overridden.isEmpty());

    // An explicit prefix goes before every id, names included.
    options.idPrefix = u"Lab A"_s;
    const auto named = TableImporter::import(*other, options);
    QCOMPARE(named.catalog.chips.first().id, u"lab-a-1824"_s);
    const auto byName = TableReader::read("name,TDP_W\nNVIDIA H20,400\n", std::nullopt, &error);
    QCOMPARE(TableImporter::import(*byName, options).catalog.chips.first().id, u"lab-a-nvidia-h20"_s);
    // Without one, a name-made id is kept as it is: it is how a sheet meets the built-in chip.
    options.idPrefix.clear();
    QCOMPARE(TableImporter::import(*byName, options).catalog.chips.first().id, u"nvidia-h20"_s);
}

// Issue 22, item 6: an NVIDIA table's sparse headline (A100 BF16 624 for a dense 312) and a unit
// slip (80,000 "GB") are compared with the built-in catalog's chips of the same name, and said.
void TestImporter::valuesFarOffTheBuiltInCatalogAreSaid()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    TableReadError error;
    const auto table = TableReader::read("name,BF16 TFLOPS,Memory (GB),TDP (W)\n"
                                         "NVIDIA A100 80GB SXM4,624,80,400\n"
                                         "NVIDIA H100 SXM5 80GB,989.4,80000,700\n"
                                         "Acme X9,100,16,75\n",
        std::nullopt, &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    options.reference = &builtIn.catalog;
    options.referenceName = u"built-in catalog"_s;
    const auto result = TableImporter::import(*table, options);
    const QString notes = result.notes.join(u'\n');
    QVERIFY2(notes.contains(
                 u"A100 80GB SXM4 BF16/FP16 dense 624 TFLOPS here, 312 TFLOPS in the built-in catalog (2×): "
                 "a sparse figure?"_s),
        qPrintable(notes));
    QVERIFY2(notes.contains(u"80,000 GB here, 80 GB in the built-in catalog (1,000×)"_s), qPrintable(notes));
    // Values that agree, and chips the reference does not know, say nothing; nothing is changed.
    QVERIFY(!notes.contains(u"TDP"_s));
    QVERIFY(!notes.contains(u"Acme"_s));
    QCOMPARE(result.catalog.chips.first().canonical(SpecField::Bf16Dense), std::optional<double>(624.0));
    // Without a reference, no comparison.
    options.reference = nullptr;
    QVERIFY(!TableImporter::import(*table, options).notes.join(u'\n').contains(u"here,"_s));
}

// Issue 22, item 4: in a Wikipedia-derived dump, "Model name" is "nan" where "Model" holds the name,
// and the JSON key is the last resort; the summary says how many names came from which.
void TestImporter::theNameIsTheFirstKnownOfTheNameColumns()
{
    TableReadError error;
    const auto table = TableReader::read(R"json({
        "AMD_nan_450": {"Model name": "nan", "Model": "AMD Instinct MI300X", "TDP (W)": 750},
        "Intel_nan_6": {"Model name": "nan", "Model": "Data Center GPU Max 1550", "TDP (W)": 600},
        "NVIDIA_1": {"Model name": "H100 SXM5", "Model": "H100", "TDP (W)": 700},
        "Mystery_9": {"Model name": "nan", "Model": "", "TDP (W)": 10}})json",
        std::nullopt, &error);
    QVERIFY2(table, qPrintable(error.message));
    TableImporter::Options options;
    options.source.id = u"s"_s;
    options.fileName = u"wiki.json"_s;
    const auto result = TableImporter::import(*table, options);
    QStringList names;
    for (const auto& chip : result.catalog.chips)
        names.append(chip.name);
    // In the file's order, not sorted by key.
    QCOMPARE(names,
        (QStringList {
            u"AMD Instinct MI300X"_s, u"Data Center GPU Max 1550"_s, u"H100 SXM5"_s, u"Mystery_9"_s }));
    QVERIFY2(result.notes.join(u'\n').contains(
                 u"names: 1 from the records' keys, 1 from 'Model name', 2 from 'Model'"_s),
        qPrintable(result.notes.join(u'\n')));
}

// Issue 22, item 8: in a semicolon-separated file "0,128" became 128 GB and "0,44" was skipped.
void TestImporter::decimalCommasAreNeverThousands()
{
    // Alone, a comma after a lone 0 is no thousands group: skipped with the reason, never 128.
    const ParsedCell plain = CellParser::parseNumber(u"0,128"_s);
    QCOMPARE(plain.kind, ParsedCell::Kind::Skipped);
    QVERIFY2(plain.reason.contains(u"--decimal-comma"_s), qPrintable(plain.reason));
    QCOMPARE(CellParser::parseNumber(u"1,024"_s).value, 1024.0); // a thousands group stays one
    // Read as decimal commas: the comma is the point, dots group thousands.
    QCOMPARE(CellParser::parseNumber(u"0,128"_s, true).value, 0.128);
    QCOMPARE(CellParser::parseNumber(u"3,35 TB/s"_s, true).value, 3.35);
    QCOMPARE(CellParser::parseNumber(u"1.234,5"_s, true).value, 1234.5);

    TableReadError error;
    const auto semicolons
        = TableReader::read("name;Memory (GB);TDP (W)\nA;0,128;0,44\nB;16;75\n", std::nullopt, &error);
    QVERIFY(semicolons);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    const auto result = TableImporter::import(*semicolons, options);
    QCOMPARE(result.catalog.chips.first().canonical(SpecField::MemoryCapacity), std::optional<double>(0.128));
    QCOMPARE(result.catalog.chips.first().canonical(SpecField::Tdp), std::optional<double>(0.44));
    QVERIFY(result.skipped.isEmpty());
    QVERIFY2(result.notes.join(u'\n').contains(u"decimal commas: the file is separated by semicolons"_s),
        qPrintable(result.notes.join(u'\n')));
    // A comma-separated file with quoted decimal commas: forced by the option, and said so.
    const auto commas = TableReader::read("name,Memory (GB)\nA,\"0,128\"\n", std::nullopt, &error);
    QVERIFY(commas);
    QVERIFY(
        !TableImporter::import(*commas, options).catalog.chips.first().canonical(SpecField::MemoryCapacity));
    options.decimalComma = true;
    const auto forced = TableImporter::import(*commas, options);
    QCOMPARE(forced.catalog.chips.first().canonical(SpecField::MemoryCapacity), std::optional<double>(0.128));
    QVERIFY(forced.notes.join(u'\n').contains(u"(--decimal-comma)"_s));
}

// Issue 22, item 9: a JSON spec file whose "_header" record gives each field's unit needed one
// --map a field, and the record became a chip.
void TestImporter::aHeaderRecordGivesTheUnits()
{
    TableReadError error;
    const auto table = TableReader::read(R"json({
        "_header": {"memory": "GiB", "memory_bandwidth": "TB/s", "power": "W"},
        "x1": {"name": "X1", "memory": 80, "memory_bandwidth": 3.35, "power": 700}})json",
        std::nullopt, &error);
    QVERIFY2(table, qPrintable(error.message));
    TableImporter::Options options;
    options.source.id = u"s"_s;
    const auto result = TableImporter::import(*table, options);
    QCOMPARE(result.catalog.chips.size(), 1); // the "_header" record is no chip
    const Chip& chip = result.catalog.chips.first();
    QCOMPARE(chip.name, u"X1"_s);
    QCOMPARE(chip.spec(SpecField::MemoryCapacity)->primary.unit, u"GiB"_s);
    QCOMPARE(chip.canonical(SpecField::MemoryBandwidth), std::optional<double>(3350.0));
    QCOMPARE(chip.canonical(SpecField::Tdp), std::optional<double>(700.0));
    QVERIFY(result.notes.join(u'\n').contains(u"'_header' gives the fields' units"_s));

    // The same as an array whose first element is {"_header": {...}}; a zero is no value.
    const auto array = TableReader::read(R"json([
        {"_header": {"memory": "GB", "fp8": "TFLOPS"}},
        {"name": "H100", "memory": 80, "fp8": 1979},
        {"name": "A100", "memory": 80, "fp8": 0}])json",
        std::nullopt, &error);
    QVERIFY2(array, qPrintable(error.message));
    QCOMPARE(array->unitRow, 0);
    const auto fromArray = TableImporter::import(*array, options);
    QCOMPARE(fromArray.catalog.chips.size(), 2);
    QCOMPARE(fromArray.catalog.chips[0].canonical(SpecField::Fp8Dense), std::optional<double>(1979.0));
    QCOMPARE(fromArray.catalog.chips[1].canonical(SpecField::MemoryCapacity), std::optional<double>(80.0));
    QVERIFY(!fromArray.catalog.chips[1].spec(SpecField::Fp8Dense));
    QCOMPARE(fromArray.skipped.size(), 1);
    QCOMPARE(fromArray.skipped.first().line, 4);
    QVERIFY2(fromArray.skipped.first().reason.contains(u"left unknown (a zero often means 'not supported'"_s),
        qPrintable(fromArray.skipped.first().reason));
}

// Issue 22, item 10: an MLPerf results summary (tests/data/mlperf-results.csv): one row per
// submission × benchmark, benchmarks in `Model`, the chip in `accelerator_model_name`.
void TestImporter::anMlperfSummaryIsNamedByItsAcceleratorColumn()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/mlperf-results.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    TableReadError error;
    const auto table = TableReader::read(file.readAll(), std::nullopt, &error);
    QVERIFY2(table, qPrintable(error.message));
    TableImporter::Options options;
    options.fileName = u"mlperf-results.csv"_s;
    options.source.id = u"s"_s;
    const auto result = TableImporter::import(*table, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QStringList names;
    for (const auto& chip : result.catalog.chips)
        names.append(chip.name);
    // One chip per accelerator, not one per benchmark row, and none named "resnet50".
    QCOMPARE(names,
        (QStringList {
            u"NVIDIA H200-SXM-141GB"_s, u"NVIDIA H100-SXM-80GB"_s, u"AMD Instinct MI300X"_s, u"TPU-v6e"_s }));
    QCOMPARE(result.catalog.chips[0].canonical(SpecField::MemoryCapacity), std::optional<double>(141.0));
    // Host memory, power supplies and per-node counts never become the chip's figures.
    QVERIFY(!result.catalog.chips[0].spec(SpecField::Tdp));
    const QString summary = TableImporter::summaryText(result, u"mlperf-results.csv"_s, u"out.json"_s);
    QVERIFY2(summary.contains(
                 u"names from 'accelerator_model_name': its values look like chip names (8 of the 8 read); "
                 "'Model' holds something else (e.g. 'resnet50')"_s),
        qPrintable(summary));
    QVERIFY2(summary.contains(u"'Model' (its values are not chip names (e.g. 'resnet50'))"_s),
        qPrintable(summary));
    // Each joined row is named, none silently dropped. (No translator here: "%n row(s)" stays so.)
    QVERIFY2(summary.contains(u"4 repeated row(s) joined to the earlier row's chip (same name, same values): "
                              "'AMD Instinct MI300X' (line 8); 'NVIDIA H100-SXM-80GB' (line 6); "
                              "'NVIDIA H200-SXM-141GB' (line 3, line 4)"_s),
        qPrintable(summary));
    QVERIFY2(summary.startsWith(u"mlperf-results.csv: 8 row(s) read, 4 chip(s) written to out.json"_s),
        qPrintable(summary));
}

// A folder of MLPerf system descriptions, one JSON object a file, is one table of four systems.
void TestImporter::aFolderOfSystemRecordsIsOneTable()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"systems.json"_s);
    const auto result
        = runChipCompare({ u"import"_s, QStringLiteral(TEST_DATA_DIR "/mlperf-systems"), u"--out"_s, out });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"4 rows read, 4 chips written"_s), qPrintable(result.err));
    // The host's processor names a chip too, but a host's: never the accelerator's name.
    QVERIFY2(result.err.contains(u"'host_processor_model_name' (a host, server or total figure"_s),
        qPrintable(result.err));
    const auto catalog = CatalogReader::readFile(out);
    QVERIFY(catalog.ok());
    QStringList names;
    for (const auto& chip : catalog.catalog.chips)
        names.append(
            chip.name + u' ' + QString::number(chip.canonical(SpecField::MemoryCapacity).value_or(-1)));
    // In the files' name order: dgx-h200, mi300x, tpu-v6e, xe9680-h100.
    QCOMPARE(names,
        (QStringList { u"NVIDIA H200-SXM-141GB 141"_s, u"AMD Instinct MI300X 192"_s, u"TPU-v6e 32"_s,
            u"NVIDIA H100-SXM-80GB 80"_s }));

    // A workbook in a folder gives its first sheet's rows, beside the JSON records.
    QTemporaryDir mixed;
    QVERIFY(QFile::copy(
        QStringLiteral(TEST_DATA_DIR "/workbooks/epoch-hardware.xlsx"), mixed.filePath(u"a.xlsx"_s)));
    writeTestFile(mixed, u"b.json"_s, "{\"Hardware name\": \"Ascend 910C\", \"TDP (W)\": \"700\"}");
    const auto both = runChipCompare({ u"import"_s, mixed.path(), u"--out"_s, out + u"4"_s });
    QCOMPARE(both.exitCode, 0);
    QVERIFY2(both.err.contains(u"5 rows read, 5 chips written"_s), qPrintable(both.err));
    QVERIFY2(
        both.err.contains(mixed.filePath(u"a.xlsx"_s) + u":6:TDP (W): '600-900'"_s), qPrintable(both.err));

    // A folder with a broken file names that file; one with no table names the folder.
    QTemporaryDir broken;
    writeTestFile(broken, u"a.json"_s, "{\"accelerator_model_name\": \"NVIDIA H100\"}");
    writeTestFile(broken, u"b.json"_s, "{\"accelerator_model_name\": \n");
    const auto bad = runChipCompare({ u"import"_s, broken.path(), u"--out"_s, out + u"2"_s });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(broken.filePath(u"b.json"_s) + u":2: invalid JSON"_s), qPrintable(bad.err));
    QTemporaryDir empty;
    const auto none = runChipCompare({ u"import"_s, empty.path(), u"--out"_s, out + u"3"_s });
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"holds no .json, .csv, .tsv, .xlsx or .ods file"_s), qPrintable(none.err));
    QVERIFY(!QFile::exists(out + u"2"_s) && !QFile::exists(out + u"3"_s));
}

// When most rows do not become chips the table is the wrong one or read the wrong way: exit 1 with
// the reason and the --map that would help, and nothing written.
void TestImporter::mostRowsLeftOutIsAFailureWithAHint()
{
    QTemporaryDir dir;
    const QString sheet = writeTestFile(dir, u"boards.csv"_s,
        "Model,Board,TDP (W)\nNVIDIA A100 PCIe,,300\n,NVIDIA H100 SXM,700\n,AMD Instinct MI300X,750\n");
    const QString out = dir.filePath(u"boards.json"_s);
    const auto result = runChipCompare({ u"import"_s, sheet, u"--out"_s, out });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"2 of 3 rows were left out (2 without a name): most of the table did not "
                                 "become chips. The column 'Board' looks like chip names: try --map "
                                 "'Board=name'"_s),
        qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
    // The hint works: with it, all three rows are chips.
    const auto mapped = runChipCompare({ u"import"_s, sheet, u"--out"_s, out, u"--map"_s, u"Board=name"_s });
    QCOMPARE(mapped.exitCode, 0);
    QVERIFY2(mapped.err.contains(u"3 chips written"_s), qPrintable(mapped.err));
    // Half left out is still a catalog (a repeated header row and a row without a name of four).
    TableReadError error;
    const auto half
        = TableReader::read("Model,TDP (W)\nA,100\n,200\nModel,TDP (W)\nB,300\n", std::nullopt, &error);
    TableImporter::Options options;
    options.source.id = u"s"_s;
    QVERIFY(TableImporter::import(*half, options).error.isEmpty());
}

// A vendor table whose first header cell is "GPU" has a name column, yet it is transposed: its
// rows are fields. Without --transpose it would make chips called "FP64" and "GPU Memory".
void TestImporter::aTransposedTableWithANameHeaderIsRefused()
{
    QTemporaryDir dir;
    const QString sheet = QStringLiteral(TEST_DATA_DIR "/transposed-vendor-table.csv");
    const QString out = dir.filePath(u"vendor.json"_s);
    const auto flat = runChipCompare({ u"import"_s, sheet, u"--out"_s, out });
    QCOMPARE(flat.exitCode, 1);
    QVERIFY2(
        flat.err.contains(u"the table looks transposed: its first column lists field names ('FP64', 'BF16 "
                          "Tensor Core', 'GPU Memory', …) and its first row chips ('H100 SXM', …). Import "
                          "it with --transpose"_s),
        qPrintable(flat.err));
    QVERIFY(!QFile::exists(out));
    const auto turned = runChipCompare({ u"import"_s, sheet, u"--out"_s, out, u"--transpose"_s });
    QCOMPARE(turned.exitCode, 0);
    const auto catalog = CatalogReader::readFile(out);
    QVERIFY(catalog.ok());
    QCOMPARE(catalog.catalog.chips.size(), 3);
    QCOMPARE(catalog.catalog.chips[2].name, u"H200 NVL"_s);
    QCOMPARE(catalog.catalog.chips[2].canonical(SpecField::MemoryBandwidth), std::optional<double>(4800.0));
    // A flat table whose names happen to be short is not taken for a transposed one.
    const QString plain = writeTestFile(dir, u"plain.csv"_s, "GPU,TDP (W),Memory (GB)\nA,100,16\nB,200,32\n");
    QCOMPARE(runChipCompare({ u"import"_s, plain, u"--out"_s, dir.filePath(u"plain.json"_s) }).exitCode, 0);
}

// Issue 22 item 2: an id made from a name that is also a built-in id ("NVIDIA H20" -> nvidia-h20)
// is said, with what loading it will do and how to keep it apart; --id-prefix does.
void TestImporter::idsSharedWithTheBuiltInCatalogAreSaid()
{
    QTemporaryDir dir;
    const QString sheet = writeTestFile(dir, u"clash.csv"_s, "name,TDP (W)\nNVIDIA H20,350\nMy Chip,100\n");
    const QString out = dir.filePath(u"clash.json"_s);
    const auto result = runChipCompare({ u"import"_s, sheet, u"--out"_s, out });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.err.contains(u"1 chip with an id of the built-in catalog (nvidia-h20): loaded over it, each "
                            "merges with that chip field by field; --id-prefix keeps them apart"_s),
        qPrintable(result.err));
    const auto prefixed = runChipCompare({ u"import"_s, sheet, u"--out"_s, out, u"--id-prefix"_s, u"lab"_s });
    QCOMPARE(prefixed.exitCode, 0);
    QVERIFY2(!prefixed.err.contains(u"an id of the built-in catalog"_s), qPrintable(prefixed.err));
    QVERIFY(CatalogReader::readFile(out).catalog.chip(u"lab-nvidia-h20"_s));
}

QTEST_MAIN(TestImporter)
#include "tst_importer.moc"
