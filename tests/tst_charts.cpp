#include "analysis/chartdata.h"
#include "analysis/metrics.h"
#include "analysis/vendorslots.h"
#include "charts/chartexport.h"
#include "charts/vendorpalette.h"
#include "io/catalogreader.h"
#include "testprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Pixels close to a vendor's colour: the bars are really drawn in it.
int pixelsNear(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) < 8 && qAbs(pixel.green() - colour.green()) < 8
                && qAbs(pixel.blue() - colour.blue()) < 8)
                ++count;
        }
    }
    return count;
}

QVector<const Chip*> allChips(const Catalog& catalog)
{
    QVector<const Chip*> chips;
    for (const auto& chip : catalog.chips)
        chips.append(&chip);
    return chips;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void exportChartMaxPointsCapsAndSaysHow();
    void initTestCase();
    void barDataIsSortedWithUnknownsApart();
    void barDataMarksLowConfidenceAndDisagreement();
    void scatterDataDropsWhatALogAxisCannotShow();
    void chartDataCapsHugeCatalogsAndSaysSo();
    void smallPicturesDropRowsInsteadOfOverlapping();
    void exportsPngOfTheRequestedSizeWithBars_data();
    void exportsPngOfTheRequestedSizeWithBars();
    void exportsIdenticalPngBytesForIdenticalInput();
    void exportsWellFormedSvgWithOnlyTheChipsShown();
    void exportsScatterSvgWithPointLabels();
    void scatterLabelsEveryPointAtNormalSizes();
    void timelinePlotsAMetricByYearAndLeavesUndatedChipsOut();
    void aYearOfManyChipsSpreadsAcrossItsBand();
    void timelineExportLabelsTheSeedChipsOnALogAxis();
    void barChartsTakeALogValueAxis();
    void timelineRefusesWhatItCannotDraw();
    void timelineOverSevenDecadesTicksEveryTenYears();
    void exportsOnePagePdf();
    void listsMetricsWithUnits();
    void rejectsBadRequestsWithoutWritingAFile_data();
    void rejectsBadRequestsWithoutWritingAFile();
    void keepsAnExistingFileWhenAnExportFails();

private:
    Catalog m_catalog;
};

void TestCharts::initTestCase()
{
    // The built-in catalog as of 2025-11-29 (17 chips), frozen as a fixture: what these tests
    // check is how the window, models and charts treat a known catalog, not what today's holds.
    const auto result = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/catalog-2025.json"));
    QVERIFY(result.ok());
    m_catalog = result.catalog;
}

void TestCharts::barDataIsSortedWithUnknownsApart()
{
    ChartRequest request;
    request.metric = Metrics::find(u"bandwidth-gbs"_s);
    const ChartData data = ChartDataBuilder::build(m_catalog, allChips(m_catalog), request);
    QCOMPARE(data.title, u"Memory bandwidth"_s);
    QCOMPARE(data.xAxisTitle, u"Memory bandwidth (GB/s)"_s);
    QCOMPARE(data.items.first().chipId, u"nvidia-h200-sxm"_s);
    QCOMPARE(data.items.first().value, 4800.0);
    for (int i = 1; i < data.items.size(); ++i)
        QVERIFY(data.items[i - 1].value >= data.items[i].value);
    // Unknown is listed as n/a, never a zero-length bar.
    QVERIFY(data.unknownLabels.contains(u"Hanguang 800"_s));
    QVERIFY(data.unknownLabels.contains(u"Zhenwu 810E"_s));
    for (const auto& item : data.items)
        QVERIFY(item.value > 0);
    QCOMPARE(data.items.size() + data.unknownLabels.size(), m_catalog.chips.size());
    QVERIFY(data.footnote.startsWith(u"ChipCompare catalog of 2026-11-29."_s));
    QVERIFY(data.footnote.contains(u"Sources: "_s));
    QVERIFY(data.footnote.contains(u"Epoch AI"_s));
    QVERIFY(data.footnote.contains(u"n/a (no value): "_s));
    QVERIFY(data.vendors.contains(u"NVIDIA"_s));
    QVERIFY(!data.vendors.contains(u"Alibaba (T-Head)"_s)); // no Alibaba chip has a bandwidth
}

