// The defects a first real use found (issue "Right on real data"): each test builds data shaped
// like a merged public dataset and checks what a reader of the chart, table or CLI would see.

#include "analysis/chartdata.h"
#include "analysis/comparison.h"
#include "analysis/llmfit.h"
#include "analysis/metrics.h"
#include "analysis/vendorslots.h"
#include "models/metriccolumnextent.h"
#include "catalogfactory.h"
#include "charts/chartbuilder.h"
#include "charts/vendorpalette.h"
#include "core/numberformat.h"
#include "i18n/translations.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace CatalogFactory;

namespace {

const Metric& metric(const QString& key)
{
    const Metric* found = Metrics::find(key);
    Q_ASSERT(found);
    return *found;
}

ChartData barData(const Catalog& catalog, const QString& key, int maxItems = 0)
{
    ChartRequest request;
    request.metric = &metric(key);
    request.maxItems = maxItems;
    return ChartDataBuilder::build(catalog, pointers(catalog), request);
}

// Text items drawn on a chart, after it is laid out at `size`.
// Takes the chart (ChartBuilder::build hands it over) and deletes it.
QStringList drawnTexts(QChart* chart, QSizeF size, QRectF* bounds = nullptr)
{
    const std::unique_ptr<QChart> owned(chart);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    QCoreApplication::processEvents();
    QStringList texts;
    QRectF united;
    for (QGraphicsItem* item : chart->childItems()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item)) {
            texts.append(text->text());
            united |= text->sceneBoundingRect();
        }
    }
    if (bounds)
        *bounds = united;
    scene.removeItem(chart);
    return texts;
}

// Distance between two colours in a roughly perceptual RGB metric ("redmean").
double colourDistance(const QColor& a, const QColor& b)
{
    const double r = (a.red() + b.red()) / 2.0;
    const double dr = a.red() - b.red(), dg = a.green() - b.green(), db = a.blue() - b.blue();
    return std::sqrt((2 + r / 256) * dr * dr + 4 * dg * dg + (2 + (255 - r) / 256) * db * db);
}

} // namespace

class TestRealData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void barsOfChipsWithEqualNamesKeepTheirOwnValues();
    void barAxisHasOneCategoryPerBar();
    void everyVendorOfTwentyFourGetsItsOwnColour();
    void vendorColoursAreStableAcrossFileOrder();
    void vendorsBeyondThePaletteAreGroupedAsOther();
    void legendShowsFullVendorNames();
    void scatterCapKeepsExtremesSelectedAndEveryEra();
    void barCapKeepsTheSelectedChips();
    void tinyValuesNeverPrintAsZero_data();
    void tinyValuesNeverPrintAsZero();
    void chartLabelsOfTinyValuesAreNotZero();
    void comparisonShowsDigitsThatSeparateEqualLookingValues();
    void comparisonTiesOnTheDisplayedValue();
    void rumoredValuesAreNeverBest();
    void ratiosHaveSignificantDigits();
    void derivedValuesTakeTheWeakestInputConfidence();
    void llmFitDoesNotMultiplyGameConsolesIntoAWinner();
    void coincidentPointsAreCounted();
    void selectionOutlinesABarWithoutChangingItsColour();
    void axisTitlesShrinkRatherThanBeingCut();
    void columnExtentIsAsWideAsEveryValue();
};

void TestRealData::initTestCase()
{
    Translations::installEnglish(*QCoreApplication::instance()); // "6 vendors", as in the app
}

void TestRealData::barsOfChipsWithEqualNamesKeepTheirOwnValues()
{
    const Catalog catalog = catalogOf({
        chip(u"gk104-a"_s, u"GK104"_s, u"NVIDIA"_s, { { SpecField::MemoryBandwidth, 192 } }),
        chip(u"gk104-b"_s, u"GK104"_s, u"NVIDIA"_s, { { SpecField::MemoryBandwidth, 160 } }),
        chip(u"gk104-c"_s, u"GK104"_s, u"NVIDIA"_s, {}),
        chip(u"tahiti"_s, u"Tahiti"_s, u"AMD"_s, { { SpecField::MemoryBandwidth, 264 } }),
    });
    const ChartData data = barData(catalog, u"bandwidth-gbs"_s);
    QCOMPARE(data.items.size(), 3);
    QCOMPARE(data.items[0].label, u"Tahiti"_s); // unique names stay as they are
    QCOMPARE(data.items[1].label, u"GK104 (gk104-a)"_s);
    QCOMPARE(data.items[1].value, 192.0);
    QCOMPARE(data.items[2].label, u"GK104 (gk104-b)"_s);
    QCOMPARE(data.items[2].value, 160.0);
    QCOMPARE(data.unknownLabels, QStringList { u"GK104 (gk104-c)"_s });
    QCOMPARE(data.unknownChipIds, QStringList { u"gk104-c"_s });
}

