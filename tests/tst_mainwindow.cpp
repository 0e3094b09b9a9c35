#include "editing/catalogdocument.h"
#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/comparisonmodel.h"
#include "models/ecosystemmodel.h"
#include "models/llmfitmodel.h"
#include "shownwindow.h"
#include "testprocess.h"
#include "widgets/chartpage.h"
#include "widgets/comparepage.h"
#include "widgets/detailspanel.h"
#include "widgets/ecosystempage.h"
#include "widgets/filterbar.h"
#include "widgets/llmfitpage.h"
#include "widgets/mainwindow.h"
#include "widgets/multiselectbutton.h"
#include "widgets/numbercelldelegate.h"
#include "widgets/tablepage.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// A cell as the user sees it.
QImage cellImage(QTableView* view, const QModelIndex& index)
{
    return view->viewport()->grab(view->visualRect(index)).toImage();
}

// The right-hand `width` pixels of a cell: where a right-aligned number is drawn.
QImage rightPart(const QImage& image, int width)
{
    return image.copy(image.width() - width, 0, width, image.height());
}

// Drags the right edge of a column's header sideways, as a user resizes a column.
void dragColumnEdge(QHeaderView* header, int column, int dx)
{
    QWidget* viewport = header->viewport();
    const QPoint from(
        header->sectionViewportPosition(column) + header->sectionSize(column) - 1, header->height() / 2);
    const QPoint to = from + QPoint(dx, 0);
    QTest::mouseMove(viewport, from);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    // QTest::mouseMove carries no pressed button, and the header resizes only while one is held.
    QMouseEvent move(
        QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// One chip whose memory is `kilobytes` KB, rumored, with a second source saying 0.5 GB.
QByteArray tinyMemoryCatalog(const QByteArray& kilobytes)
{
    return R"({"format": "chipcompare-catalog", "version": 2,
"sources": [{"id": "t", "title": "A merged table", "kind": "database"}],
"chips": [{"id": "frame-buffer-1985", "name": "AAA Frame buffer 1985",
  "memory_capacity": {"value": )"
        + kilobytes + R"(, "unit": "KB", "source": "t", "confidence": "rumored",
    "alternatives": [{"value": 0.5, "unit": "GB", "source": "t", "confidence": "rumored"}]}}]}
)";
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void screenshotHasTheRequestedSizeAndContent_data();
    void screenshotHasTheRequestedSizeAndContent();
    void screenshotRejectsABadSize();
    void searchUpdatesTableAndCount();
    void vendorChoicesFilterAndClearRestores();
    void badCatalogShowsProblemsAndKeepsTheBuiltIn();
    void problemsPanelListsEveryWarningOfALargeFile();
    void goodCatalogMergesOverTheBuiltIn();
    void exportsTheVisibleRowsAsCsv();
    void reportsAnUnwritableCsvPath();
    void detailsShowSourcesAsLinks();
    void detailsShowTheUsersOwnColumns();
    void chartFollowsFilterAndSelection();
    void timelineIsChosenFromTheKindBox();
    void aBarChartsLogBoxMakesItsValueAxisLogarithmic();
    void yearsAndConditionsFilterTheTable();
    void compareSelectedRowsAndExportEveryFormat();
    void compareKeepsAtMostEightChips();
    void comparePickerTicksWithMouseAndSpace();
    void ecosystemAndLlmFitFollowTheFilter();
    void chineseTranslationIsEmbedded();
    void searchWaitsForAPauseOnlyInLargeCatalogs();
    void numberCellsShowTheWholeNumberAfterALoad();
    void aNumberTooWideForItsCellReadsHashes_data();
    void aNumberTooWideForItsCellReadsHashes();
    void aNumberThatFitsLooksAsQtPaintsIt();

private:
    Catalog m_builtIn;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance()); // as the app does: "1 chip"
    // The built-in catalog as of 2025-11-29 (17 chips), frozen as a fixture: what these tests
    // check is how the window, models and charts treat a known catalog, not what today's holds.
    const auto result = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/catalog-2025.json"));
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
}

void TestMainWindow::screenshotHasTheRequestedSizeAndContent_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("default size") << QString() << 1600 << 900;
    QTest::newRow("small window") << u"800x450"_s << 800 << 450;
}

void TestMainWindow::screenshotHasTheRequestedSizeAndContent()
{
    QFETCH(QString, size);
    QFETCH(int, width);
    QFETCH(int, height);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shot.png"_s);
    QStringList arguments { u"--screenshot"_s, path };
    if (!size.isEmpty())
        arguments << u"--size"_s << size;
    const auto result = runChipCompare(arguments);
    QCOMPARE(result.exitCode, 0);
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(width, height));
    // A real window: text, marks and lines give many colours; a blank grab has one or two.
    QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
}