void TestCharts::barDataMarksLowConfidenceAndDisagreement()
{
    ChartRequest request;
    request.metric = Metrics::find(u"bandwidth-gbs"_s);
    const ChartData data = ChartDataBuilder::build(m_catalog, allChips(m_catalog), request);
    auto item = [&](const QString& id) {
        for (const auto& i : data.items)
            if (i.chipId == id)
                return i;
        return ChartItem();
    };
    QCOMPARE(item(u"nvidia-h20"_s).valueText, u"4,000 GB/s"_s);
    QCOMPARE(item(u"metax-c600"_s).valueText, u"3,600 GB/s*"_s); // rumored
    QCOMPARE(item(u"enflame-l600"_s).valueText, u"3,600 GB/s†"_s); // the article's Tb/s disagrees
    QVERIFY(item(u"enflame-l600"_s).tooltip.contains(u"Compiled Enflame hardware notes"_s));
    QVERIFY(data.footnote.contains(u"* rumored or estimate, or computed from such a value."_s));
    QVERIFY(data.footnote.contains(u"† sources disagree."_s));
}

void TestCharts::scatterDataDropsWhatALogAxisCannotShow()
{
    ChartRequest request;
    request.kind = ChartRequest::Kind::Scatter;
    request.x = Metrics::find(u"memory-gb"_s);
    request.y = Metrics::find(u"bandwidth-gbs"_s);
    request.logX = true;
    const ChartData data = ChartDataBuilder::build(m_catalog, allChips(m_catalog), request);
    QCOMPARE(data.title, u"Memory bandwidth vs Memory"_s);
    QCOMPARE(data.xAxisTitle, u"Memory (GB, log)"_s);
    for (const auto& item : data.items)
        QVERIFY(item.x > 0 && item.y > 0);
    // The Hanguang has a memory size but no bandwidth: it is listed, not plotted.
    QVERIFY(data.unknownLabels.contains(u"Hanguang 800"_s));
    QCOMPARE(data.items.size(), 14);
}

void TestCharts::chartDataCapsHugeCatalogsAndSaysSo()
{
    Catalog big = m_catalog;
    const Chip h20 = *m_catalog.chip(u"nvidia-h20"_s);
    for (int i = 0; i < 100; ++i) {
        Chip copy = h20;
        copy.id = u"copy-"_s + QString::number(i);
        copy.spec(SpecField::MemoryBandwidth)->primary.canonical = 100 + i;
        // The smallest copy (100 GB/s) is certainly cut; it alone cites "cut-source".
        // The largest twenty cite a source each, "top-source-0" to "top-source-19".
        copy.spec(SpecField::MemoryBandwidth)->primary.sourceId = i == 0 ? u"cut-source"_s
            : i >= 80 ? u"top-source-"_s + QString::number(99 - i)
                      : u"copy-source"_s;
        big.chips.append(copy);
    }
    for (int i = 0; i < 30; ++i) {
        Chip unknown = h20;
        unknown.id = u"unknown-"_s + QString::number(i);
        unknown.setSpec(SpecField::MemoryBandwidth, std::nullopt);
        big.chips.append(unknown);
    }
    ChartRequest request;
    request.metric = Metrics::find(u"bandwidth-gbs"_s);
    const ChartData data = ChartDataBuilder::build(big, allChips(big), request);
    QCOMPARE(data.items.size(), ChartRequest::kDefaultBarLimit);
    QVERIFY(data.footnote.contains(u"Showing the 60 largest of 114 chips with a value."_s));
    QCOMPARE(data.items.first().chipId, u"nvidia-h200-sxm"_s);
    // No n/a rows beyond the limit; the footnote names a dozen and counts the rest.
    QVERIFY(data.unknownLabels.isEmpty());
    QVERIFY2(data.footnote.contains(u" and 21 more."_s), qPrintable(data.footnote));
    // Sources are those of the values drawn: the cut chip's source is not named. Of the drawn
    // values' sources, the footnote names the first dozen in bar order and counts the rest.
    QVERIFY(!data.footnote.contains(u"cut-source"_s));
    const qsizetype from = data.footnote.indexOf(u"Sources: "_s) + 9;
    const qsizetype to = data.footnote.indexOf(u" more."_s, from);
    QVERIFY2(from > 8 && to > from, qPrintable(data.footnote));
    const QString sources = data.footnote.mid(from, to - from); // "A; B; ...; L and N"
    const qsizetype and_ = sources.lastIndexOf(u" and "_s);
    QCOMPARE(sources.left(and_).split(u"; "_s).size(), 12);
    QVERIFY(sources.contains(u"top-source-0"_s));
    QVERIFY(!sources.contains(u"top-source-19"_s));
    QVERIFY(!sources.contains(u"copy-source"_s)); // drawn, but after the twenty top sources
    const int rest = sources.mid(and_ + 5).toInt();
    QVERIFY2(rest >= 9, qPrintable(sources)); // at least top-source-11..19 are left over
}