void TestRealData::barAxisHasOneCategoryPerBar()
{
    // Fifty boards share five names: Qt's category axis would merge them and shift the bars.
    QVector<Chip> chips;
    for (int i = 0; i < 50; ++i)
        chips.append(chip(u"board-%1"_s.arg(i), u"GPU %1"_s.arg(i % 5), u"Vendor %1"_s.arg(i % 3),
            { { SpecField::MemoryCapacity, 1.0 + i } }));
    const Catalog catalog = catalogOf(chips);
    const ChartData data = barData(catalog, u"memory-gb"_s);
    std::unique_ptr<QChart> chart(ChartBuilder::build(data, {}));
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), 50);
    // Bottom to top: the last item is the first category; each category's bar holds its own value.
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().value(0));
    QVERIFY(series);
    for (int i = 0; i < data.items.size(); ++i) {
        const int category = int(data.items.size()) - 1 - i;
        QCOMPARE(axis->at(category), data.items[i].label);
        double drawn = 0;
        for (QBarSet* set : series->barSets())
            drawn += set->at(category);
        QCOMPARE(drawn, data.items[i].value);
    }
}

void TestRealData::everyVendorOfTwentyFourGetsItsOwnColour()
{
    const QStringList vendors { u"NVIDIA"_s, u"AMD"_s, u"Intel"_s, u"Amazon"_s, u"Groq"_s, u"Huawei"_s,
        u"Cambricon"_s, u"Google"_s, u"Graphcore"_s, u"Cerebras"_s, u"SambaNova"_s, u"Tenstorrent"_s,
        u"Moore Threads (Tencent)"_s, u"Kunlunxin Baidu"_s, u"Biren"_s, u"Iluvatar CoreX"_s, u"Enflame"_s,
        u"MetaX"_s, u"Alibaba (T-Head)"_s, u"Hygon"_s, u"Qualcomm"_s, u"Microsoft"_s, u"Meta"_s, u"Apple"_s };
    QVector<Chip> chips;
    for (int i = 0; i < vendors.size(); ++i)
        chips.append(chip(u"chip-%1"_s.arg(i), u"Chip %1"_s.arg(i), vendors[i],
            { { SpecField::MemoryBandwidth, 100.0 + i } }));
    const Catalog catalog = catalogOf(chips);
    const ChartData data = barData(catalog, u"bandwidth-gbs"_s);
    QCOMPARE(data.legend.size(), 24);
    QSet<int> slotsSeen;
    for (const auto& item : data.items) {
        QVERIFY2(item.colourSlot >= 0, qPrintable(item.vendor));
        slotsSeen.insert(item.colourSlot);
    }
    QCOMPARE(slotsSeen.size(), 24);
    // The customary colours of the built-in catalog's vendors stay.
    const auto assigned = VendorSlots::assign(catalog);
    QCOMPARE(VendorSlots::slotOf(assigned, u"NVIDIA"_s), 2);
    QCOMPARE(VendorSlots::slotOf(assigned, u"huawei"_s), 4);
    // And the colours are told apart, on light and dark backgrounds.
    for (const bool dark : { false, true }) {
        for (int a = 0; a < VendorPalette::size(); ++a) {
            QVERIFY(colourDistance(VendorPalette::colour(a, dark), VendorPalette::colour(-1, dark)) > 60);
            for (int b = a + 1; b < VendorPalette::size(); ++b)
                QVERIFY2(colourDistance(VendorPalette::colour(a, dark), VendorPalette::colour(b, dark)) > 60,
                    qPrintable(u"slots %1 and %2"_s.arg(a).arg(b)));
        }
    }
}

void TestRealData::vendorColoursAreStableAcrossFileOrder()
{
    Catalog catalog = dateOrdered(400, 30);
    const auto before = VendorSlots::assign(catalog);
    std::shuffle(catalog.chips.begin(), catalog.chips.end(), std::mt19937(7));
    QCOMPARE(VendorSlots::assign(catalog), before);
}