void TestMainWindow::screenshotRejectsABadSize()
{
    QTemporaryDir dir;
    const auto result
        = runChipCompare({ u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--size"_s, u"10x10"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"size 10x10 is out of range"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
}

void TestMainWindow::searchUpdatesTableAndCount()
{
    MainWindow window(m_builtIn, { false, {} });
    QAbstractItemModelTester tester(
        chipProxy(window), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = chipModel(window)->rowCount();
    QCOMPARE(filterBar(window)->countLabel()->text(), u"%1 of %1 chips"_s.arg(total));
    QTest::keyClicks(filterBar(window)->searchEdit(), u"ascend"_s);
    QCOMPARE(chipProxy(window)->rowCount(), 2);
    QCOMPARE(filterBar(window)->countLabel()->text(), u"2 of %1 chips"_s.arg(total));
    filterBar(window)->clear();
    QCOMPARE(chipProxy(window)->rowCount(), total);
    QCOMPARE(filterBar(window)->searchEdit()->text(), QString());
}

void TestMainWindow::vendorChoicesFilterAndClearRestores()
{
    MainWindow window(m_builtIn, { false, {} });
    MultiSelectButton* vendors = filterBar(window)->vendorButton();
    QVERIFY(vendors->menu()->actions().size() >= 6);
    for (QAction* action : vendors->menu()->actions()) {
        if (action->text() == u"MetaX"_s || action->text() == u"Enflame"_s)
            action->setChecked(true);
    }
    QCOMPARE(chipProxy(window)->rowCount(), 5);
    QCOMPARE(QString(vendors->text()).remove(u'&'), u"Vendor: 2 selected"_s);
    filterBar(window)->memoryTypeButton()->setSelected({ u"HBM3e"_s });
    emit filterBar(window)->memoryTypeButton()->selectionChanged();
    QCOMPARE(chipProxy(window)->rowCount(), 1);
    filterBar(window)->clear();
    QCOMPARE(chipProxy(window)->rowCount(), chipModel(window)->rowCount());
    QCOMPARE(QString(vendors->text()).remove(u'&'), u"Vendor: all"_s);
}

void TestMainWindow::badCatalogShowsProblemsAndKeepsTheBuiltIn()
{
    MainWindow window(m_builtIn, { false, {} });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"chipcompare-catalog\", \"version\": 1, \"chips\": [{\"id\": \"Bad Id\"}]}");
    file.close();
    const int before = chipModel(window)->rowCount();
    QVERIFY(!window.openCatalogFile(path));
    QCOMPARE(chipModel(window)->rowCount(), before);
    QVERIFY(window.problemList()->model()->rowCount() >= 3);
    QVERIFY2(window.problemList()->model()->index(0, 0).data().toString().startsWith(path + u":1:"_s),
        qPrintable(window.problemList()->model()->index(0, 0).data().toString()));
}

// A merged dataset can bring a policy warning for each of thousands of chips: the panel lists
// every one, in file order, each with its place and a warning icon.
void TestMainWindow::problemsPanelListsEveryWarningOfALargeFile()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QAbstractItemModelTester tester(
        window.problemList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    constexpr int kChips = 5000;
    QByteArray text = R"({"format": "chipcompare-catalog", "version": 2,
"sources": [{"id": "b", "title": "A blog", "kind": "blog"}], "chips": [
)";
    for (int i = 0; i < kChips; ++i)
        text += R"({"id": "w-)" + QByteArray::number(i) + R"(", "name": "W)" + QByteArray::number(i)
            + R"(", "tdp": {"value": 100, "unit": "W", "source": "b", "confidence": "official"}})"
            + (i + 1 < kChips ? ",\n" : "\n");
    text += "]}\n";
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, u"warned.json"_s, text);
    QVERIFY(window.openCatalogFile(path));

    QAbstractItemModel* problems = window.problemList()->model();
    QCOMPARE(problems->rowCount(), kChips);
    QVERIFY(window.problemList()->isVisible());
    for (const int row : { 0, kChips - 1 }) {
        const QString line = problems->index(row, 0).data().toString();
        QVERIFY2(line.startsWith(path + u":%1:"_s.arg(3 + row)), qPrintable(line));
        QVERIFY2(line.contains(u"warning: chip 'w-%1'"_s.arg(row)), qPrintable(line));
        QVERIFY(!problems->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    // The window keeps the file's chips: warnings never stop a load.
    QVERIFY(chipModel(window)->rowOfChip(u"w-4999"_s) >= 0);
}

void TestMainWindow::goodCatalogMergesOverTheBuiltIn()
{
    MainWindow window(m_builtIn, { false, {} });
    const int before = chipModel(window)->rowCount();
    QVERIFY(window.openCatalogFile(testDataPath(u"user-catalog.json"_s)));
    QCOMPARE(chipModel(window)->rowCount(), before + 1);
    QCOMPARE(filterBar(window)->countLabel()->text(), u"%1 of %1 chips"_s.arg(before + 1));
    QVERIFY(filterBar(window)->vendorButton()->menu()->actions().size() > 6); // ACME is a new choice
}

void TestMainWindow::exportsTheVisibleRowsAsCsv()
{
    MainWindow window(m_builtIn, { false, {} });
    QTest::keyClicks(filterBar(window)->searchEdit(), u"h100"_s);
    tablePage(window)->view()->sortByColumn(ChipTableModel::NameColumn, Qt::DescendingOrder);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"table.csv"_s);
    QString error;
    QVERIFY2(window.exportTableCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    // The H100s, the H200 and the Siyuan 690 (whose notes name the H100), by name descending.
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[0].startsWith(u"id,name,vendor,"_s));
    QVERIFY(lines[1].startsWith(u"nvidia-h200-sxm,"_s));
    QVERIFY(lines[4].startsWith(u"nvidia-h100-nvl,"_s));
    QVERIFY(lines[5].startsWith(u"cambricon-siyuan-690,"_s));
}