void TestCharts::smallPicturesDropRowsInsteadOfOverlapping()
{
    ChartRequest request;
    request.metric = Metrics::find(u"bandwidth-gbs"_s);
    const ChartData data = ChartDataBuilder::build(m_catalog, allChips(m_catalog), request);
    // At 800x450 every row fits (smaller text); at the smallest size only the largest bars do.
    const double scale = ChartExport::automaticScale(QSize(800, 450), data);
    QCOMPARE(ChartExport::fitToSize(data, QSizeF(800, 450) / scale).items.size(), data.items.size());
    const ChartData tiny = ChartExport::fitToSize(data, QSizeF(200, 150) / ChartExport::kMinimumScale);
    QVERIFY(tiny.items.size() >= 1);
    QVERIFY(tiny.items.size() < data.items.size());
    QCOMPARE(tiny.items.first().chipId, u"nvidia-h200-sxm"_s);
    QVERIFY(tiny.footnote.contains(u"fit at this picture size"_s));
    QCOMPARE(tiny.vendors, QStringList { u"NVIDIA"_s });
    QVERIFY(tiny.unknownLabels.isEmpty());
    // withRows keeps n/a rows after the known ones.
    const ChartData cut = data.withRows(int(data.items.size()) + 1);
    QCOMPARE(cut.unknownLabels.size(), 1);
}

void TestCharts::exportChartMaxPointsCapsAndSaysHow()
{
    // 400 chips in release order, the newest the largest: a cap must not drop the recent ones.
    QTemporaryDir dir;
    const QString catalog = dir.filePath(u"dated.json"_s);
    QFile file(catalog);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray json
        = R"({"format": "chipcompare-catalog", "version": 1, "sources": [{"id": "t", "title": "T"}], "chips": [)";
    for (int i = 0; i < 400; ++i) {
        json += (i ? "," : "")
            + QStringLiteral(R"({"id": "gpu-%1", "name": "GPU", "vendor": "V%2", "status": "shipping",
            "memory_capacity": {"value": %3, "unit": "GB", "source": "t", "confidence": "reported"},
            "memory_bandwidth": {"value": %4, "unit": "GB/s", "source": "t", "confidence": "reported"}})")
                  .arg(i)
                  .arg(i % 30)
                  .arg(1 + i)
                  .arg(10 + i)
                  .toUtf8();
    }
    file.write(json + "]}");
    file.close();
    const QString svg = dir.filePath(u"scatter.svg"_s);
    const auto result = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"scatter"_s, u"--x"_s,
        u"memory-gb"_s, u"--y"_s, u"bandwidth-gbs"_s, u"--no-builtin"_s, u"--catalog"_s, catalog,
        u"--max-points"_s, u"40"_s, u"--out"_s, svg });
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(readAll(svg));
    QVERIFY(text.contains(u"Showing 40 of 400 chips"_s));
    QVERIFY(text.contains(u"the extremes on each axis"_s));
    // The newest chip is drawn, and the repeated name is told apart by id on every label.
    QVERIFY(text.contains(u"GPU (gpu-399)"_s));
    QVERIFY2(text.count(u"GPU (gpu-"_s) >= 20, qPrintable(QString::number(text.count(u"GPU (gpu-"_s))));
    QVERIFY(!text.contains(u">GPU<"_s));
    const auto bad = runChipCompare({ u"export-chart"_s, u"--metric"_s, u"memory-gb"_s, u"--max-points"_s,
        u"0"_s, u"--out"_s, dir.filePath(u"x.png"_s) });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"--max-points: '0' is not a positive whole number"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
}

void TestCharts::exportsPngOfTheRequestedSizeWithBars_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("default 1600x900") << QString() << QSize(1600, 900);
    QTest::newRow("small 800x450") << u"800x450"_s << QSize(800, 450);
    QTest::newRow("smallest 200x150") << u"200x150"_s << QSize(200, 150);
}