void TestRealData::vendorsBeyondThePaletteAreGroupedAsOther()
{
    const Catalog catalog = dateOrdered(300, 30); // 30 vendors, 10 chips each
    const ChartData data = barData(catalog, u"bandwidth-gbs"_s, 300);
    QCOMPARE(data.legend.size(), VendorSlots::kSlotCount + 1);
    QCOMPARE(data.legend.last().colourSlot, VendorSlots::kOther);
    QCOMPARE(data.legend.last().label, u"Other (6 vendors)"_s);
    QVERIFY(data.footnote.contains(u"Other (grey): vendors beyond the 24 colours"_s));
    int others = 0;
    for (const auto& item : data.items)
        others += item.colourSlot == VendorSlots::kOther ? 1 : 0;
    QCOMPARE(others, 60);
}

void TestRealData::legendShowsFullVendorNames()
{
    QVector<Chip> chips;
    const QStringList vendors { u"Amazon Web Services (Annapurna Labs)"_s, u"Moore Threads (Tencent)"_s,
        u"Kunlunxin Baidu"_s, u"Iluvatar CoreX"_s, u"Shanghai Biren Technology"_s, u"Tenstorrent"_s };
    for (int i = 0; i < vendors.size(); ++i)
        chips.append(
            chip(u"c%1"_s.arg(i), u"C%1"_s.arg(i), vendors[i], { { SpecField::MemoryBandwidth, 10.0 + i } }));
    const Catalog catalog = catalogOf(chips);
    const ChartData data = barData(catalog, u"bandwidth-gbs"_s);
    QRectF bounds;
    const QStringList texts = drawnTexts(ChartBuilder::build(data, {}), QSizeF(640, 480), &bounds);
    for (const auto& vendor : vendors)
        QVERIFY2(texts.contains(vendor), qPrintable(vendor));
    QVERIFY(QRectF(0, 0, 640, 480).contains(bounds));
}

void TestRealData::scatterCapKeepsExtremesSelectedAndEveryEra()
{
    const Catalog catalog = dateOrdered(5000, 25);
    ChartRequest request;
    request.kind = ChartRequest::Kind::Scatter;
    request.x = &metric(u"memory-gb"_s);
    request.y = &metric(u"bandwidth-gbs"_s);
    request.maxItems = 200;
    request.keepChipIds = { u"chip-1234"_s, u"chip-77"_s };
    const ChartData data = ChartDataBuilder::build(catalog, pointers(catalog), request);
    QCOMPARE(data.items.size(), 200);
    QStringList ids;
    for (const auto& item : data.items)
        ids.append(item.chipId);
    for (const QString& id : { u"chip-0"_s, u"chip-4999"_s, u"chip-1234"_s, u"chip-77"_s })
        QVERIFY2(ids.contains(id), qPrintable(id));
    // Every tenth of the catalog (every era) is represented.
    QVector<int> perDecile(10, 0);
    for (const auto& id : ids)
        ++perDecile[id.mid(5).toInt() / 500];
    for (int decile = 0; decile < 10; ++decile)
        QVERIFY2(perDecile[decile] >= 10, qPrintable(u"decile %1: %2"_s.arg(decile).arg(perDecile[decile])));
    QVERIFY(
        data.footnote.contains(u"Showing 200 of 5,000 chips with both values: the extremes on each axis"_s));
    // Deterministic.
    const ChartData again = ChartDataBuilder::build(catalog, pointers(catalog), request);
    QCOMPARE(again.items.size(), data.items.size());
    for (int i = 0; i < data.items.size(); ++i)
        QCOMPARE(again.items[i].chipId, data.items[i].chipId);
}

void TestRealData::barCapKeepsTheSelectedChips()
{
    const Catalog catalog = dateOrdered(1000, 5);
    ChartRequest request;
    request.metric = &metric(u"bandwidth-gbs"_s);
    request.maxItems = 10;
    request.keepChipIds = { u"chip-3"_s };
    const ChartData data = ChartDataBuilder::build(catalog, pointers(catalog), request);
    QCOMPARE(data.items.size(), 10);
    QCOMPARE(data.items.first().chipId, u"chip-999"_s); // the largest first
    QCOMPARE(data.items.last().chipId, u"chip-3"_s); // the selected one is kept, in value order
    QVERIFY(data.footnote.contains(u"the selected ones, then the largest"_s));
}

