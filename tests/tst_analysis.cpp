#include "analysis/comparison.h"
#include "analysis/derivedmetrics.h"
#include "analysis/llmfit.h"
#include "analysis/metrics.h"
#include "io/catalogreader.h"

#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A chip with only the given canonical values (no sources needed for arithmetic).
Chip chipWith(std::initializer_list<std::pair<SpecField, double>> values)
{
    Chip chip;
    chip.id = u"test-chip"_s;
    chip.name = u"Test"_s;
    for (const auto& [field, value] : values) {
        SourcedNumber number;
        number.value = value;
        number.canonical = value;
        number.unit = Units::canonicalUnit(specFieldInfo(field).dimension);
        chip.setSpec(field, SpecValue { number, {} });
    }
    return chip;
}

bool near(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void derivedMetricsMatchHandComputedValues();
    void derivedMetricsAreUnknownWhenAnInputIsUnknown();
    void tppTakesTheLargestPrecision();
    void eccnBands_data();
    void eccnBands();
    void theH20SitsJustUnderThe2023Thresholds();
    void derivedMetricsAreInTheMetricTable();
    void llmFitMatchesHandComputedValues_data();
    void llmFitMatchesHandComputedValues();
    void llmFitIsUnknownWithoutItsInputs();
    void llmFitRejectsBadInput_data();
    void llmFitRejectsBadInput();
    void llmPresetsComeFromModelCards();
    void comparisonMarksTheBestKnownValue();
    void comparisonRatiosToTheBaseline();
    void comparisonDifferencesOnlyHidesEqualRows();
    void comparisonMachineTableUsesListKeys();

private:
    Catalog m_catalog;
};

void TestAnalysis::initTestCase()
{
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    m_catalog = result.catalog;
}

void TestAnalysis::derivedMetricsMatchHandComputedValues()
{
    const Chip& h100 = *m_catalog.chip(u"nvidia-h100-sxm"_s);
    QVERIFY(near(Derived::bandwidthPerGb(h100), 3350.0 / 80.0)); // 41.875 GB/s per GB
    QVERIFY(near(Derived::flopPerByte(h100), 989.4e12 / 3.35e12)); // 295.34 FLOP/B
    QVERIFY(near(Derived::tflopsPerWatt(h100), 989.4 / 700.0)); // 1.413 TFLOPS/W
    QVERIFY(near(Derived::totalProcessingPerformance(h100), 1978.9 * 8)); // 15,831.2 (FP8)
    QVERIFY(near(Derived::performanceDensity(h100), 1978.9 * 8 / 814.0)); // 19.45
    const Chip& a100 = *m_catalog.chip(u"nvidia-a100-80gb-sxm"_s);
    QVERIFY(near(Derived::totalProcessingPerformance(a100), 4992.0)); // 312 × 16 = 624 × 8
    QVERIFY(near(Derived::performanceDensity(a100), 4992.0 / 826.0)); // 6.04
    const Chip& hanguang = *m_catalog.chip(u"alibaba-hanguang-800"_s);
    QVERIFY(near(Derived::totalProcessingPerformance(hanguang), 825.0 * 8)); // INT8 only: 6,600
}

void TestAnalysis::derivedMetricsAreUnknownWhenAnInputIsUnknown()
{
    const Chip& hanguang = *m_catalog.chip(u"alibaba-hanguang-800"_s); // no bandwidth, no BF16
    QVERIFY(!Derived::bandwidthPerGb(hanguang));
    QVERIFY(!Derived::flopPerByte(hanguang));
    QVERIFY(!Derived::tflopsPerWatt(hanguang));
    const Chip& zhenwu = *m_catalog.chip(u"alibaba-zhenwu-810e"_s); // no bandwidth, no die area
    QVERIFY(!Derived::bandwidthPerGb(zhenwu));
    QVERIFY(!Derived::performanceDensity(zhenwu));
    QVERIFY(near(Derived::tflopsPerWatt(zhenwu), 119.0 / 400.0));
    const Chip empty = chipWith({});
    QVERIFY(!Derived::totalProcessingPerformance(empty));
    QCOMPARE(Derived::eccnBand(empty), Derived::EccnBand::Unknown);
}

