// Systems in the catalog format (issue 23, section 3): read, written and read back; refused when
// they name a chip the catalog lacks or no chips; each figure sourced or derived from its chip;
// and SemiAnalysis's comparison of CloudMatrix 384 with GB200 NVL72 reproduced from the catalog.

#include "analysis/comparison.h"
#include "analysis/systems.h"
#include "analysis/systemschart.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "testprocess.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray catalogWith(const QByteArray& system)
{
    return R"({"format": "chipcompare-catalog", "version": 2,
  "sources": [{"id": "s", "title": "S", "kind": "press"}],
  "systems": [)"
        + system + R"(],
  "chips": [{"id": "x1", "name": "X1", "vendor": "X", "status": "shipping",
             "memory_capacity": {"value": 100, "unit": "GB", "source": "s", "confidence": "reported"},
             "bf16_dense": {"value": 1000, "unit": "TFLOPS", "source": "s", "confidence": "rumored"}}]})";
}
} // namespace

class TestSystems : public QObject
{
    Q_OBJECT
private slots:
    void figuresAreSourcedOrDerived();
    void systemsReadBackAsWritten();
    void badSystemsAreRefused_data();
    void badSystemsAreRefused();
    void cloudMatrixAgainstNvl72();
    void systemsCommandListsThem();
    void systemsCompareSideBySide();
    void compareCommandTakesSystems();
    void chartDataOfAFigureMarksDerivedBars();
};

void TestSystems::figuresAreSourcedOrDerived()
{
    const auto read = CatalogReader::read(catalogWith(R"({"id": "rack", "name": "Rack", "chip": "x1",
        "chips_per_system": 8, "memory_bandwidth": {"value": 20, "unit": "TB/s", "source": "s", "confidence": "official"},
        "power": {"value": 12, "unit": "kW", "source": "s", "confidence": "reported"}})"),
        u"rack.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.problems.isEmpty() ? QString() : read.problems.first().toString()));
    const ChipSystem& rack = read.catalog.systems.first();
    // Given for the system: sourced, its own confidence.
    const auto bandwidth = Systems::figure(read.catalog, rack, SystemField::MemoryBandwidth);
    QCOMPARE(bandwidth.value, std::optional<double>(20000.0));
    QVERIFY(!bandwidth.derived);
    QCOMPARE(bandwidth.confidence, Confidence::Official);
    // Not given: the chip × 8, derived, as sure as the chip's value.
    const auto memory = Systems::figure(read.catalog, rack, SystemField::TotalMemory);
    QCOMPARE(memory.value, std::optional<double>(800.0));
    QVERIFY(memory.derived);
    const auto compute = Systems::figure(read.catalog, rack, SystemField::Bf16Dense);
    QCOMPARE(compute.value, std::optional<double>(8000.0));
    QCOMPARE(compute.confidence, Confidence::Rumored);
    // Unknown for the chip: unknown for the system. Power is never derived from the chips.
    QVERIFY(!Systems::figure(read.catalog, rack, SystemField::Fp8Dense).value);
    QCOMPARE(Systems::bf16TflopsPerWatt(read.catalog, rack), std::optional<double>(8000.0 / 12000.0));
    const DataTable table = Systems::table(read.catalog, { &rack });
    const qsizetype basis = table.keys.indexOf(u"total_memory_tb_basis"_s);
    QVERIFY(basis > 0);
    QCOMPARE(table.rows.first()[basis].text, u"derived"_s);
    QCOMPARE(table.rows.first()[table.keys.indexOf(u"memory_bandwidth_tbs_basis"_s)].text, u"sourced"_s);
}

void TestSystems::systemsReadBackAsWritten()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    QVERIFY(builtIn.catalog.system(u"huawei-cloudmatrix-384"_s));
    const QByteArray written = CatalogWriter::toJson(builtIn.catalog);
    const auto again = CatalogReader::read(written, u"again.json"_s);
    QVERIFY(again.ok());
    QCOMPARE(again.catalog.systems.size(), builtIn.catalog.systems.size());
    QCOMPARE(CatalogWriter::toJson(again.catalog), written);
    const ChipSystem* cm = again.catalog.system(u"huawei-cloudmatrix-384"_s);
    QCOMPARE(cm->chipsPerSystem, 384);
    QCOMPARE(cm->chipId, u"huawei-ascend-910c"_s);
    QCOMPARE(cm->figure(SystemField::Power)->canonical, 559000.0);
}