void TestMainWindow::reportsAnUnwritableCsvPath()
{
    MainWindow window(m_builtIn, { false, {} });
    QString error;
    QVERIFY(!window.exportTableCsv(u"/nonexistent-dir/table.csv"_s, &error));
    QVERIFY2(error.startsWith(u"/nonexistent-dir/table.csv: cannot write"_s), qPrintable(error));
}

void TestMainWindow::detailsShowSourcesAsLinks()
{
    MainWindow window(m_builtIn, { false, {} });
    const int row = chipModel(window)->rowOfChip(u"nvidia-h100-sxm"_s);
    const QModelIndex index = chipProxy(window)->mapFromSource(chipModel(window)->index(row, 0));
    tablePage(window)->view()->setCurrentIndex(index);
    const QString html = detailsPanel(window)->toHtml();
    QVERIFY(html.contains(u"NVIDIA H100 SXM5 80GB"_s));
    QVERIFY(html.contains(u"https://glennklockwood.com/garden/processors/h100"_s));
    QVERIFY(html.contains(u"early datasheet figure"_s));
    const QString text = detailsPanel(window)->toPlainText();
    QVERIFY(text.contains(u"3,350 GB/s (as printed: 3.35 TB/s)"_s));
    QVERIFY(text.contains(u"Die area"_s) || text.contains(u"die_area"_s));
}

void TestMainWindow::detailsShowTheUsersOwnColumns()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(window.openCatalogFile(testDataPath(u"rich-catalog.json"_s)));
    const int row = chipModel(window)->rowOfChip(u"gk104-b"_s);
    QVERIFY(row >= 0);
    const QString html = DetailsPanel::chipHtml(chipModel(window)->catalog(), chipModel(window)->chip(row));
    QTextDocument document;
    document.setHtml(html);
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"Your columns"_s), qPrintable(text));
    QVERIFY(text.contains(u"x-board: GTX 680"_s));
    QVERIFY(text.contains(u"x-tags: [\"kepler\",1]"_s));
    QVERIFY(text.contains(u"x-row: 17"_s)); // on the memory value itself
    // Unknown vendor and status read as unknown, never as something invented.
    QCOMPARE(chipModel(window)->index(row, ChipTableModel::VendorColumn).data().toString(), u"—"_s);
    QCOMPARE(chipModel(window)->index(row, ChipTableModel::StatusColumn).data().toString(), u"—"_s);
}