void TestAnalysis::tppTakesTheLargestPrecision()
{
    QVERIFY(near(Derived::totalProcessingPerformance(chipWith({ { SpecField::Bf16Dense, 100 } })), 1600));
    QVERIFY(near(Derived::totalProcessingPerformance(
                     chipWith({ { SpecField::Bf16Dense, 100 }, { SpecField::Fp8Dense, 250 } })),
        2000));
    QVERIFY(near(Derived::totalProcessingPerformance(
                     chipWith({ { SpecField::Bf16Dense, 100 }, { SpecField::Int8Dense, 150 } })),
        1600));
}

void TestAnalysis::eccnBands_data()
{
    QTest::addColumn<double>("bf16");
    QTest::addColumn<double>("dieArea"); // 0: unknown
    QTest::addColumn<int>("band");
    using B = Derived::EccnBand;
    QTest::newRow("TPP exactly 4800 is a.1") << 300.0 << 0.0 << int(B::A1);
    QTest::newRow("TPP 1600, density 5.93 is a.2") << 100.0 << 270.0 << int(B::A2);
    QTest::newRow("TPP 3000, density 3.0 is b.1") << 187.5 << 1000.0 << int(B::B1);
    QTest::newRow("TPP 2000, density 4.0 is b.2") << 125.0 << 500.0 << int(B::B2);
    QTest::newRow("TPP 2000, density 2.0 is below") << 125.0 << 1000.0 << int(B::Below);
    QTest::newRow("TPP 1000 is below whatever the die") << 62.5 << 0.0 << int(B::Below);
    QTest::newRow("TPP 2000 without a die area is undetermined") << 125.0 << 0.0 << int(B::Undetermined);
}

void TestAnalysis::eccnBands()
{
    QFETCH(double, bf16);
    QFETCH(double, dieArea);
    QFETCH(int, band);
    Chip chip = dieArea > 0 ? chipWith({ { SpecField::Bf16Dense, bf16 }, { SpecField::DieArea, dieArea } })
                            : chipWith({ { SpecField::Bf16Dense, bf16 } });
    QCOMPARE(int(Derived::eccnBand(chip)), band);
}

void TestAnalysis::theH20SitsJustUnderThe2023Thresholds()
{
    const Chip& h20 = *m_catalog.chip(u"nvidia-h20"_s);
    const auto tpp = Derived::totalProcessingPerformance(h20);
    const auto density = Derived::performanceDensity(h20);
    QVERIFY(near(tpp, 2368.0)); // under 2,400 (b.1)
    QVERIFY(near(density, 2368.0 / 814.0)); // 2.91, under 3.2 (b.2)
    QCOMPARE(Derived::eccnBand(h20), Derived::EccnBand::Below);
    QCOMPARE(Derived::eccnBandKey(Derived::EccnBand::Below), u"below-3A090"_s);
    QVERIFY(Derived::eccnBandLabel(Derived::EccnBand::Below).contains(u"est."_s));
    QCOMPARE(Derived::eccnBand(*m_catalog.chip(u"nvidia-h100-sxm"_s)), Derived::EccnBand::A1);
}

void TestAnalysis::derivedMetricsAreInTheMetricTable()
{
    for (const auto& [key, csv] : { std::pair { u"bandwidth-per-gb"_s, u"bandwidth_per_gb"_s },
             std::pair { u"flop-per-byte"_s, u"flop_per_byte"_s },
             std::pair { u"tflops-per-w"_s, u"tflops_per_w"_s }, std::pair { u"tpp"_s, u"tpp"_s } }) {
        const Metric* metric = Metrics::find(key);
        QVERIFY2(metric, qPrintable(key));
        QCOMPARE(metric->csvKey, csv);
        QVERIFY(metric->isDerived());
        QVERIFY(!metric->formula.isEmpty());
        QVERIFY(!metric->derivedFrom.isEmpty());
        QCOMPARE(Metrics::find(csv), metric);
    }
}