void TestCharts::exportsPngOfTheRequestedSizeWithBars()
{
    QFETCH(QString, size);
    QFETCH(QSize, expected);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"bar.png"_s);
    QStringList arguments { u"export-chart"_s, u"--chart"_s, u"bar"_s, u"--metric"_s, u"bandwidth-gbs"_s,
        u"--out"_s, out };
    if (!size.isEmpty())
        arguments << u"--size"_s << size;
    const auto result = runChipCompare(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());
    const QImage image(out);
    QCOMPARE(image.size(), expected);
    if (expected.width() >= 800) {
        // The vendors' bars are drawn in their colours.
        const auto vendorSlots = VendorSlots::assign(m_catalog);
        auto colourOf = [&](const QString& vendor) {
            return VendorPalette::colour(VendorSlots::slotOf(vendorSlots, vendor));
        };
        QVERIFY(pixelsNear(image, colourOf(u"NVIDIA"_s)) > 500);
        QVERIFY(pixelsNear(image, colourOf(u"Huawei"_s)) > 100);
        QVERIFY(pixelsNear(image, colourOf(u"Cambricon"_s)) > 50);
    }
}

void TestCharts::exportsIdenticalPngBytesForIdenticalInput()
{
    QTemporaryDir dir;
    QByteArray previous;
    for (int run = 0; run < 2; ++run) {
        const QString out = dir.filePath(u"run%1.png"_s.arg(run));
        const auto result = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"scatter"_s, u"--x"_s,
            u"memory-gb"_s, u"--y"_s, u"bandwidth-gbs"_s, u"--log-y"_s, u"--out"_s, out });
        QCOMPARE(result.exitCode, 0);
        const QByteArray bytes = readAll(out);
        QVERIFY(bytes.startsWith("\x89PNG"));
        if (run == 1)
            QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256),
                QCryptographicHash::hash(previous, QCryptographicHash::Sha256));
        previous = bytes;
    }
}

void TestCharts::exportsWellFormedSvgWithOnlyTheChipsShown()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"chart.svg"_s);
    const auto result = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"bar"_s, u"--metric"_s,
        u"bf16-tflops"_s, u"--vendor"_s, u"huawei"_s, u"--vendor"_s, u"nvidia"_s, u"--out"_s, out });
    QCOMPARE(result.exitCode, 0);
    const QByteArray svg = readAll(out);
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char* shown : { ">Ascend 910C<", ">Ascend 910B<", ">H100 SXM<", ">H20<",
             ">BF16/FP16 dense (TFLOPS)<", ">989.4 TFLOPS<", ">148 TFLOPS<" })
        QVERIFY2(svg.contains(shown), shown);
    for (const char* filtered : { "Siyuan", "MLU370", "C600", "Hanguang" })
        QVERIFY2(!svg.contains(filtered), filtered);
    // Vector, not an embedded screenshot.
    QVERIFY(!svg.contains("<image"));
}

void TestCharts::exportsScatterSvgWithPointLabels()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"scatter.svg"_s);
    const auto result = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"scatter"_s, u"--x"_s,
        u"memory-gb"_s, u"--y"_s, u"bandwidth-gbs"_s, u"--chips"_s, u"nvidia-h20,huawei-ascend-910c"_s,
        u"--chips"_s, u"enflame-l600"_s, u"--out"_s, out, u"--size"_s, u"800x450"_s });
    QCOMPARE(result.exitCode, 0);
    const QByteArray svg = readAll(out);
    QVERIFY(svg.contains(">H20<"));
    QVERIFY(svg.contains(">Ascend 910C<"));
    QVERIFY(svg.contains(">L600†<"));
    QVERIFY(!svg.contains(">H100 SXM<"));
    QVERIFY(svg.contains(">Memory bandwidth vs Memory<"));
}