void TestSystems::badSystemsAreRefused_data()
{
    QTest::addColumn<QByteArray>("system");
    QTest::addColumn<QString>("message");
    QTest::newRow("a chip the catalog lacks")
        << QByteArray(R"({"id": "rack", "name": "Rack", "chip": "nvidia-b900", "chips_per_system": 8})")
        << u"system 'rack': field 'chip': chip 'nvidia-b900' is not in the catalog's chips"_s;
    QTest::newRow("no chips")
        << QByteArray(R"({"id": "rack", "name": "Rack", "chip": "x1", "chips_per_system": 0})")
        << u"system 'rack': field 'chips_per_system': must be a whole number of chips, at least 1"_s;
    QTest::newRow("a negative count")
        << QByteArray(R"({"id": "rack", "name": "Rack", "chip": "x1", "chips_per_system": -72})")
        << u"must be a whole number of chips, at least 1"_s;
    QTest::newRow("no count") << QByteArray(R"({"id": "rack", "name": "Rack", "chip": "x1"})")
                              << u"field 'chips_per_system': is required"_s;
    QTest::newRow("a power in the wrong unit") << QByteArray(
        R"({"id": "rack", "name": "Rack", "chip": "x1", "chips_per_system": 8, "power": {"value": 5, "unit": "GB", "source": "s", "confidence": "reported"}})")
                                               << u"unit 'GB' does not fit this field"_s;
    QTest::newRow("a system without an id is named by its place") << QByteArray(
        R"({"name": "Rack", "chip": "x1"})") << u"system '#1': field 'chips_per_system': is required"_s;
    QTest::newRow("a misspelt figure")
        << QByteArray(R"({"id": "rack", "name": "Rack", "chip": "x1", "chips_per_system": 8, "powr": 5})")
        << u"powr"_s;
}

void TestSystems::badSystemsAreRefused()
{
    QFETCH(QByteArray, system);
    QFETCH(QString, message);
    const auto read = CatalogReader::read(catalogWith(system), u"rack.json"_s);
    QVERIFY(!read.ok());
    QStringList problems;
    for (const auto& problem : read.problems)
        problems.append(problem.toString());
    QVERIFY2(problems.join(u'\n').contains(message), qPrintable(problems.join(u'\n')));
    QVERIFY2(
        problems.first().startsWith(u"rack.json:"_s) && problems.first().section(u':', 1, 1).toInt() >= 3,
        qPrintable(problems.first())); // with its place in the file
}

// SemiAnalysis: "1.7x the compute at 3.9x the power" (CloudMatrix 384 against GB200 NVL72).
void TestSystems::cloudMatrixAgainstNvl72()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    const Catalog& catalog = builtIn.catalog;
    const ChipSystem* cm = catalog.system(u"huawei-cloudmatrix-384"_s);
    const ChipSystem* nvl = catalog.system(u"nvidia-gb200-nvl72"_s);
    QVERIFY(cm && nvl);
    const double compute = *Systems::figure(catalog, *cm, SystemField::Bf16Dense).value
        / *Systems::figure(catalog, *nvl, SystemField::Bf16Dense).value;
    const double power = *Systems::figure(catalog, *cm, SystemField::Power).value
        / *Systems::figure(catalog, *nvl, SystemField::Power).value;
    QCOMPARE(qRound(compute * 10), 17);
    QCOMPARE(qRound(power * 10), 39);
    // And 2.3 times less efficient per TFLOP.
    QCOMPARE(
        qRound(*Systems::bf16TflopsPerWatt(catalog, *nvl) / *Systems::bf16TflopsPerWatt(catalog, *cm) * 10),
        23);
}