void TestMainWindow::yearsAndConditionsFilterTheTable()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    FilterBar* bar = filterBar(window);
    ChipFilterProxyModel* shown = chipProxy(window);
    const int all = shown->rowCount();
    const auto shownChips = [&window, shown] {
        QList<const Chip*> chips;
        for (int row = 0; row < shown->rowCount(); ++row)
            chips.append(&chipModel(window)->chip(shown->mapToSource(shown->index(row, 0)).row()));
        return chips;
    };

    QTest::keyClicks(bar->yearsEdit(), u"2025..2026"_s);
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
    for (const Chip* chip : shownChips())
        QVERIFY2(chip->year && *chip->year >= 2025 && *chip->year <= 2026, qPrintable(chip->id));
    const int recent = shown->rowCount();
    QTest::keyClicks(bar->whereEdit(), u"memory-gb>=128"_s);
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < recent);
    for (const Chip* chip : shownChips())
        QVERIFY2(chip->canonical(SpecField::MemoryCapacity).value_or(0) >= 128, qPrintable(chip->id));

    // Text that does not read is shown in red, says why, and filters nothing.
    bar->whereEdit()->selectAll();
    QTest::keyClicks(bar->whereEdit(), u"memory>=128"_s);
    QCOMPARE(shown->rowCount(), recent);
    QVERIFY2(
        bar->whereEdit()->toolTip().startsWith(u"Not applied: "_s), qPrintable(bar->whereEdit()->toolTip()));
    QCOMPARE(bar->whereEdit()->palette().color(QPalette::Text), QColor(214, 39, 40));
    bar->yearsEdit()->selectAll();
    QTest::keyClicks(bar->yearsEdit(), u"2020-2026"_s);
    QCOMPARE(shown->rowCount(), all);
    QVERIFY(bar->yearsEdit()->toolTip().startsWith(u"Not applied: "_s));

    // Clear filters empties both, and the table shows every chip again.
    bar->yearsEdit()->setText(u"2025"_s);
    QVERIFY(shown->rowCount() < all);
    QTest::keyClick(&window, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(shown->rowCount(), all);
    QVERIFY(bar->yearsEdit()->text().isEmpty() && bar->whereEdit()->text().isEmpty());
    QVERIFY(!bar->whereEdit()->toolTip().startsWith(u"Not applied"_s));
}

void TestMainWindow::timelineIsChosenFromTheKindBox()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1024, 700 }));
    QVERIFY(window.showPage(u"chart"_s));
    auto* kind = window.findChild<QComboBox*>(u"chartKind"_s);
    auto* x = window.findChild<QComboBox*>(u"chartX"_s);
    auto* y = window.findChild<QComboBox*>(u"chartY"_s);
    auto* logY = window.findChild<QCheckBox*>(u"chartLogY"_s);
    QVERIFY(kind && x && y && logY);
    QTRY_VERIFY(kind->isVisible());
    QVERIFY(!logY->isChecked());
    // The last kind in the box, chosen with the keyboard as a user would.
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End);
    QCOMPARE(kind->currentText(), u"Timeline"_s);
    ChartPage* chart = window.findChild<ChartPage*>(u"chartPage"_s);
    QTRY_COMPARE(chart->chartData().request.kind, ChartRequest::Kind::Timeline);
    // A metric against the year: the x box goes, the y box and a log axis (on by default) stay.
    QVERIFY(!x->isVisible());
    QVERIFY(y->isVisible());
    QVERIFY(logY->isChecked());
    QCOMPARE(chart->chartData().title, u"Memory bandwidth by year"_s); // the y box starts on bandwidth
    QCOMPARE(chart->chartData().xAxisTitle, u"Year announced"_s);
    for (const auto& item : chart->chartData().items)
        QCOMPARE(item.x, double(*window.document()->merged()->chip(item.chipId)->year));
    QVERIFY(distinctColours(chart->renderImage(QSize(800, 450))) > 20);
    if (const QString shots = qEnvironmentVariable("CHIPCOMPARE_TEST_SHOTS"); !shots.isEmpty())
        window.grab().save(shots + u"/timeline-window.png"_s);
}

// Issue 22 item 13: the bar chart (the page's first kind) offers "log" beside its metric; a click
// puts the bars on a log axis, whose title says so.
void TestMainWindow::aBarChartsLogBoxMakesItsValueAxisLogarithmic()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1024, 700 }));
    QVERIFY(window.showPage(u"chart"_s));
    ChartPage* chart = window.findChild<ChartPage*>(u"chartPage"_s);
    auto* logX = window.findChild<QCheckBox*>(u"chartLogX"_s);
    QVERIFY(chart && logX);
    QTRY_VERIFY(logX->isVisible());
    QCOMPARE(chart->chartData().request.kind, ChartRequest::Kind::Bar);
    QCOMPARE(chart->chartData().xAxisTitle, u"Memory bandwidth (GB/s)"_s);
    QTest::mouseClick(logX, Qt::LeftButton, {}, QPoint(8, logX->height() / 2));
    QTRY_COMPARE(chart->chartData().xAxisTitle, u"Memory bandwidth (GB/s, log)"_s);
    QVERIFY(chart->chartData().request.logX);
    QVERIFY(distinctColours(chart->renderImage(QSize(800, 450))) > 10);
    // A timeline has no x metric: no box for it.
    auto* kind = window.findChild<QComboBox*>(u"chartKind"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End);
    QTRY_VERIFY(!logX->isVisible());
}