void TestCharts::scatterLabelsEveryPointAtNormalSizes()
{
    ChartRequest request;
    request.kind = ChartRequest::Kind::Scatter;
    request.x = Metrics::find(u"memory-gb"_s);
    request.y = Metrics::find(u"bandwidth-gbs"_s);
    const ChartData data = ChartDataBuilder::build(m_catalog, allChips(m_catalog), request);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"all.svg"_s);
    // The same 17 chips as m_catalog (the frozen 2025 catalog), drawn by the command line.
    const auto result = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"scatter"_s, u"--x"_s,
        u"memory-gb"_s, u"--y"_s, u"bandwidth-gbs"_s, u"--size"_s, u"800x450"_s, u"--out"_s, out,
        u"--no-builtin"_s, u"--catalog"_s, QStringLiteral(TEST_DATA_DIR "/catalog-2025.json") });
    QCOMPARE(result.exitCode, 0);
    const QByteArray svg = readAll(out);
    // Labels that cannot be placed without overlap are left out; at this size none may be.
    for (const auto& item : data.items) {
        const QByteArray label = '>' + (item.label + item.marks).toUtf8() + '<';
        QVERIFY2(svg.contains(label), label.constData());
    }
}

void TestCharts::timelinePlotsAMetricByYearAndLeavesUndatedChipsOut()
{
    Catalog catalog = m_catalog;
    Chip* h100 = nullptr;
    for (auto& chip : catalog.chips) {
        if (chip.id == u"nvidia-h100-sxm"_s)
            h100 = &chip;
    }
    QVERIFY(h100 && h100->year);
    Chip undated = *h100;
    undated.id = u"undated-part"_s;
    undated.year.reset();
    catalog.chips.append(undated);
    ChartRequest request;
    request.kind = ChartRequest::Kind::Timeline;
    request.y = Metrics::find(u"bf16-tflops"_s);
    request.logY = true;
    const ChartData data = ChartDataBuilder::build(catalog, allChips(catalog), request);
    QCOMPARE(data.title, u"BF16/FP16 dense by year"_s);
    QCOMPARE(data.xAxisTitle, u"Year announced"_s);
    QVERIFY2(data.yAxisTitle.contains(u"log"_s), qPrintable(data.yAxisTitle));
    bool sawH100 = false;
    for (const auto& item : data.items) {
        const Chip* chip = catalog.chip(item.chipId);
        QCOMPARE(item.x, double(*chip->year)); // x is the year, y the metric's value
        QCOMPARE(item.y, *request.y->value(*chip));
        if (item.chipId == u"nvidia-h100-sxm"_s) {
            sawH100 = true;
            QVERIFY2(item.tooltip.contains(u"Year announced: 2022"_s), qPrintable(item.tooltip));
        }
    }
    QVERIFY(sawH100);
    // A chip without a year is not drawn at year 0: it is named among the chips left out.
    QVERIFY(data.unknownChipIds.contains(u"undated-part"_s));
    QVERIFY2(data.footnote.contains(u"no value or no year"_s), qPrintable(data.footnote));
    QVERIFY(data.textAlternative().startsWith(u"Timeline: "_s));
}

// A timeline of many chips a year drew one column of dots a year, each hiding the next one's
// label. Within a timeline of up to a dozen years, a year's dots spread across its band (never out
// of it), chips on one point stay together (rings), the same in every run; x stays the year.
void TestCharts::aYearOfManyChipsSpreadsAcrossItsBand()
{
    Catalog catalog = m_catalog;
    const Chip* h20 = catalog.chip(u"nvidia-h20"_s);
    QVERIFY(h20 && h20->year);
    Chip twin = *h20; // the H20's year and value: on its very point
    twin.id = u"h20-twin"_s;
    catalog.chips.append(twin);
    ChartRequest request;
    request.kind = ChartRequest::Kind::Timeline;
    request.y = Metrics::find(u"bf16-tflops"_s);
    request.logY = true;
    const ChartData data = ChartDataBuilder::build(catalog, allChips(catalog), request);
    QHash<QString, const ChartItem*> byId;
    QHash<double, QSet<double>> spreadsInYear;
    for (const auto& item : data.items) {
        byId.insert(item.chipId, &item);
        QVERIFY2(std::abs(item.plotPoint().x() - item.x) <= 0.35, qPrintable(item.chipId));
        spreadsInYear[item.x].insert(item.xSpread);
    }
    QCOMPARE(byId.value(u"h20-twin"_s)->plotPoint(), byId.value(u"nvidia-h20"_s)->plotPoint());
    QCOMPARE(byId.value(u"h20-twin"_s)->coincident, 1);
    // The chips of 2023 (H20, H800, H200, L20, …) stand at several places in their band.
    QVERIFY(spreadsInYear.value(2023).size() >= 4);
    const ChartData again = ChartDataBuilder::build(catalog, allChips(catalog), request);
    for (int i = 0; i < data.items.size(); ++i)
        QCOMPARE(again.items[i].xSpread, data.items[i].xSpread);

    // Over seven decades a year is a few pixels wide and ticks step by 10: nothing spreads.
    Chip old = *h20;
    old.id = u"old-part"_s;
    old.year = 1960;
    catalog.chips.append(old);
    for (const auto& item : ChartDataBuilder::build(catalog, allChips(catalog), request).items)
        QCOMPARE(item.xSpread, 0.0);
}