void TestSystems::systemsCommandListsThem()
{
    const auto csv = runChipCompare({ u"systems"_s, u"--format"_s, u"csv"_s });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith(
        u"id,name,vendor,year,status,chip,chips_per_system,total_memory_tb,total_memory_tb_basis,"_s));
    QVERIFY2(
        csv.out.contains(
            u"\nhuawei-cloudmatrix-384,Huawei CloudMatrix 384,Huawei,2025,shipping,huawei-ascend-910c,384,49.2,sourced,"_s),
        qPrintable(csv.out));
    const auto one = runChipCompare({ u"systems"_s, u"nvidia-gb200-nvl72"_s, u"--format"_s, u"json"_s });
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains(u"\"fp8_pflops_basis\": \"derived\""_s));
    const auto unknown = runChipCompare({ u"systems"_s, u"nvidia-nvl999"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"unknown system id 'nvidia-nvl999'"_s));
}

// Issue 23 §3: compare takes systems. SemiAnalysis's "1.7× the compute at 3.9× the power" is the
// comparison's own ratios, with GB200 NVL72 as the baseline.
void TestSystems::systemsCompareSideBySide()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    const Catalog& catalog = builtIn.catalog;
    const Comparison comparison = Comparison::buildSystems(catalog,
        { catalog.system(u"huawei-cloudmatrix-384"_s), catalog.system(u"nvidia-gb200-nvl72"_s) }, 1);
    QCOMPARE(comparison.ids, (QStringList { u"huawei-cloudmatrix-384"_s, u"nvidia-gb200-nvl72"_s }));
    QVERIFY(comparison.chips.isEmpty());
    const auto row = [&comparison](const QString& key) -> const ComparisonRow& {
        for (const auto& r : comparison.rows) {
            if (r.attribute->key == key)
                return r;
        }
        qFatal("no row %s", qPrintable(key));
    };
    QCOMPARE(qRound(*row(u"bf16_pflops"_s).cells[0].ratio * 10), 17);
    QCOMPARE(qRound(*row(u"power_kw"_s).cells[0].ratio * 10), 39);
    // More compute is better, more power is not: each row's best goes the right way.
    QVERIFY(row(u"bf16_pflops"_s).cells[0].best && !row(u"bf16_pflops"_s).cells[1].best);
    QVERIFY(row(u"power_kw"_s).cells[1].best && !row(u"power_kw"_s).cells[0].best);
    QVERIFY(row(u"bf16_tflops_per_w"_s).cells[1].best);
    // NVL72's FP8 is not published: the chip's × 72, marked; CloudMatrix's is unknown, a dash.
    const ComparisonRow& fp8 = row(u"fp8_pflops"_s);
    QVERIFY(fp8.cells[1].derived && fp8.cells[1].known);
    QCOMPARE(*fp8.cells[1].number, 5000.0 * 72 / 1e3);
    QVERIFY(!fp8.cells[0].known);
    QCOMPARE(row(u"chip"_s).cells[0].text, u"Ascend 910C"_s);
    QCOMPARE(row(u"chip"_s).cells[0].machineText, u"huawei-ascend-910c"_s);

    const DataTable human = comparison.toHumanTable(false, false);
    QCOMPARE(human.headers.mid(2),
        (QStringList { u"Huawei CloudMatrix 384"_s, u"NVIDIA GB200 NVL72 (baseline)"_s }));
    const DataTable machine = comparison.toMachineTable(false);
    QStringList keys;
    for (const auto& r : machine.rows)
        keys.append(r[0].text);
    QVERIFY(keys.contains(u"fp8_pflops_basis"_s) && keys.contains(u"power_kw_ratio"_s));
    QVERIFY(!keys.contains(u"bf16_tflops_per_w_basis"_s)); // per watt is worked out from two figures
}