void TestMainWindow::chartFollowsFilterAndSelection()
{
    MainWindow window(m_builtIn, { false, {} });
    ChartPage* chart = window.chartPage();
    QVERIFY(window.showPage(u"chart"_s));
    const auto ids = [chart] {
        QStringList list;
        for (const auto& item : chart->chartData().items)
            list.append(item.chipId);
        return list;
    };
    QTRY_COMPARE(chart->chartData().items.size() + chart->chartData().unknownLabels.size(),
        chipModel(window)->rowCount());

    QTest::keyClicks(filterBar(window)->searchEdit(), u"ascend"_s);
    QTRY_COMPARE(ids(), (QStringList { u"huawei-ascend-910c"_s, u"huawei-ascend-910b"_s }));
    QVERIFY(chart->chartData().unknownLabels.isEmpty());

    QVERIFY(chart->setBarMetric(u"tdp-w"_s));
    QTRY_COMPARE(chart->chartData().title, u"TDP"_s);
    QCOMPARE(chart->chartData().items.first().valueText, u"700 W"_s); // the 910C's TDP, reported by Epoch

    // The table's selection is emphasised in the chart.
    QTableView* table = tablePage(window)->view();
    table->selectRow(0);
    const QString selected = table->model()->index(0, 0).data(ChipTableModel::ChipIdRole).toString();
    QTRY_COMPARE(chart->highlightedChips(), QSet<QString> { selected });

    chart->setKind(ChartRequest::Kind::Scatter);
    QTRY_COMPARE(chart->chartData().request.kind, ChartRequest::Kind::Scatter);
    filterBar(window)->clear();
    QTRY_COMPARE(chart->chartData().items.size(), 14);

    const QImage image = chart->renderImage(QSize(400, 300));
    QCOMPARE(image.size(), QSize(400, 300));
    QVERIFY(distinctColours(image) > 20);

    // Exporting from another page first brings the hidden chart up to date.
    QVERIFY(window.showPage(u"table"_s));
    QTest::keyClicks(filterBar(window)->searchEdit(), u"h20"_s);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(chart->exportChart(dir.filePath(u"now.svg"_s), QSize(600, 400), 0, &error), qPrintable(error));
    const ChartData expected = ChartDataBuilder::build(
        chipModel(window)->catalog(), chipProxy(window)->visibleChips(), chart->request());
    QVERIFY(expected.items.size() < 14); // the filter really narrowed it
    QCOMPARE(ids(), [&] {
        QStringList list;
        for (const auto& item : expected.items)
            list.append(item.chipId);
        return list;
    }());
}