void TestRealData::tinyValuesNeverPrintAsZero_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("a 32 KB frame buffer in GB") << 3.2e-05 << u"0.000032"_s;
    QTest::newRow("half a GB") << 0.5 << u"0.5"_s;
    QTest::newRow("four significant digits below one") << 0.123456 << u"0.1235"_s;
    QTest::newRow("thousands grouped") << 3350.0 << u"3,350"_s;
    QTest::newRow("no float noise") << 3350.0000000000005 << u"3,350"_s;
    QTest::newRow("large values keep every digit before the point") << 123456.7 << u"123,457"_s;
    QTest::newRow("below a millionth uses an exponent") << 4.2e-9 << u"4.200e-09"_s;
    QTest::newRow("the last value with every digit") << 999999999999999.0 << u"999,999,999,999,999"_s;
    QTest::newRow("beyond a double's digits uses an exponent, not invented digits") << 1e30 << u"1.000e+30"_s;
}

void TestRealData::tinyValuesNeverPrintAsZero()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::formatNumber(value), text);
}

void TestRealData::chartLabelsOfTinyValuesAreNotZero()
{
    const Catalog catalog = catalogOf(
        { chip(u"tiny"_s, u"1985 board"_s, u"ATI"_s, { { SpecField::MemoryCapacity, 3.2e-05 } }) });
    const ChartData data = barData(catalog, u"memory-gb"_s);
    QCOMPARE(data.items.first().valueText, u"0.000032 GB"_s);
}

void TestRealData::comparisonShowsDigitsThatSeparateEqualLookingValues()
{
    const Chip a = chip(u"a"_s, u"A"_s, u"V"_s, { { SpecField::Fp8Dense, 1978.9 } });
    const Chip b = chip(u"b"_s, u"B"_s, u"V"_s, { { SpecField::Fp8Dense, 1979 } });
    const Comparison comparison = Comparison::build({ &a, &b });
    const auto row = std::find_if(comparison.rows.begin(), comparison.rows.end(),
        [](const ComparisonRow& r) { return r.attribute->key == u"fp8_tflops"_s; });
    QVERIFY(row != comparison.rows.end());
    QCOMPARE(row->cells[0].text, u"1,978.9"_s);
    QCOMPARE(row->cells[1].text, u"1,979"_s);
    QVERIFY(!row->cells[0].best);
    QVERIFY(row->cells[1].best);
    QVERIFY(!row->allEqual);
}

void TestRealData::comparisonTiesOnTheDisplayedValue()
{
    // Differences past eight significant digits are float noise: shown equal, judged equal.
    const Chip a = chip(u"a"_s, u"A"_s, u"V"_s, { { SpecField::Fp8Dense, 1979.0000000001 } });
    const Chip b = chip(u"b"_s, u"B"_s, u"V"_s, { { SpecField::Fp8Dense, 1979 } });
    const Comparison comparison = Comparison::build({ &a, &b });
    const auto row = std::find_if(comparison.rows.begin(), comparison.rows.end(),
        [](const ComparisonRow& r) { return r.attribute->key == u"fp8_tflops"_s; });
    QCOMPARE(row->cells[0].text, row->cells[1].text);
    QVERIFY(row->cells[0].best && row->cells[1].best);
    QVERIFY(row->allEqual);
    QVERIFY(!comparison.visibleRows(true).contains(&*row));
}