void TestAnalysis::llmFitMatchesHandComputedValues_data()
{
    QTest::addColumn<QString>("chip");
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("active");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<double>("usable");
    QTest::addColumn<int>("chips");
    QTest::addColumn<double>("tokensPerSecond");
    // The example: 64 GB of weights fit 72 GB usable; 3.35e12 / 64e9.
    QTest::newRow("32B BF16 on H100 SXM")
        << u"nvidia-h100-sxm"_s << 32e9 << 32e9 << u"bf16"_s << 0.9 << 1 << 52.34375;
    QTest::newRow("an exact fit needs no second chip")
        << u"nvidia-h100-sxm"_s << 36e9 << 36e9 << u"bf16"_s << 0.9 << 1 << 3.35e12 / 72e9;
    QTest::newRow("70.6B BF16 needs two H100s, twice the bandwidth")
        << u"nvidia-h100-sxm"_s << 70.6e9 << 70.6e9 << u"bf16"_s << 0.9 << 2 << 2 * 3.35e12 / 141.2e9;
    QTest::newRow("MoE 235B/22B FP8 on H20")
        << u"nvidia-h20"_s << 235e9 << 22e9 << u"fp8"_s << 0.9 << 3 << 3 * 4.0e12 / 22e9;
    QTest::newRow("INT4 halves the bytes")
        << u"nvidia-h20"_s << 70e9 << 70e9 << u"int4"_s << 0.9 << 1 << 4.0e12 / 35e9;
    QTest::newRow("a smaller usable fraction")
        << u"nvidia-h100-sxm"_s << 32e9 << 32e9 << u"int8"_s << 0.3 << 2 << 2 * 3.35e12 / 32e9;
}

void TestAnalysis::llmFitMatchesHandComputedValues()
{
    QFETCH(QString, chip);
    QFETCH(double, params);
    QFETCH(double, active);
    QFETCH(QString, precision);
    QFETCH(double, usable);
    QFETCH(int, chips);
    QFETCH(double, tokensPerSecond);
    const LlmFit::Input input { params, active, *LlmFit::precisionFromKey(precision), usable };
    QVERIFY(!LlmFit::validate(input));
    const auto result = LlmFit::evaluate(*m_catalog.chip(chip), input);
    QCOMPARE(result.chipsNeeded, std::optional<int>(chips));
    QVERIFY2(near(result.decodeTokensPerSecondUpper, tokensPerSecond),
        qPrintable(QString::number(result.decodeTokensPerSecondUpper.value_or(-1), 'g', 12)));
}

void TestAnalysis::llmFitIsUnknownWithoutItsInputs()
{
    const LlmFit::Input input { 32e9, 32e9, LlmFit::Precision::Bf16, 0.9 };
    // Memory known, bandwidth not: how many chips is known, the speed is not.
    const auto zhenwu = LlmFit::evaluate(*m_catalog.chip(u"alibaba-zhenwu-810e"_s), input);
    QCOMPARE(zhenwu.chipsNeeded, std::optional<int>(1));
    QVERIFY(!zhenwu.decodeTokensPerSecondUpper);
    // Nothing known about memory.
    const auto s60 = LlmFit::evaluate(*m_catalog.chip(u"enflame-s60"_s), input);
    QVERIFY(!s60.chipsNeeded);
    QVERIFY(!s60.decodeTokensPerSecondUpper);
    QCOMPARE(s60.weightBytes, 64e9);
}