void TestMainWindow::compareSelectedRowsAndExportEveryFormat()
{
    MainWindow window(m_builtIn, { false, {} });
    QTableView* table = tablePage(window)->view();
    QTest::keyClicks(filterBar(window)->searchEdit(), u"ascend"_s);
    table->selectAll();
    window.compareSelected();
    ComparePage* compare = window.comparePage();
    QCOMPARE(compare->chipIds().size(), 2);
    QVERIFY(compare->chipIds().contains(u"huawei-ascend-910b"_s));
    QCOMPARE(compare->comparisonModel()->columnCount(), 3);
    QVERIFY(compare->setBaseline(u"huawei-ascend-910b"_s));
    QCOMPARE(compare->comparisonModel()->comparison().baseline,
        int(compare->chipIds().indexOf(u"huawei-ascend-910b"_s)));

    QTemporaryDir dir;
    QString error;
    QVERIFY2(compare->exportTo(dir.filePath(u"c.csv"_s), &error), qPrintable(error));
    QFile csv(dir.filePath(u"c.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    QVERIFY(csvText.startsWith(u"attribute,"_s));
    QVERIFY(csvText.contains(u"\nmemory_gb_ratio,"_s));
    QVERIFY2(compare->exportTo(dir.filePath(u"c.md"_s), &error), qPrintable(error));
    QVERIFY2(compare->exportTo(dir.filePath(u"c.png"_s), &error), qPrintable(error));
    const QImage png(dir.filePath(u"c.png"_s));
    QVERIFY(png.width() > 300 && png.height() > 300);
    QVERIFY(distinctColours(png) > 10);
    QVERIFY2(compare->exportTo(dir.filePath(u"c.pdf"_s), &error), qPrintable(error));
    QFile pdf(dir.filePath(u"c.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY(pdfBytes.contains("/Count 1"));
    QVERIFY(!compare->exportTo(dir.filePath(u"c.docx"_s), &error));
    QVERIFY(error.contains(u"unsupported file type"_s));
    QVERIFY(!compare->exportTo(u"/nonexistent-dir/c.csv"_s, &error));
    QVERIFY(error.startsWith(u"/nonexistent-dir/c.csv: cannot write"_s));

    std::unique_ptr<QMimeData> mime(compare->clipboardData());
    QVERIFY(mime->text().startsWith(u"Attribute\t"_s));
    QVERIFY(mime->text().contains(u"Memory bandwidth (GB/s)\t"_s));
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->html().contains(u"<table"_s));
}

void TestMainWindow::compareKeepsAtMostEightChips()
{
    MainWindow window(m_builtIn, { false, {} });
    QStringList ids;
    for (const auto& chip : m_builtIn.chips)
        ids.append(chip.id);
    window.comparePage()->setChipIds(ids);
    QCOMPARE(window.comparePage()->chipIds().size(), ComparePage::kMaxChips);
    // Said, and still said after the page rebuilt (rebuild() used to hide it).
    QLabel* notice = window.comparePage()->noticeLabel();
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().startsWith(u"At most 8 chips side by side; 9 more left out: "_s),
        qPrintable(notice->text()));
    QVERIFY(notice->text().contains(ids.last()));
    window.comparePage()->setChipIds({ u"nvidia-h20"_s });
    QCOMPARE(window.comparePage()->comparisonModel()->rowCount(), 0); // one chip is not a comparison
    QVERIFY(window.comparePage()->hintLabel()->text().contains(u"at least two"_s));
    QString error;
    QVERIFY(!window.comparePage()->exportTo(u"x.csv"_s, &error));
}

void TestMainWindow::comparePickerTicksWithMouseAndSpace()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    window.showPage(u"compare"_s);
    ComparePage* compare = window.comparePage();
    QListView* picker = compare->picker();
    QAbstractItemModelTester tester(picker->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(picker->model()->rowCount(), m_builtIn.chips.size());
    // A click on a row's tick box ticks it.
    auto checkBoxOf = [picker](int row) {
        QStyleOptionViewItem option;
        option.initFrom(picker);
        option.rect = picker->visualRect(picker->model()->index(row, 0));
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        return picker->style()
            ->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, picker)
            .center();
    };
    QTest::mouseClick(picker->viewport(), Qt::LeftButton, {}, checkBoxOf(0));
    QCOMPARE(compare->chipIds(), QStringList { m_builtIn.chips[0].id });
    // Space ticks the current row.
    picker->setFocus();
    picker->setCurrentIndex(picker->model()->index(2, 0));
    QTest::keyClick(picker, Qt::Key_Space);
    QCOMPARE(compare->chipIds(), (QStringList { m_builtIn.chips[0].id, m_builtIn.chips[2].id }));
    QCOMPARE(compare->comparisonModel()->columnCount(), 3); // attribute + two chips
    QCOMPARE(picker->model()->index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Space again unticks it.
    QTest::keyClick(picker, Qt::Key_Space);
    QCOMPARE(compare->chipIds(), QStringList { m_builtIn.chips[0].id });
    // A ninth tick is refused, and the box stays empty.
    QStringList eight;
    for (int i = 0; i < ComparePage::kMaxChips; ++i)
        eight.append(m_builtIn.chips[i].id);
    compare->setChipIds(eight);
    picker->setCurrentIndex(picker->model()->index(ComparePage::kMaxChips, 0));
    QTest::keyClick(picker, Qt::Key_Space);
    QCOMPARE(compare->chipIds(), eight);
    QCOMPARE(picker->model()->index(ComparePage::kMaxChips, 0).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
    QVERIFY(compare->noticeLabel()->text().startsWith(u"At most 8 chips side by side; untick one first."_s));
}

void TestMainWindow::ecosystemAndLlmFitFollowTheFilter()
{
    MainWindow window(m_builtIn, { false, {} });
    EcosystemModel* ecosystem = window.ecosystemPage()->model();
    // The LLM fit page shown once, then hidden while the filter changes.
    LlmFitPage* llm = window.llmFitPage();
    QVERIFY(window.showPage(u"llm"_s));
    QTRY_COMPARE(llm->model()->rowCount(), chipModel(window)->rowCount());
    QVERIFY(window.showPage(u"ecosystem"_s));
    QTRY_COMPARE(ecosystem->rowCount(), chipModel(window)->rowCount());
    QTest::keyClicks(filterBar(window)->searchEdit(), u"metax"_s);
    QTRY_COMPARE(ecosystem->rowCount(), 2);

    // Hidden pages wait, and catch up when shown.
    QTest::qWait(20);
    QCOMPARE(llm->model()->rowCount(), chipModel(window)->rowCount());
    QVERIFY(window.showPage(u"llm"_s));
    QTRY_COMPARE(llm->model()->rowCount(), 2);
    llm->setCustom(32e9, 32e9);
    llm->setPrecision(LlmFit::Precision::Bf16);
    llm->setChartVisible(true);
    QTRY_COMPARE(llm->chartData().items.size(), 2);
    QVERIFY(llm->chartData().title.contains(u"Decode upper bound"_s));
    for (const auto& item : llm->chartData().items) {
        if (item.chipId == u"metax-c600"_s)
            QCOMPARE(item.valueText, u"54.88 tokens/s*"_s); // rumored bandwidth
        else
            QCOMPARE(
                item.valueText, u"54.88 tokens/s*†"_s); // C500: rumored 1.8 TB/s; Epoch's 18 TB/s disagrees
    }
    QTemporaryDir dir;
    QString error;
    QVERIFY2(llm->exportChart(dir.filePath(u"llm.svg"_s), QSize(800, 450), &error), qPrintable(error));
    QFile svg(dir.filePath(u"llm.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(svg.readAll());
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY(!xml.hasError());
    // A bad number is reported, not computed.
    llm->setCustom(8e9, 9e9);
    QTRY_COMPARE(llm->model()->rowCount(), 0);
}

void TestMainWindow::chineseTranslationIsEmbedded()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(u"zh_CN"_s), u"chipcompare"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(translator.translate("MainWindow", "Table"), u"表格"_s);
    QCOMPARE(translator.translate("Confidence", "rumored"), u"传闻"_s);
    // The plural form is chosen here; tr() substitutes %n later.
    QCOMPARE(translator.translate("FilterBar", "%1 of %n chip(s)", nullptr, 17), u"%1 / %n 款芯片"_s);
}

void TestMainWindow::searchWaitsForAPauseOnlyInLargeCatalogs()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    bar.setCatalog(m_builtIn);
    spy.clear();
    QTest::keyClick(bar.searchEdit(), Qt::Key_H);
    QCOMPARE(spy.count(), 1); // small catalog: every keystroke filters at once

    Catalog large = m_builtIn;
    const Chip h20 = *m_builtIn.chip(u"nvidia-h20"_s);
    for (int i = 0; i <= FilterBar::kDebounceAboveChips; ++i) {
        Chip copy = h20;
        copy.id = u"copy-"_s + QString::number(i);
        large.chips.append(copy);
    }
    bar.setCatalog(large);
    spy.clear();
    QTest::keyClicks(bar.searchEdit(), u"20"_s);
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1); // one refilter after the pause, for both keystrokes
    QCOMPARE(spy.last().first().value<ChipFilter>().searchText, u"h20"_s);
}

void TestMainWindow::numberCellsShowTheWholeNumberAfterALoad()
{
    // A merged dataset's 32 KB frame buffer is 0.000032 GB: cut to "0.00…" it read as zero.
    QTemporaryDir dir;
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QVERIFY(window.openCatalogFile(writeTestFile(dir, u"small.json"_s, tinyMemoryCatalog("32"))));
    QTableView* view = tablePage(window)->view();
    QHeaderView* header = view->horizontalHeader();
    const int column = TablePage::keyColumns().first();
    QCOMPARE(chipModel(window)->headerData(column, Qt::Horizontal).toString(), u"Memory\n(GB)"_s);
    const auto cell = [&] {
        return chipProxy(window)->mapFromSource(
            chipModel(window)->index(chipModel(window)->rowOfChip(u"frame-buffer-1985"_s), column));
    };
    QCOMPARE(cell().data().toString(), u"0.000032"_s);

    // Whole: the cell shows what it shows with room to spare (right-aligned, past the mark).
    const auto showsWhole = [&] {
        const QImage shown = cellImage(view, cell());
        const int width = view->columnWidth(column);
        header->resizeSection(column, width + 150);
        const QImage roomy = cellImage(view, cell());
        header->resizeSection(column, width);
        const int textPart = shown.width() - 24;
        return rightPart(shown, textPart) == rightPart(roomy, textPart);
    };
    QVERIFY(showsWhole());

    // A column the user narrows stays narrow when the same values come again...
    dragColumnEdge(header, column, -40);
    const int narrowed = view->columnWidth(column);
    QVERIFY(narrowed < header->sectionSizeHint(column));
    QVERIFY(window.openCatalogFile(writeTestFile(dir, u"again.json"_s, tinyMemoryCatalog("32"))));
    QCOMPARE(view->columnWidth(column), narrowed);
    // ...and widens when a value needs more room than any before.
    QVERIFY(window.openCatalogFile(writeTestFile(dir, u"smaller.json"_s, tinyMemoryCatalog("3.2"))));
    QCOMPARE(cell().data().toString(), u"0.0000032"_s);
    QVERIFY(showsWhole());

    // View → Reset layout puts back the first columns, which were fitted to the built-in numbers.
    dragColumnEdge(header, column, -40);
    QVERIFY(!showsWhole());
    QAction* reset = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == u"&Reset layout"_s)
            reset = action;
    }
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(showsWhole());

    // In a larger font the numbers need more room: the widths worked out for the smaller one no
    // longer hold.
    QFont larger = view->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.6);
    view->setFont(larger);
    reset->trigger();
    QVERIFY(showsWhole());
}