void TestRealData::rumoredValuesAreNeverBest()
{
    const Chip rumored
        = chip(u"r"_s, u"Rumored"_s, u"V"_s, { { SpecField::MemoryCapacity, 288 } }, Confidence::Rumored);
    const Chip reported = chip(u"o"_s, u"Reported"_s, u"V"_s, { { SpecField::MemoryCapacity, 141 } });
    const Chip smaller = chip(u"s"_s, u"Smaller"_s, u"V"_s, { { SpecField::MemoryCapacity, 96 } });
    const Comparison comparison = Comparison::build({ &rumored, &reported, &smaller });
    const auto row = std::find_if(comparison.rows.begin(), comparison.rows.end(),
        [](const ComparisonRow& r) { return r.attribute->key == u"memory_gb"_s; });
    QVERIFY(!row->cells[0].best);
    QVERIFY(row->cells[0].lowConfidence);
    QVERIFY(row->cells[1].best);
    // The human table marks it as the window does.
    const DataTable table = comparison.toHumanTable(false, false);
    bool found = false;
    for (const auto& cells : table.rows) {
        if (cells[1].text == metric(u"memory-gb"_s).axisTitle()) {
            QCOMPARE(cells[2].text, u"288*"_s);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestRealData::ratiosHaveSignificantDigits()
{
    QCOMPARE(Comparison::ratioText(0.0012), u"0.0012×"_s);
    QCOMPARE(Comparison::ratioText(1.19), u"1.19×"_s);
    QCOMPARE(Comparison::ratioText(2), u"2×"_s);
    QCOMPARE(Comparison::ratioText(1234.5), u"1,235×"_s);
}

void TestRealData::derivedValuesTakeTheWeakestInputConfidence()
{
    Chip c600 = chip(u"c600"_s, u"C600"_s, u"MetaX"_s,
        { { SpecField::Bf16Dense, 500 }, { SpecField::Fp8Dense, 1000 }, { SpecField::DieArea, 800 } });
    c600.spec(SpecField::Fp8Dense)->primary.confidence = Confidence::Rumored;
    QCOMPARE(metric(u"tpp"_s).confidence(c600), Confidence::Rumored);
    QVERIFY(metric(u"tpp"_s).isBelowReported(c600));
    QVERIFY(metric(u"performance-density"_s).isBelowReported(c600));
    QVERIFY(!metric(u"bf16-tflops"_s).isBelowReported(c600));
    // Unknown values have no confidence at all.
    QCOMPARE(metric(u"tdp-w"_s).confidence(c600), std::nullopt);
}

void TestRealData::llmFitDoesNotMultiplyGameConsolesIntoAWinner()
{
    const Chip console = chip(u"console"_s, u"Console"_s, u"Sony"_s,
        { { SpecField::MemoryCapacity, 0.000512 }, { SpecField::MemoryBandwidth, 3.2 } });
    const Chip h100 = chip(u"h100"_s, u"H100"_s, u"NVIDIA"_s,
        { { SpecField::MemoryCapacity, 80 }, { SpecField::MemoryBandwidth, 3350 } });
    LlmFit::Input input;
    input.parameters = input.activeParameters = 8e9;
    const auto consoleResult = LlmFit::evaluate(console, input);
    QCOMPARE(consoleResult.fit, LlmFit::Fit::ExceedsMaxChips);
    QVERIFY(consoleResult.chipsNeeded && *consoleResult.chipsNeeded > 8);
    QVERIFY(!consoleResult.decodeTokensPerSecondUpper);
    const auto h100Result = LlmFit::evaluate(h100, input);
    QCOMPARE(h100Result.fit, LlmFit::Fit::Fits);
    QVERIFY(LlmFit::ranksBefore(h100Result, consoleResult));
    QVERIFY(!LlmFit::ranksBefore(consoleResult, h100Result));
    // Without a limit the arithmetic is what it is, and says so.
    input.maxChips = 0;
    QVERIFY(LlmFit::evaluate(console, input).decodeTokensPerSecondUpper);
}

void TestRealData::coincidentPointsAreCounted()
{
    const Catalog catalog = catalogOf({
        chip(u"l600"_s, u"L600"_s, u"Enflame"_s,
            { { SpecField::MemoryCapacity, 144 }, { SpecField::MemoryBandwidth, 3600 } }),
        chip(u"c600"_s, u"C600"_s, u"MetaX"_s,
            { { SpecField::MemoryCapacity, 144 }, { SpecField::MemoryBandwidth, 3600 } }),
        chip(u"h20"_s, u"H20"_s, u"NVIDIA"_s,
            { { SpecField::MemoryCapacity, 96 }, { SpecField::MemoryBandwidth, 4000 } }),
    });
    ChartRequest request;
    request.kind = ChartRequest::Kind::Scatter;
    request.x = &metric(u"memory-gb"_s);
    request.y = &metric(u"bandwidth-gbs"_s);
    const ChartData data = ChartDataBuilder::build(catalog, pointers(catalog), request);
    QCOMPARE(data.items[0].coincident, 0);
    QCOMPARE(data.items[1].coincident, 1);
    QCOMPARE(data.items[2].coincident, 0);
    // Both labels are drawn.
    const QStringList texts = drawnTexts(ChartBuilder::build(data, {}), QSizeF(800, 600));
    QVERIFY(texts.contains(u"L600"_s));
    QVERIFY(texts.contains(u"C600"_s));
}

void TestRealData::selectionOutlinesABarWithoutChangingItsColour()
{
    const Catalog catalog = catalogOf({
        chip(u"a"_s, u"A"_s, u"NVIDIA"_s, { { SpecField::MemoryBandwidth, 300 } }),
        chip(u"b"_s, u"B"_s, u"NVIDIA"_s, { { SpecField::MemoryBandwidth, 200 } }),
    });
    const ChartData data = barData(catalog, u"bandwidth-gbs"_s);
    const QColor vendor = VendorPalette::colour(data.items[1].colourSlot);
    // The middle of bar B, drawn plain and selected.
    auto sample = [&](const QSet<QString>& selected) {
        QChart* chart = ChartBuilder::build(data, { false, selected });
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->resize(600, 400);
        QCoreApplication::processEvents();
        QAbstractSeries* series = chart->series().first();
        const QPointF middle
            = chart->mapToScene(chart->mapToPosition(QPointF(100, 0), series)); // B: category 0
        QImage image(600, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 600, 400), QRectF(0, 0, 600, 400));
        painter.end();
        return image.pixelColor(middle.toPoint());
    };
    QCOMPARE(sample({}), vendor);
    QCOMPARE(sample({ u"b"_s }), vendor);
}

void TestRealData::axisTitlesShrinkRatherThanBeingCut()
{
    const Catalog catalog = dateOrdered(300, 24);
    ChartRequest request;
    request.kind = ChartRequest::Kind::Scatter;
    request.x = &metric(u"memory-gb"_s);
    request.y = &metric(u"bandwidth-gbs"_s);
    request.logX = request.logY = true;
    const ChartData data = ChartDataBuilder::build(catalog, pointers(catalog), request);
    QChart* chart = ChartBuilder::build(data, {});
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(800, 450); // a small picture with a two-row legend and a long footnote
    QCoreApplication::processEvents();
    QAbstractAxis* yAxis = chart->axes(Qt::Vertical).value(0);
    QVERIFY(yAxis);
    QCOMPARE(yAxis->titleText(), u"Memory bandwidth (GB/s, log)"_s);
    const qreal width = QFontMetricsF(yAxis->titleFont()).horizontalAdvance(yAxis->titleText());
    QVERIFY2(width <= chart->plotArea().height() - 16,
        qPrintable(u"%1 px of title on a %2 px axis"_s.arg(width).arg(chart->plotArea().height())));
    QVERIFY(yAxis->titleFont().pixelSize() >= 9);
    // Where there is room, titles keep their size.
    chart->resize(1600, 1200);
    QCoreApplication::processEvents();
    QCOMPARE(yAxis->titleFont().pixelSize(), 13);
    scene.removeItem(chart);
    delete chart;
}

void TestRealData::columnExtentIsAsWideAsEveryValue()
{
    // Values over thirty decades, as a merged dataset has them: a 32 KB frame buffer, rounding
    // up to a longer text (999.7 -> "1,000"), exponent notation below a millionth and for a unit
    // slip of 1e30, which must not hide the longest number written out in full (8e14).
    const QList<double> values { 0.000032, 0.0000032, 0.0001, 3e-9, 0.5, 12.25, 999.7, 123456.7, 2e6, 64,
        8e14, 1e30 };
    QVector<Chip> chips;
    for (int i = 0; i < values.size(); ++i)
        chips.append(
            chip(u"c%1"_s.arg(i), u"C%1"_s.arg(i), u"V"_s, { { SpecField::MemoryCapacity, values[i] } }));
    chips.append(chip(u"unknown"_s, u"Unknown"_s, u"V"_s, {}));
    const MetricColumnExtent extent = MetricColumnExtent::of(metric(u"memory-gb"_s), chips);
    QVERIFY(!extent.anyDisagreement);
    QVERIFY(!extent.anyBelowReported);
    const QFontMetricsF metrics { QFont() };
    qreal widest = 0;
    for (const QString& text : extent.widestTexts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    for (const double value : values) {
        const QString text = NumberFormat::formatNumber(value);
        QVERIFY2(metrics.horizontalAdvance(text) <= widest, qPrintable(text));
    }

    // The marks widen a cell: the extent says whether any cell has them.
    chips[0].spec(SpecField::MemoryCapacity)->primary.confidence = Confidence::Rumored;
    SourcedNumber other = chips[0].spec(SpecField::MemoryCapacity)->primary;
    other.canonical = 0.5;
    chips[0].spec(SpecField::MemoryCapacity)->alternatives.append(other);
    const MetricColumnExtent marked = MetricColumnExtent::of(metric(u"memory-gb"_s), chips);
    QVERIFY(marked.anyDisagreement);
    QVERIFY(marked.anyBelowReported);
    // A column of unknowns has no text to fit.
    QVERIFY(MetricColumnExtent::of(metric(u"tdp-w"_s), chips).widestTexts.isEmpty());
}

QTEST_MAIN(TestRealData)
#include "tst_realdata.moc"