void TestSystems::compareCommandTakesSystems()
{
    const auto table = runChipCompare({ u"compare"_s, u"huawei-cloudmatrix-384"_s, u"nvidia-gb200-nvl72"_s,
        u"--baseline"_s, u"nvidia-gb200-nvl72"_s });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"300 (1.67×) ★"_s), qPrintable(table.out));
    QVERIFY2(table.out.contains(u"559 (3.86×)"_s), qPrintable(table.out));
    QVERIFY2(table.out.contains(u"≈360"_s), qPrintable(table.out)); // NVL72's FP8, derived
    const auto csv = runChipCompare(
        { u"compare"_s, u"huawei-cloudmatrix-384"_s, u"nvidia-gb200-nvl72"_s, u"--format"_s, u"csv"_s });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.startsWith(u"attribute,huawei-cloudmatrix-384,nvidia-gb200-nvl72\nname,"_s), qPrintable(csv.out));
    QVERIFY2(csv.out.contains(u"\nfp8_pflops,,360\nfp8_pflops_basis,,derived\n"_s), qPrintable(csv.out));
    QVERIFY(csv.out.contains(u"\nchip,huawei-ascend-910c,nvidia-gb200\n"_s));
    // Chips with chips, systems with systems; an id that is neither is named.
    const auto mixed = runChipCompare({ u"compare"_s, u"huawei-cloudmatrix-384"_s, u"nvidia-h20"_s });
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY2(mixed.err.contains(u"'huawei-cloudmatrix-384' is a system and 'nvidia-h20' a chip"_s), qPrintable(mixed.err));
    const auto unknown = runChipCompare({ u"compare"_s, u"nvidia-h20"_s, u"nvidia-nvl999"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown chip or system id 'nvidia-nvl999'"_s), qPrintable(unknown.err));
}

void TestSystems::chartDataOfAFigureMarksDerivedBars()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    const Catalog& catalog = builtIn.catalog;
    QVector<const ChipSystem*> systems;
    for (const auto& system : catalog.systems)
        systems.append(&system);
    // Every numeric column of `chipcompare systems` is a figure to chart, per watt included.
    QStringList keys;
    for (const auto& choice : SystemsChart::choices())
        keys.append(choice.key);
    QCOMPARE(keys,
        (QStringList { u"total_memory_tb"_s, u"memory_bandwidth_tbs"_s, u"bf16_pflops"_s, u"fp8_pflops"_s,
            u"scale_up_bandwidth_tbs"_s, u"power_kw"_s, u"bf16_tflops_per_w"_s }));

    const ChartData bf16 = SystemsChart::build(catalog, systems, u"bf16_pflops"_s);
    QCOMPARE(bf16.title, u"BF16 dense (PFLOPS)"_s);
    QVERIFY(bf16.items.size() >= 2);
    QCOMPARE(bf16.items[0].chipId, u"huawei-cloudmatrix-384"_s); // largest first
    QCOMPARE(bf16.items[0].value, 300.0);
    QCOMPARE(bf16.items[1].chipId, u"nvidia-gb200-nvl72"_s);
    QCOMPARE(bf16.items[1].value, 180.0);
    // A system without the figure (nor a chip figure to derive it from) is n/a, never 0.
    for (const auto& item : bf16.items)
        QVERIFY(item.value > 0);
    QCOMPARE(bf16.items.size() + bf16.unknownLabels.size(), systems.size());

    // The Atlas 950 SuperPoD's memory is its chips' × 8,192: marked on the bar and in the footnote.
    const ChartData memory = SystemsChart::build(catalog, systems, u"total_memory_tb"_s);
    bool sawDerived = false;
    for (const auto& item : memory.items) {
        if (item.chipId == u"huawei-atlas-950-superpod"_s) {
            sawDerived = true;
            QVERIFY2(item.valueText.endsWith(u"≈"_s), qPrintable(item.valueText));
            QVERIFY2(item.tooltip.contains(u"× 8192 chips"_s), qPrintable(item.tooltip));
        }
        if (item.chipId == u"huawei-cloudmatrix-384"_s)
            QCOMPARE(item.valueText, u"49.2"_s); // sourced: no mark
    }
    QVERIFY(sawDerived);
    QVERIFY2(memory.footnote.contains(u"≈ not given for the system"_s), qPrintable(memory.footnote));
    QVERIFY(SystemsChart::build(catalog, systems, u"no_such_figure"_s).items.isEmpty());
}

QTEST_GUILESS_MAIN(TestSystems)
#include "tst_systems.moc"