void TestMainWindow::aNumberTooWideForItsCellReadsHashes_data()
{
    QTest::addColumn<bool>("marked");
    QTest::addColumn<bool>("markShownSelected");
    QTest::newRow("a plain number") << false << false;
    QTest::newRow("a number marked as disputed") << true << false;
    QTest::newRow("a marked number, mark shown selected") << true << true;
}

void TestMainWindow::aNumberTooWideForItsCellReadsHashes()
{
    QFETCH(bool, marked);
    QFETCH(bool, markShownSelected);
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), u"0.000032"_s);
    model.setData(model.index(1, 0), NumberCellDelegate::overflowText());
    QPixmap mark(16, 16);
    mark.fill(Qt::red);
    for (int row = 0; row < 2; ++row) {
        model.setData(model.index(row, 0), int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        if (marked)
            model.setData(model.index(row, 0), QIcon(mark), Qt::DecorationRole);
    }
    // Styles lay a cell out differently when its decoration is drawn as part of the selection.
    QTableView view;
    view.setStyleSheet(markShownSelected ? u"QTableView { show-decoration-selected: 1; }"_s
                                         : u"QTableView { show-decoration-selected: 0; }"_s);
    view.setIconSize(QSize(16, 16));
    NumberCellDelegate delegate;
    view.setItemDelegate(&delegate);
    view.setModel(&model);
    view.resize(400, 200);
    view.setFocusPolicy(Qt::NoFocus); // no focus frame on the first cell
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto showsHashes = [&](int width) {
        view.setColumnWidth(0, width);
        return cellImage(&view, model.index(0, 0)) == cellImage(&view, model.index(1, 0));
    };
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.font = view.font();
    option.fontMetrics = view.fontMetrics();
    option.features = QStyleOptionViewItem::HasDisplay;
    if (marked) {
        option.features |= QStyleOptionViewItem::HasDecoration;
        option.decorationSize = view.iconSize();
    }
    option.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    const int needed = NumberCellDelegate::widthNeeded(option, u"0.000032"_s);
    const int gridLine = view.showGrid() ? 1 : 0; // a column is its cells and the line after them
    QVERIFY(showsHashes(needed / 2));
    QVERIFY(showsHashes(needed - 1 + gridLine)); // the width it asks for is no more than it needs...
    QVERIFY(!showsHashes(needed + gridLine)); // ...and enough
    view.resizeColumnToContents(0); // what double-clicking the header's edge does
    QVERIFY(!showsHashes(view.columnWidth(0)));
}