void TestAnalysis::llmFitRejectsBadInput_data()
{
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("active");
    QTest::addColumn<double>("usable");
    QTest::addColumn<QString>("message");
    const double nan = std::nan("");
    QTest::newRow("zero parameters") << 0.0 << 1.0 << 0.9 << u"parameter count must be a positive number"_s;
    QTest::newRow("negative parameters")
        << -5.0 << 1.0 << 0.9 << u"parameter count must be a positive number"_s;
    QTest::newRow("NaN parameters") << nan << 1.0 << 0.9 << u"parameter count must be a positive number"_s;
    QTest::newRow("infinite parameters")
        << qInf() << 1.0 << 0.9 << u"parameter count must be a positive number"_s;
    QTest::newRow("zero active") << 1e9 << 0.0 << 0.9
                                 << u"active parameter count must be a positive number"_s;
    QTest::newRow("more active than total") << 1e9 << 2e9 << 0.9 << u"cannot exceed the total"_s;
    QTest::newRow("no usable memory") << 1e9 << 1e9 << 0.0 << u"usable memory fraction"_s;
    QTest::newRow("more than all memory") << 1e9 << 1e9 << 1.5 << u"usable memory fraction"_s;
    QTest::newRow("NaN usable") << 1e9 << 1e9 << nan << u"usable memory fraction"_s;
}

void TestAnalysis::llmFitRejectsBadInput()
{
    QFETCH(double, params);
    QFETCH(double, active);
    QFETCH(double, usable);
    QFETCH(QString, message);
    const auto problem = LlmFit::validate({ params, active, LlmFit::Precision::Bf16, usable });
    QVERIFY(problem);
    QVERIFY2(problem->contains(message), qPrintable(*problem));
}

void TestAnalysis::llmPresetsComeFromModelCards()
{
    QVERIFY(LlmFit::presets().size() >= 8);
    for (const auto& preset : LlmFit::presets()) {
        QVERIFY(preset.source.startsWith(u"https://"_s));
        QVERIFY(
            !LlmFit::validate({ preset.parameters, preset.activeParameters, LlmFit::Precision::Bf16, 0.9 }));
    }
    const auto* moe = LlmFit::findPreset(u"qwen3-235b-a22b"_s);
    QVERIFY(moe);
    QCOMPARE(moe->parameters, 235e9);
    QCOMPARE(moe->activeParameters, 22e9);
    QVERIFY(LlmFit::findPreset(u"Qwen3-32B"_s));
    QVERIFY(!LlmFit::findPreset(u"gpt-9"_s));
    QCOMPARE(LlmFit::bytesPerParameter(LlmFit::Precision::Int4), 0.5);
    QVERIFY(!LlmFit::precisionFromKey(u"fp4"_s));
}

void TestAnalysis::comparisonMarksTheBestKnownValue()
{
    const QVector<const Chip*> chips { m_catalog.chip(u"nvidia-h20"_s), m_catalog.chip(u"nvidia-h100-sxm"_s),
        m_catalog.chip(u"alibaba-zhenwu-810e"_s) };
    const Comparison comparison = Comparison::build(chips);
    auto row = [&](const QString& key) {
        for (const auto& r : comparison.rows)
            if (r.attribute->key == key)
                return r;
        return ComparisonRow();
    };
    // Higher is better; the unknown Zhenwu bandwidth is never best.
    const auto bandwidth = row(u"bandwidth_gbs"_s);
    QCOMPARE(bandwidth.cells[0].best, true);
    QCOMPARE(bandwidth.cells[1].best, false);
    QCOMPARE(bandwidth.cells[2].known, false);
    QCOMPARE(bandwidth.cells[2].best, false);
    // Lower is better for TDP, and a tie is shared.
    const auto tdp = row(u"tdp_w"_s);
    QCOMPARE(tdp.cells[0].best, true);
    QCOMPARE(tdp.cells[1].best, false);
    QCOMPARE(tdp.cells[2].best, true);
    // One known value is nothing to compare: no best.
    const auto fp8
        = Comparison::build({ m_catalog.chip(u"nvidia-h20"_s), m_catalog.chip(u"huawei-ascend-910b"_s) });
    for (const auto& r : fp8.rows) {
        if (r.attribute->key == u"fp8_tflops"_s)
            QVERIFY(!r.cells[0].best && !r.cells[1].best);
    }
    // Text rows have no best.
    for (const auto& cell : row(u"cuda_compat"_s).cells)
        QVERIFY(!cell.best);
}