void TestCharts::timelineExportLabelsTheSeedChipsOnALogAxis()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"timeline.svg"_s);
    // The built-in catalog: the 2025–2026 parts with the seed chips, at the size of a slide.
    const auto result = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"timeline"_s, u"--metric"_s,
        u"bf16-tflops"_s, u"--out"_s, out, u"--size"_s, u"1280x720"_s });
    QCOMPARE(result.exitCode, 0);
    const QByteArray svg = readAll(out);
    QVERIFY(svg.contains(">BF16/FP16 dense by year<"));
    QVERIFY(svg.contains(">Year announced<"));
    QVERIFY(svg.contains(">BF16/FP16 dense (TFLOPS, log)<"));
    // The seed chips that have a BF16 figure get their labels, whatever else crowds the chart.
    for (const char* label : { ">H20<", ">H100 SXM<", ">C600*<" })
        QVERIFY2(svg.contains(label), label);
    // Year ticks, not 2,022.5 or 2.02e3.
    QVERIFY(svg.contains(">2022<") && svg.contains(">2025<"));
    QVERIFY(!svg.contains(">2022.5<"));

    // --linear-y gives a linear axis.
    const QString linear = dir.filePath(u"linear.svg"_s);
    QCOMPARE(runChipCompare({ u"export-chart"_s, u"--chart"_s, u"timeline"_s, u"--metric"_s, u"bf16-tflops"_s,
                                u"--linear-y"_s, u"--out"_s, linear })
                 .exitCode,
        0);
    QVERIFY(readAll(linear).contains(">BF16/FP16 dense (TFLOPS)<"));
}

// Issue 22 item 13: with thousands of chips from 32 KB boards to 288 GB accelerators, a bar chart
// needs a log value axis. On one, the smallest bar (Hanguang 800's 0.192 GB) is a bar a reader
// can see, not a sliver a pixel wide, and Qt Charts' warnings about log 0 do not reach stderr.
void TestCharts::barChartsTakeALogValueAxis()
{
    QTemporaryDir dir;
    const QString linear = dir.filePath(u"linear.png"_s);
    const QString log = dir.filePath(u"log.png"_s);
    const QString svg = dir.filePath(u"log.svg"_s);
    const QStringList common { u"export-chart"_s, u"--chart"_s, u"bar"_s, u"--metric"_s, u"memory-gb"_s };
    const auto plain = runChipCompare(common + QStringList { u"--out"_s, linear });
    const auto logged = runChipCompare(common + QStringList { u"--log-x"_s, u"--out"_s, log });
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(logged.exitCode, 0);
    QVERIFY2(!logged.err.contains(u"Logarithms"_s), qPrintable(logged.err));
    QCOMPARE(runChipCompare(common + QStringList { u"--log-x"_s, u"--out"_s, svg }).exitCode, 0);
    const QByteArray text = readAll(svg);
    QVERIFY(text.contains(">Memory (GB, log)<"));
    QVERIFY(text.contains(">0.192 GB<"));
    // The Hanguang 800's bar, in its vendor's colour: pixels of that colour in its row.
    const auto vendorSlots = VendorSlots::assign(m_catalog);
    const QColor alibaba = VendorPalette::colour(VendorSlots::slotOf(vendorSlots, u"Alibaba (T-Head)"_s));
    const int linearPixels = pixelsNear(QImage(linear), alibaba);
    const int logPixels = pixelsNear(QImage(log), alibaba);
    // Two Alibaba chips have a memory figure (Hanguang 800 and Zhenwu 810E): on a log axis the
    // Hanguang's bar is long enough to count, so the colour covers clearly more.
    QVERIFY2(logPixels > linearPixels + 1000, qPrintable(u"%1 vs %2"_s.arg(logPixels).arg(linearPixels)));

    // Values all within one decade still get labelled powers of ten on both sides: a log axis
    // labels only those, and 283 to 288 GB (the largest of a big catalog) holds none.
    const QString narrow = writeTestFile(dir, u"narrow.json"_s, R"({"format": "chipcompare-catalog", "version": 2,
  "sources": [{"id": "s", "title": "S", "kind": "press"}],
  "chips": [
    {"id": "a", "name": "A", "vendor": "X", "memory_capacity": {"value": 283, "unit": "GB", "source": "s", "confidence": "reported"}},
    {"id": "b", "name": "B", "vendor": "X", "memory_capacity": {"value": 288, "unit": "GB", "source": "s", "confidence": "reported"}}]})");
    const QString narrowSvg = dir.filePath(u"narrow.svg"_s);
    QCOMPARE(runChipCompare(common + QStringList { u"--log-x"_s, u"--catalog"_s, narrow, u"--vendor"_s, u"X"_s,
                                u"--out"_s, narrowSvg })
                 .exitCode,
        0);
    const QByteArray narrowText = readAll(narrowSvg);
    QVERIFY(narrowText.contains(">100<") && narrowText.contains(">1000<"));
}