// The number cells skip the text shaper (kerning, ligatures) that numbers do not need: in the
// test font that changes no pixel, italic, selected or not.
void TestMainWindow::aNumberThatFitsLooksAsQtPaintsIt()
{
    const QStringList numbers { u"0.000032"_s, u"1,979"_s, u"835.5"_s, u"4,800"_s, u"17.1"_s, u"\u2014"_s,
        u"-0.75"_s, u"1.2e+06"_s };
    QStandardItemModel model(int(numbers.size()), 2);
    QFont italic;
    italic.setItalic(true);
    for (int row = 0; row < numbers.size(); ++row) {
        for (int column = 0; column < 2; ++column) {
            model.setData(model.index(row, column), numbers[row]);
            model.setData(
                model.index(row, column), int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            if (row % 2)
                model.setData(model.index(row, column), italic, Qt::FontRole);
        }
    }
    QTableView view;
    NumberCellDelegate delegate;
    view.setItemDelegateForColumn(0, &delegate); // column 1 keeps Qt's own delegate
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setFocusPolicy(Qt::NoFocus);
    QVERIFY(showAtSize(view, { 400, 400 }));
    view.selectRow(2);
    for (int row = 0; row < numbers.size(); ++row) {
        QCOMPARE(cellImage(&view, model.index(row, 0)), cellImage(&view, model.index(row, 1)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