void TestAnalysis::comparisonRatiosToTheBaseline()
{
    const Comparison comparison
        = Comparison::build({ m_catalog.chip(u"nvidia-h20"_s), m_catalog.chip(u"nvidia-h100-sxm"_s),
                                m_catalog.chip(u"alibaba-zhenwu-810e"_s) },
            0);
    for (const auto& row : comparison.rows) {
        if (row.attribute->key == u"bandwidth_gbs"_s) {
            QCOMPARE(row.cells[0].ratio, std::optional<double>(1.0));
            QVERIFY(near(row.cells[1].ratio, 3350.0 / 4000.0));
            QVERIFY(!row.cells[2].ratio); // unknown value: no ratio
        }
        if (row.attribute->key == u"bf16_tflops"_s)
            QVERIFY(near(row.cells[1].ratio, 989.4 / 148.0));
        if (!row.attribute->metric)
            QVERIFY(!row.cells[1].ratio);
    }
    QCOMPARE(Comparison::ratioText(989.4 / 148.0), u"6.69×"_s);
    const DataTable human = comparison.toHumanTable(false, false);
    QCOMPARE(human.headers[2], u"H20 (baseline)"_s);
    bool found = false;
    for (const auto& cells : human.rows) {
        if (cells[1].text == u"Memory bandwidth (GB/s)"_s) {
            QCOMPARE(cells[2].text, u"4,000 ★"_s);
            QCOMPARE(cells[3].text, u"3,350† (0.838×)"_s); // sources disagree on the H100's bandwidth
            QCOMPARE(cells[4].kind, DataCell::Kind::Unknown);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestAnalysis::comparisonDifferencesOnlyHidesEqualRows()
{
    const Chip* h100 = m_catalog.chip(u"nvidia-h100-sxm"_s);
    const Chip* h200 = m_catalog.chip(u"nvidia-h200-sxm"_s);
    QVERIFY(Comparison::build({}).rows.isEmpty());
    const Comparison same = Comparison::build({ h100, h100 });
    QVERIFY(same.visibleRows(true).isEmpty());
    QCOMPARE(same.visibleRows(false).size(), Comparison::attributes().size());
    const Comparison different = Comparison::build({ h100, h200 });
    QStringList keys;
    for (const auto* row : different.visibleRows(true))
        keys.append(row->attribute->key);
    QVERIFY(keys.contains(u"memory_gb"_s));
    QVERIFY(keys.contains(u"memory_type"_s)); // HBM3 vs HBM3e
    QVERIFY(!keys.contains(u"vendor"_s));
    QVERIFY(!keys.contains(u"cuda_compat"_s));
    QVERIFY(!keys.contains(u"tdp_w"_s)); // both 700 W
}

void TestAnalysis::comparisonMachineTableUsesListKeys()
{
    const Comparison comparison
        = Comparison::build({ m_catalog.chip(u"nvidia-h20"_s), m_catalog.chip(u"huawei-ascend-910c"_s) }, 0);
    const DataTable table = comparison.toMachineTable(false);
    QCOMPARE(table.keys, (QStringList { u"attribute"_s, u"nvidia-h20"_s, u"huawei-ascend-910c"_s }));
    QStringList attributes;
    for (const auto& cells : table.rows)
        attributes.append(cells[0].text);
    for (const auto& key : { u"memory_gb"_s, u"bandwidth_gbs"_s, u"bf16_tflops"_s, u"fp8_tflops"_s,
             u"int8_tops"_s, u"tdp_w"_s, u"cuda_compat"_s, u"software_stack"_s, u"bandwidth_per_gb"_s,
             u"flop_per_byte"_s, u"tflops_per_w"_s, u"tpp"_s, u"memory_gb_ratio"_s })
        QVERIFY2(attributes.contains(key), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