void TestCharts::timelineRefusesWhatItCannotDraw()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"timeline.png"_s);
    const auto missing = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"timeline"_s, u"--out"_s, out });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"--metric is required for a timeline chart"_s), qPrintable(missing.err));
    const auto unknownKind = runChipCompare(
        { u"export-chart"_s, u"--chart"_s, u"timelines"_s, u"--metric"_s, u"tdp-w"_s, u"--out"_s, out });
    QCOMPARE(unknownKind.exitCode, 2);
    QVERIFY(unknownKind.err.contains(u"use bar, scatter or timeline"_s));
    // Chips without a year: an empty frame is not written; the reason is.
    const QString undated = writeTestFile(dir, u"undated.json"_s,
        R"({"format": "chipcompare-catalog", "version": 2, "sources": [{"id": "s", "title": "S"}],
            "chips": [{"id": "a", "name": "A", "bf16_dense": {"value": 100, "unit": "TFLOPS", "source": "s",
            "confidence": "reported"}}]})");
    const auto empty = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"timeline"_s, u"--metric"_s,
        u"bf16-tflops"_s, u"--no-builtin"_s, u"--catalog"_s, undated, u"--out"_s, out });
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(u"no chip has both a year and a bf16-tflops value; nothing to draw"_s),
        qPrintable(empty.err));
    QVERIFY(!QFile::exists(out));
}

void TestCharts::timelineOverSevenDecadesTicksEveryTenYears()
{
    // A year a tick would be 67 labels on 800 pixels, each cut to "…".
    QTemporaryDir dir;
    const QString catalog = writeTestFile(dir, u"decades.json"_s,
        R"({"format": "chipcompare-catalog", "version": 2, "sources": [{"id": "s", "title": "S"}], "chips": [
            {"id": "old", "name": "Old", "year": 1960, "tdp": {"value": 30, "unit": "W", "source": "s", "confidence": "reported"}},
            {"id": "new", "name": "New", "year": 2026, "tdp": {"value": 700, "unit": "W", "source": "s", "confidence": "reported"}}]})");
    const QString out = dir.filePath(u"decades.svg"_s);
    const auto result = runChipCompare({ u"export-chart"_s, u"--chart"_s, u"timeline"_s, u"--metric"_s,
        u"tdp-w"_s, u"--no-builtin"_s, u"--catalog"_s, catalog, u"--size"_s, u"800x450"_s, u"--out"_s, out });
    QCOMPARE(result.exitCode, 0);
    const QByteArray svg = readAll(out);
    for (const char* year : { ">1960<", ">1990<", ">2020<" })
        QVERIFY2(svg.contains(year), year);
    QVERIFY(!svg.contains(">1961<") && !svg.contains(">1965<"));
    QVERIFY(!svg.contains(">…<") && !svg.contains(">...<"));
}

void TestCharts::exportsOnePagePdf()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"chart.pdf"_s);
    const auto result = runChipCompare(
        { u"export-chart"_s, u"--chart"_s, u"bar"_s, u"--metric"_s, u"tdp-w"_s, u"--out"_s, out });
    QCOMPARE(result.exitCode, 0);
    const QByteArray pdf = readAll(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    QVERIFY(pdf.contains("/Count 1"));
    QVERIFY(!pdf.contains("/Subtype /Image")); // vector, not a screenshot
}

void TestCharts::listsMetricsWithUnits()
{
    const auto result = runChipCompare({ u"export-chart"_s, u"--list-metrics"_s });
    QCOMPARE(result.exitCode, 0);
    QMap<QString, QString> units;
    for (const auto& line : result.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        units.insert(columns.value(0), columns.value(1));
    }
    QCOMPARE(units.value(u"memory-gb"_s), u"GB"_s);
    QCOMPARE(units.value(u"bandwidth-gbs"_s), u"GB/s"_s);
    QCOMPARE(units.value(u"bf16-tflops"_s), u"TFLOPS"_s);
    QCOMPARE(units.value(u"fp8-tflops"_s), u"TFLOPS"_s);
    QCOMPARE(units.value(u"int8-tops"_s), u"TOPS"_s);
    QCOMPARE(units.value(u"tdp-w"_s), u"W"_s);
    QCOMPARE(units.value(u"tflops-per-w"_s), u"TFLOPS/W"_s);
    QCOMPARE(units.value(u"bandwidth-per-gb"_s), u"GB/s/GB"_s);
    QVERIFY(units.contains(u"tpp"_s));
}

void TestCharts::rejectsBadRequestsWithoutWritingAFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = u"OUT/chart.png"_s;
    QTest::newRow("unknown metric") << QStringList { u"--metric"_s, u"speed"_s, u"--out"_s, out } << 2
                                    << u"unknown metric 'speed' for --metric; known metrics: memory-gb,"_s;
    QTest::newRow("unknown chip id") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--chips"_s,
        u"nvidia-h20,nvidia-h999"_s, u"--out"_s, out }
                                     << 2 << u"unknown chip id 'nvidia-h999'"_s;
    QTest::newRow("unknown chart kind") << QStringList { u"--chart"_s, u"pie"_s, u"--metric"_s, u"tdp-w"_s,
        u"--out"_s, out } << 2 << u"unknown chart kind 'pie'; use bar, scatter or timeline"_s;
    QTest::newRow("unsupported extension") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--out"_s,
        u"OUT/chart.jpg"_s } << 2 << u"OUT/chart.jpg: unsupported file type; use .png, .svg or .pdf"_s;
    QTest::newRow("size too small") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--out"_s, out, u"--size"_s,
        u"199x150"_s } << 2 << u"size 199x150 is out of range; use 200x150 up to 8000x8000"_s;
    QTest::newRow("size too large") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--out"_s, out, u"--size"_s,
        u"8001x10"_s } << 2 << u"size 8001x10 is out of range"_s;
    QTest::newRow("size not a size") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--out"_s, out, u"--size"_s,
        u"big"_s } << 2 << u"size 'big' is not of the form WIDTHxHEIGHT"_s;
    QTest::newRow("scatter without y") << QStringList { u"--chart"_s, u"scatter"_s, u"--x"_s, u"tdp-w"_s,
        u"--out"_s, out } << 2 << u"--y is required for a scatter chart"_s;
    QTest::newRow("an empty chip list") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--chips"_s, u",,"_s,
        u"--out"_s, out } << 2 << u"--chips lists no chip ids"_s;
    QTest::newRow("no output") << QStringList { u"--metric"_s, u"tdp-w"_s } << 2
                               << u"--out FILE is required"_s;
    QTest::newRow("unwritable path") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--out"_s,
        u"OUT/missing/dir/c.png"_s } << 1
                                     << u"OUT/missing/dir/c.png: cannot write"_s;
    QTest::newRow("filters leave nothing") << QStringList { u"--metric"_s, u"tdp-w"_s, u"--vendor"_s,
        u"acme"_s, u"--out"_s, out } << 1 << u"no chips match the filters"_s;
}

void TestCharts::rejectsBadRequestsWithoutWritingAFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (auto& argument : arguments)
        argument.replace(u"OUT"_s, dir.path());
    message.replace(u"OUT"_s, dir.path());
    const auto result = runChipCompare(QStringList { u"export-chart"_s } + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestCharts::keepsAnExistingFileWhenAnExportFails()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"keep.png"_s);
    QFile file(out);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const auto result = runChipCompare(
        { u"export-chart"_s, u"--metric"_s, u"tdp-w"_s, u"--vendor"_s, u"acme"_s, u"--out"_s, out });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(readAll(out), QByteArray("precious"));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
