// A first session in the window, as the issue "Right on real data, clear at first glance" saw it:
// every test drives the shown window with mouse and keyboard and checks what the user sees.

#include "analysis/chartdata.h"
#include "analysis/metrics.h"
#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/dataqualitymodel.h"
#include "models/llmfitmodel.h"
#include "models/unknownlastsortproxy.h"
#include "shownwindow.h"
#include "testprocess.h"
#include "widgets/chartpage.h"
#include "widgets/comparepage.h"
#include "widgets/detailspanel.h"
#include "widgets/elidingstatusbar.h"
#include "widgets/filterbar.h"
#include "widgets/frozencolumntableview.h"
#include "widgets/llmfitpage.h"
#include "widgets/mainwindow.h"
#include "widgets/multiselectbutton.h"
#include "widgets/settings.h"
#include "widgets/tablepage.h"
#include "windowparts.h"

#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

QTabBar* tabBarOf(MainWindow& window)
{
    return window.findChild<QTabWidget*>(u"pages"_s)->tabBar();
}

void clickTab(MainWindow& window, const QString& text)
{
    QTabBar* bar = tabBarOf(window);
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i) == text)
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
    }
}

int rowOfChip(const QAbstractItemModel* model, const QString& id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ChipTableModel::ChipIdRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestFirstSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyNumbersAreVisibleAt1280x800();
    void resetLayoutBringsBackTheFirstLayout();
    void aHiddenColumnStaysHiddenButNotOnOtherColumns();
    void chipNamesStayWhenScrollingRight();
    void smallWindowsStartWithoutTheDetailsPanel();
    void theDetailsAreLaidOutOnceWhenTheWindowOpens();
    void theDetailsLookTheSameWhenPaintedAgain();
    void warningsLeaveTheTableItsRowsInASmallWindow();
    void aShortenedMessageGoesAfterItsTimeOrForAStatusTip();
    void aColumnShownFromTheColumnMenuFitsItsHeader();
    void clickingAHeaderSortsAndClickingATabSwitchesPage();
    void tabLeavesTheTableAndCtrlTabSwitchesPages();
    void ctrlFGoesToTheSearchBox();
    void filterMenusTickWithSpaceAndCloseWithReturn();
    void problemsPanelShowsOnlyWhatTheLastFileHad();
    void problemsPanelDoesNotComeBackEmptyAfterARestart();
    void chartLlmFitAndFiltersComeBackAfterARestart();
    void detailsLetGoOfAChipTheFiltersHide();
    void anEmptyTableSaysSoAndOffersClearFilters();
    void catalogSummaryIsPermanentAndSingular();
    void scatterPointsShowTooltipsOnHover();
    void chartCapIsASettingAndKeepsTheSelectedChip();
    void llmFitListsChipsBeyondTheLimitLastAndHasEveryBarNamed();
    void compareColumnsShareThePage();
    void dataQualityListsPolicyWarningsAndShowsTheValue();
    void tooltipsNameTheKindOfSource();

private:
    Catalog m_builtIn;
};

void TestFirstSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
    // The built-in catalog as of 2025-11-29 (17 chips), frozen as a fixture: what these tests
    // check is how the window, models and charts treat a known catalog, not what today's holds.
    const auto result = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/catalog-2025.json"));
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
}

void TestFirstSession::keyNumbersAreVisibleAt1280x800()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QTableView* table = tablePage(window)->view();
    QHeaderView* header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    for (const int column : TablePage::keyColumns() + QList<int> { ChipTableModel::NameColumn }) {
        const int left = header->sectionViewportPosition(column);
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!table->isColumnHidden(column), qPrintable(title));
        QVERIFY2(left >= 0 && left + header->sectionSize(column) <= viewport,
            qPrintable(u"%1 at %2..%3 of %4"_s.arg(title)
                           .arg(left)
                           .arg(left + header->sectionSize(column))
                           .arg(viewport)));
    }
    // The numbers lead: memory comes right after the name.
    QCOMPARE(header->logicalIndex(1), TablePage::keyColumns().first());
}

void TestFirstSession::smallWindowsStartWithoutTheDetailsPanel()
{
    for (const auto& [size, details] :
        { std::pair(QSize(800, 450), false), std::pair(QSize(1280, 800), true) }) {
        MainWindow window(m_builtIn, { false, {} });
        QVERIFY(showAtSize(window, size));
        auto* dock = window.findChild<QDockWidget*>(u"detailsDock"_s);
        QCOMPARE(dock->isVisible(), details);
        if (details)
            QVERIFY(dock->width() >= 180); // never an unreadable strip
    }
}

namespace {
// Counts the resizes of a widget; a text view lays its whole text out again at each.
class ResizeCounter : public QObject
{
public:
    explicit ResizeCounter(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            ++count;
        return false;
    }
};
} // namespace

void TestFirstSession::theDetailsAreLaidOutOnceWhenTheWindowOpens()
{
    // Each resize of the text area lays the chip's details out again, all before the window first
    // shows: the panel should get its width once, not a default width and then its own, nor
    // lose width to a scroll bar that turns up once the text is in.
    MainWindow window(m_builtIn, { false, {} });
    window.resize(1280, 800);
    ResizeCounter resizes(detailsPanel(window)->viewport());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!detailsPanel(window)->toPlainText().isEmpty());
    QCOMPARE(resizes.count, 1);
    QVERIFY(detailsPanel(window)->width() >= 180);
}

// The details keep their shaped text between paints: what they show must not change for it, after
// another chip, a scroll or a narrower panel.
void TestFirstSession::theDetailsLookTheSameWhenPaintedAgain()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    DetailsPanel* details = detailsPanel(window);
    const QImage first = details->viewport()->grab().toImage();
    const QString firstChip = tablePage(window)->currentChipId();

    QTableView* table = tablePage(window)->view();
    const auto clickRow = [&](int row) {
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 1)).center());
    };
    clickRow(3);
    QVERIFY(tablePage(window)->currentChipId() != firstChip);
    QVERIFY(details->viewport()->grab().toImage() != first);
    clickRow(0);
    QCOMPARE(tablePage(window)->currentChipId(), firstChip);
    QCOMPARE(details->viewport()->grab().toImage(), first);

    QTest::keyClick(details->viewport(), Qt::Key_PageDown);
    QTRY_VERIFY(details->verticalScrollBar()->value() > 0);
    QTest::keyClick(details->viewport(), Qt::Key_PageUp);
    QTRY_COMPARE(details->verticalScrollBar()->value(), 0);
    QCOMPARE(details->viewport()->grab().toImage(), first);

    auto* dock = window.findChild<QDockWidget*>(u"detailsDock"_s);
    const int width = dock->width();
    window.resizeDocks({ dock }, { width - 80 }, Qt::Horizontal);
    QTRY_VERIFY(details->viewport()->width() < first.width() / first.devicePixelRatio());
    window.resizeDocks({ dock }, { width }, Qt::Horizontal);
    QTRY_COMPARE(details->viewport()->width(), int(first.width() / first.devicePixelRatio()));
    QCOMPARE(details->viewport()->grab().toImage(), first);
}

void TestFirstSession::warningsLeaveTheTableItsRowsInASmallWindow()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 800, 450 }));
    // The user is on a chip low in the table when the panels come up under it; the file's chips
    // come in, and the first of them is current.
    QTableView* table = tablePage(window)->view();
    const int lowest = table->rowAt(table->viewport()->height() - 2);
    QVERIFY(lowest > 5);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(lowest, 1)).center());
    QVERIFY(window.openCatalogFile(testDataPath(u"real-data-shapes.json"_s))); // two warnings
    auto* problemsDock = window.findChild<QDockWidget*>(u"problemsDock"_s);
    auto* problems = window.findChild<QListView*>(u"problemList"_s);
    QTRY_VERIFY(problemsDock->isVisible());
    QCOMPARE(problems->model()->rowCount(), 2);

    // The panel shows both warnings whole, and takes no more than a third of the window.
    QTRY_VERIFY(problemsDock->height() <= window.height() / 3);
    const int rowHeight = problems->sizeHintForRow(0);
    QVERIFY2(problems->viewport()->height() >= 2 * rowHeight,
        qPrintable(u"%1 pixels for two rows of %2"_s.arg(problems->viewport()->height()).arg(rowHeight)));
    // The table keeps rows to read: at least five chips in view, the current one among them.
    QVERIFY2(table->viewport()->height() >= 5 * table->rowHeight(0),
        qPrintable(u"%1 pixels for rows of %2"_s.arg(table->viewport()->height()).arg(table->rowHeight(0))));
    QTRY_VERIFY2(table->viewport()->rect().contains(table->visualRect(table->currentIndex())),
        qPrintable(u"row at %1, table %2 pixels high"_s.arg(table->visualRect(table->currentIndex()).top())
                       .arg(table->viewport()->height())));

    // The status message is shortened, not cut off at the catalog summary; all of it is in the
    // tooltip, and it shows whole again once there is room.
    QStatusBar* bar = window.statusBar();
    const QString message = bar->currentMessage();
    QVERIFY2(message.endsWith(QChar(0x2026)), qPrintable(message));
    QVERIFY(bar->toolTip().startsWith(message.chopped(1)));
    QVERIFY2(bar->toolTip().contains(u"2 warnings in the problems panel"_s), qPrintable(bar->toolTip()));
    QVERIFY(bar->fontMetrics().horizontalAdvance(message) <= catalogSummary(window)->x() - 8);
    window.resize(1600, 450);
    QTRY_VERIFY(bar->currentMessage().contains(u"2 warnings in the problems panel"_s));
    QVERIFY(bar->toolTip().isEmpty());
}

void TestFirstSession::aShortenedMessageGoesAfterItsTimeOrForAStatusTip()
{
    QMainWindow window;
    auto* bar = new ElidingStatusBar(&window);
    window.setStatusBar(bar);
    bar->addPermanentWidget(new QLabel(u"Catalog of 2026-11-29 · 17 chips · 51 sources"_s));
    window.resize(420, 200);
    const QString longMessage
        = u"Loaded a-catalog-with-a-long-name.json: 4 chips merged over the built-in catalog"_s;
    bar->showStatus(longMessage); // before the window shows, as for a file on the command line
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(bar->currentMessage().endsWith(QChar(0x2026)));
    bar->showStatus(longMessage, 200);
    QVERIFY(bar->currentMessage().endsWith(QChar(0x2026)));
    QCOMPARE(bar->toolTip(), longMessage);
    QTRY_VERIFY(bar->currentMessage().isEmpty());
    QVERIFY(bar->toolTip().isEmpty());

    // A menu's status tip takes the bar, and the message does not come back when the tip goes.
    bar->showStatus(longMessage);
    QStatusTipEvent tip(u"Open a catalog"_s);
    QApplication::sendEvent(&window, &tip);
    QCOMPARE(bar->currentMessage(), u"Open a catalog"_s);
    QVERIFY(bar->toolTip().isEmpty());
    window.resize(2000, 200); // a resize does not bring it back either
    QStatusTipEvent tipGone { QString() };
    QApplication::sendEvent(&window, &tipGone);
    QTRY_VERIFY(bar->currentMessage().isEmpty());
    QCOMPARE(bar->fullMessage(), QString());
}

void TestFirstSession::aColumnShownFromTheColumnMenuFitsItsHeader()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QTableView* table = tablePage(window)->view();
    QHeaderView* header = table->horizontalHeader();
    // The hidden column with the widest header line.
    const auto widestLine = [&](int column) {
        int widest = 0;
        for (const QString& line : table->model()->headerData(column, Qt::Horizontal).toString().split(u'\n'))
            widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
        return widest;
    };
    int column = -1;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->isColumnHidden(c) && (column < 0 || widestLine(c) > widestLine(column)))
            column = c;
    }
    QVERIFY(column >= 0);
    const QString title = table->model()->headerData(column, Qt::Horizontal).toString().replace(u'\n', u' ');

    // A right-click on the header opens the column menu; the user ticks or unticks the column.
    const auto toggleFromTheMenu = [&] {
        const QPoint at(
            header->sectionViewportPosition(ChipTableModel::NameColumn) + 10, header->height() / 2);
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &rightClick);
        QMenu* menu = tablePage(window)->columnMenu();
        QTRY_VERIFY(menu->isVisible());
        QAction* action = nullptr;
        for (QAction* candidate : menu->actions()) {
            if (candidate->text() == title)
                action = candidate;
        }
        QVERIFY2(action, qPrintable(title));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        QTRY_VERIFY(!menu->isVisible());
    };
    toggleFromTheMenu();
    QTRY_VERIFY(!table->isColumnHidden(column));

    // Every line of its header shows whole, with the style's margins.
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    QVERIFY2(header->sectionSize(column) >= widestLine(column) + margins,
        qPrintable(u"%1: %2 pixels for a %3-pixel line"_s.arg(title)
                       .arg(header->sectionSize(column))
                       .arg(widestLine(column))));

    // Widened by the user, hidden and shown again, it comes back as the user left it.
    const int widened = header->sectionSize(column) + 40;
    header->resizeSection(column, widened);
    toggleFromTheMenu();
    QTRY_VERIFY(table->isColumnHidden(column));
    toggleFromTheMenu();
    QTRY_VERIFY(!table->isColumnHidden(column));
    QCOMPARE(header->sectionSize(column), widened);
}

void TestFirstSession::chipNamesStayWhenScrollingRight()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1024, 700 }));
    auto* table = static_cast<FrozenColumnTableView*>(tablePage(window)->view());
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QVERIFY(table->horizontalScrollBar()->value() > 0);
    QTableView* frozen = table->frozenView();
    QVERIFY(frozen->isVisible());
    QCOMPARE(frozen->geometry().left(), table->frameWidth());
    // The frozen column shows each row's own name, level with the row.
    for (const int row : { 0, 5, 16 }) {
        const QRect mainRow = table->visualRect(table->model()->index(row, 1));
        const QModelIndex atName = frozen->indexAt(QPoint(5, mainRow.center().y()));
        QCOMPARE(atName.row(), row);
        QCOMPARE(atName.data().toString(), table->model()->index(row, 0).data().toString());
    }
}

void TestFirstSession::clickingAHeaderSortsAndClickingATabSwitchesPage()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QTableView* table = tablePage(window)->view();
    QHeaderView* header = table->horizontalHeader();
    const int memory = TablePage::keyColumns().first();
    const QPoint centre(
        header->sectionViewportPosition(memory) + header->sectionSize(memory) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(header->sortIndicatorSection(), memory);
    const double first = table->model()->index(0, memory).data(ChipTableModel::SortRole).toDouble();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    const double firstAfter = table->model()->index(0, memory).data(ChipTableModel::SortRole).toDouble();
    QVERIFY(first != firstAfter);
    QCOMPARE(std::max(first, firstAfter), 196.0); // Siyuan 690's 196 GB is the largest memory
    // The frozen chip header sorts by name.
    auto* frozen = static_cast<FrozenColumnTableView*>(table)->frozenView();
    QTest::mouseClick(
        frozen->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(20, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(ChipTableModel::NameColumn));
    QVERIFY(table->model()->index(0, 0).data().toString().startsWith(u"Alibaba"_s));

    clickTab(window, u"Chart"_s);
    QCOMPARE(window.findChild<QTabWidget*>(u"pages"_s)->currentWidget(), window.chartPage());
    QVERIFY(window.chartPage()->isVisible());
}

void TestFirstSession::tabLeavesTheTableAndCtrlTabSwitchesPages()
{
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = tablePage(window)->view();
    table->setFocus();
    QVERIFY(table->hasFocus());
    const QModelIndex before = table->currentIndex();
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(table->currentIndex(), before); // Tab did not walk the cells
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(window.findChild<QTabWidget*>(u"pages"_s)->currentIndex(), 1);
}

void TestFirstSession::ctrlFGoesToTheSearchBox()
{
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    tablePage(window)->view()->setFocus();
    QTest::keyClick(tablePage(window)->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filterBar(window)->searchEdit()->hasFocus());
}

void TestFirstSession::filterMenusTickWithSpaceAndCloseWithReturn()
{
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MultiSelectButton* vendors = filterBar(window)->vendorButton();
    QMenu* menu = vendors->menu();
    bool stayedOpen = false;
    // The menu runs its own event loop: drive it from inside.
    QTimer::singleShot(50, menu, [&] {
        QTest::keyClick(menu, Qt::Key_Down); // the first vendor
        QTest::keyClick(menu, Qt::Key_Space);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Space);
        stayedOpen = menu->isVisible();
        QTest::keyClick(menu, Qt::Key_Return);
    });
    // Alt+N, the button's mnemonic, opens it.
    QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(!menu->isVisible());
    QVERIFY(stayedOpen);
    QCOMPARE(vendors->selected().size(), 2);
    QVERIFY(chipProxy(window)->rowCount() < chipModel(window)->rowCount());
}

void TestFirstSession::problemsPanelShowsOnlyWhatTheLastFileHad()
{
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* dock = window.findChild<QDockWidget*>(u"problemsDock"_s);
    QVERIFY(!dock->isVisible());
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"chipcompare-catalog\", \"version\": 1, \"chips\": [{\"id\": \"Bad Id\"}]}");
    file.close();
    QVERIFY(!window.openCatalogFile(bad));
    QVERIFY(dock->isVisible());
    QVERIFY(window.problemList()->model()->rowCount() >= 3);
    // A valid file clears them and the panel goes away.
    QVERIFY(window.openCatalogFile(testDataPath(u"user-catalog.json"_s)));
    QCOMPARE(window.problemList()->model()->rowCount(), 0);
    QVERIFY(!dock->isVisible());
    // A valid file with implausible values loads, and lists them as warnings.
    QVERIFY(window.openCatalogFile(testDataPath(u"real-data-shapes.json"_s)));
    QVERIFY(dock->isVisible());
    QCOMPARE(window.problemList()->model()->rowCount(), 2);
    QVERIFY(window.problemList()->model()->index(0, 0).data().toString().contains(
        u": warning: chip 'raw-bytes-h100'"_s));
    QVERIFY(chipModel(window)->rowOfChip(u"raw-bytes-h100"_s) >= 0);
}

void TestFirstSession::chartLlmFitAndFiltersComeBackAfterARestart()
{
    QSettings().clear();
    {
        MainWindow first(m_builtIn, { true, {} });
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.chartPage()->setKind(ChartRequest::Kind::Scatter);
        QVERIFY(first.chartPage()->setScatterMetrics(u"tdp-w"_s, u"bf16-tflops"_s));
        first.llmFitPage()->setPreset(u"deepseek-v3"_s);
        first.llmFitPage()->setPrecision(LlmFit::Precision::Fp8);
        first.llmFitPage()->setMaxChips(16);
        QTest::keyClicks(filterBar(first)->searchEdit(), u"ascend"_s);
        first.close();
    }
    {
        MainWindow second(m_builtIn, { true, {} });
        const ChartRequest chart = second.chartPage()->request();
        QCOMPARE(chart.kind, ChartRequest::Kind::Scatter);
        QCOMPARE(chart.x->key, u"tdp-w"_s);
        QCOMPARE(chart.y->key, u"bf16-tflops"_s);
        const LlmFit::Input llm = second.llmFitPage()->input();
        QCOMPARE(llm.precision, LlmFit::Precision::Fp8);
        QCOMPARE(llm.maxChips, 16);
        QCOMPARE(llm.parameters, 671e9);
        // Filters come back only when asked for (View > Restore filters at start).
        QCOMPARE(filterBar(second)->searchEdit()->text(), QString());
        Settings::setValue(Settings::Key::RestoreFilters, true);
        QTest::keyClicks(filterBar(second)->searchEdit(), u"ascend"_s);
        second.close();
    }
    MainWindow third(m_builtIn, { true, {} });
    QCOMPARE(filterBar(third)->searchEdit()->text(), u"ascend"_s);
    QCOMPARE(chipProxy(third)->rowCount(), 2); // the two Ascend chips
    QSettings().clear();
}

void TestFirstSession::aHiddenColumnStaysHiddenButNotOnOtherColumns()
{
    QSettings().clear();
    const int tdp = int(ChipTableModel::columnKeys().indexOf(u"tdp-w"_s));
    QVERIFY(tdp > 0);
    {
        MainWindow first(m_builtIn, { true, {} });
        QVERIFY(showAtSize(first, { 1280, 800 }));
        tablePage(first)->view()->setColumnHidden(tdp, true); // as the Columns menu does
        first.close();
    }
    {
        MainWindow second(m_builtIn, { true, {} });
        QVERIFY(tablePage(second)->view()->isColumnHidden(tdp)); // the same columns: it comes back
        second.close();
    }
    // Saved by a version whose columns were others (a metric added before TDP): the layout would
    // hide whatever column now sits where TDP was, so the table starts as on a first run.
    QStringList older = ChipTableModel::columnKeys();
    older.removeAt(1);
    Settings::setValue(Settings::Key::TableColumns, older);
    MainWindow third(m_builtIn, { true, {} });
    QVERIFY(!tablePage(third)->view()->isColumnHidden(tdp));
    QSettings().clear();
}

void TestFirstSession::problemsPanelDoesNotComeBackEmptyAfterARestart()
{
    {
        MainWindow first(m_builtIn, { true, {} });
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QVERIFY(!first.openCatalogFile(u"/nonexistent/catalog.json"_s));
        QVERIFY(first.findChild<QDockWidget*>(u"problemsDock"_s)->isVisible());
        first.close(); // saves the window state with the panel open
    }
    MainWindow second(m_builtIn, { true, {} });
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(!second.findChild<QDockWidget*>(u"problemsDock"_s)->isVisible());
}

void TestFirstSession::detailsLetGoOfAChipTheFiltersHide()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QTableView* table = tablePage(window)->view();
    const int row = rowOfChip(table->model(), u"nvidia-h20"_s);
    const QRect cell = table->visualRect(table->model()->index(row, TablePage::keyColumns().first()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(detailsPanel(window)->chipId(), u"nvidia-h20"_s);
    QTest::keyClicks(filterBar(window)->searchEdit(), u"cambricon"_s);
    QTRY_COMPARE(detailsPanel(window)->chipId(), QString());
    QVERIFY(detailsPanel(window)->toPlainText().isEmpty());
    QVERIFY(detailsPanel(window)->placeholderText().contains(u"NVIDIA H20 is hidden by the filters"_s));
}

void TestFirstSession::anEmptyTableSaysSoAndOffersClearFilters()
{
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(filterBar(window)->searchEdit(), u"no such chip"_s);
    QWidget* placeholder = tablePage(window)->emptyPlaceholder();
    QTRY_VERIFY(placeholder->isVisible());
    QVERIFY(!tablePage(window)->view()->isVisible());
    QCOMPARE(filterBar(window)->countLabel()->text(), u"0 of 17 chips"_s);
    auto* clear = placeholder->findChild<QPushButton*>(u"clearFiltersButton"_s);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY(tablePage(window)->view()->isVisible());
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(filterBar(window)->countLabel()->text(), u"17 of 17 chips"_s);
    QCOMPARE(filterBar(window)->searchEdit()->text(), QString());
}

void TestFirstSession::catalogSummaryIsPermanentAndSingular()
{
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel* summary = catalogSummary(window);
    QCOMPARE(summary->text(), u"Catalog of 2026-11-29 · 17 chips · 51 sources"_s);
    // Hovering a menu item sends an empty status tip: it clears passing messages only.
    QStatusTipEvent tip { QString() };
    QCoreApplication::sendEvent(&window, &tip);
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text(), u"Catalog of 2026-11-29 · 17 chips · 51 sources"_s);

    QTemporaryDir dir;
    const QString one = dir.filePath(u"one.json"_s);
    QFile file(one);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "chipcompare-catalog", "version": 1, "chips": [{"id": "one", "name": "One",
        "vendor": "V", "status": "shipping"}]})");
    file.close();
    QVERIFY(window.openCatalogFile(one));
    QCOMPARE(
        window.statusBar()->currentMessage(), u"Loaded one.json: 1 chip merged over the built-in catalog"_s);
    QCOMPARE(filterBar(window)->countLabel()->text(), u"18 of 18 chips"_s);
    // A file that replaces built-in chips says which, and marks them in the table.
    QVERIFY(window.openCatalogFile(testDataPath(u"user-catalog.json"_s)));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"replaces 1 built-in chip: nvidia-h20"_s),
        qPrintable(window.statusBar()->currentMessage()));
    const QModelIndex h20 = chipModel(window)->index(chipModel(window)->rowOfChip(u"nvidia-h20"_s), 0);
    QVERIFY(h20.data(ChipTableModel::OverriddenRole).toBool());
    QVERIFY(h20.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(h20.data(Qt::ToolTipRole).toString().contains(u"Your catalog replaces the built-in chip"_s));
    const Chip& chip = chipModel(window)->chip(h20.row());
    QCOMPARE(chip.canonical(SpecField::MemoryCapacity).value_or(0), 96 * 1.073741824);
    QVERIFY(std::any_of(chip.spec(SpecField::MemoryCapacity)->alternatives.cbegin(),
        chip.spec(SpecField::MemoryCapacity)->alternatives.cend(), [](const SourcedNumber& n) {
            return n.canonical == 96.0 && n.note().startsWith(u"the catalog this one replaced"_s);
        }));
}

void TestFirstSession::scatterPointsShowTooltipsOnHover()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    clickTab(window, u"Chart"_s);
    ChartPage* page = window.chartPage();
    page->setKind(ChartRequest::Kind::Scatter);
    QTRY_COMPARE(page->chartData().request.kind, ChartRequest::Kind::Scatter);
    QChartView* view = page->chartView();
    QTRY_VERIFY(view->chart() && !view->chart()->series().isEmpty());
    // The H20: 96 GB, 4,000 GB/s, alone on its point.
    QScatterSeries* series = nullptr;
    for (QAbstractSeries* candidate : view->chart()->series()) {
        auto* scatter = qobject_cast<QScatterSeries*>(candidate);
        if (scatter && scatter->points().contains(QPointF(96, 4000)))
            series = scatter;
    }
    QVERIFY(series);
    QTest::qWait(200); // the legend and footnote settle the plot area after the first layout
    const QPointF scenePoint
        = view->chart()->mapToScene(view->chart()->mapToPosition(QPointF(96, 4000), series));
    const QPoint viewPoint = view->mapFromScene(scenePoint);
    QTest::mouseMove(view->viewport(), viewPoint + QPoint(8, 8));
    QTest::mouseMove(view->viewport(), viewPoint);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(u"NVIDIA H20\n"_s), qPrintable(QToolTip::text()));
}

void TestFirstSession::chartCapIsASettingAndKeepsTheSelectedChip()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    // Select the H100 PCIe in the table (its bandwidth, 2,000 GB/s, is far from the top).
    QTableView* table = tablePage(window)->view();
    const int row = rowOfChip(table->model(), u"nvidia-h100-pcie"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(row, TablePage::keyColumns().first())).center());
    clickTab(window, u"Chart"_s);
    auto* cap = window.chartPage()->findChild<QSpinBox*>(u"maxChartItems"_s);
    cap->setFocus();
    cap->selectAll();
    QTest::keyClicks(cap, u"3"_s);
    QTest::keyClick(cap, Qt::Key_Enter);
    const ChartData* data = &window.chartPage()->chartData();
    QTRY_COMPARE(int(data->items.size()), 3);
    QStringList ids;
    for (const auto& item : data->items)
        ids.append(item.chipId);
    QCOMPARE(ids, (QStringList { u"nvidia-h200-sxm"_s, u"nvidia-h20"_s, u"nvidia-h100-pcie"_s }));
    QVERIFY(data->footnote.contains(
        u"Showing 3 of 14 chips with a value: the selected ones, then the largest."_s));
}

void TestFirstSession::llmFitListsChipsBeyondTheLimitLastAndHasEveryBarNamed()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    clickTab(window, u"LLM fit"_s);
    LlmFitPage* page = window.llmFitPage();
    page->setPreset(u"deepseek-v3"_s); // 671B parameters: 1,342 GB of BF16 weights
    auto* maxChips = page->findChild<QSpinBox*>(u"maxChips"_s);
    maxChips->setFocus();
    maxChips->selectAll();
    QTest::keyClicks(maxChips, u"4"_s);
    QTest::keyClick(maxChips, Qt::Key_Enter);
    QTRY_COMPARE(page->input().maxChips, 4);
    QAbstractItemModel* rows = page->sortedModel();
    // The page recomputes on the next turn of the event loop.
    QTRY_COMPARE(
        rows->index(rows->rowCount() - 1, LlmFitModel::DecodeColumn).data().toString(), u"needs > 4 chips"_s);
    QCOMPARE(rows->rowCount(), chipProxy(window)->rowCount());
    // Chips that fit come first; those needing more than 4 follow, marked and without a bound.
    bool seenExceeding = false;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const bool exceeds = rows->index(row, 0).data(LlmFitModel::ExceedsMaxChipsRole).toBool();
        const QString decode = rows->index(row, LlmFitModel::DecodeColumn).data().toString();
        if (exceeds) {
            seenExceeding = true;
            QCOMPARE(decode, u"needs > 4 chips"_s);
        } else {
            QVERIFY2(!seenExceeding || decode == u"—"_s, qPrintable(decode));
        }
    }
    QVERIFY(seenExceeding);
    // The chart has a named row for every chip, in a view tall enough for all of them.
    page->setChartVisible(true);
    const ChartData& data = page->chartData();
    QTRY_COMPARE(int(data.items.size() + data.unknownLabels.size()), chipProxy(window)->rowCount());
    QVERIFY(data.footnote.contains(u"more than 4 chips have no decode bound"_s));
}

void TestFirstSession::compareColumnsShareThePage()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    window.comparePage()->setChipIds({ u"nvidia-h20"_s, u"huawei-ascend-910b"_s, u"metax-c600"_s });
    clickTab(window, u"Compare"_s);
    QTableView* view = window.comparePage()->view();
    QTRY_VERIFY(view->isVisible());
    int total = 0;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        total += view->columnWidth(c);
    QVERIFY2(std::abs(total - view->viewport()->width()) <= 2,
        qPrintable(u"%1 of %2"_s.arg(total).arg(view->viewport()->width())));
    // Long text wraps onto more lines instead of being cut.
    int frameworks = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == u"Frameworks and engines"_s)
            frameworks = row;
    }
    QVERIFY(frameworks >= 0);
    QVERIFY(view->rowHeight(frameworks) > 2 * view->fontMetrics().height());
}

void TestFirstSession::dataQualityListsPolicyWarningsAndShowsTheValue()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    auto* dock = window.findChild<QDockWidget*>(u"dataQualityDock"_s);
    QVERIFY(!dock->isVisible()); // the built-in catalog has nothing to report
    QCOMPARE(dataQualityModel(window)->rowCount(), 0);
    // Nor any problems: neither bottom panel has built its view.
    QVERIFY(!window.findChild<QTableView*>(u"dataQualityView"_s));
    QVERIFY(!window.findChild<QListView*>(u"problemList"_s));
    // Opened from the View menu with nothing to report, the panel still shows its columns.
    QAction* panel = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == u"Data quality"_s)
                panel = action;
        }
    }
    QVERIFY(panel);
    panel->trigger();
    QTRY_VERIFY(dock->isVisible());
    auto* empty = window.findChild<QTableView*>(u"dataQualityView"_s);
    QVERIFY(empty);
    QCOMPARE(empty, window.dataQualityView());
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->horizontalHeader()->count(), dataQualityModel(window)->columnCount());
    QCOMPARE(empty->model()->headerData(0, Qt::Horizontal).toString(), u"Chip"_s);
    panel->trigger();
    QTRY_VERIFY(!dock->isVisible());

    QVERIFY(window.openCatalogFile(testDataPath(u"policy-breaches.json"_s)));
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->windowTitle(), u"Data quality (2)"_s);
    QTableView* quality = window.dataQualityView();
    QCOMPARE(quality->model(), static_cast<const QAbstractItemModel*>(dataQualityModel(window)));
    QCOMPARE(quality->model()->index(0, 0).data().toString(), u"ACME X2"_s);
    QCOMPARE(quality->model()->index(0, 1).data().toString(), u"Memory bandwidth"_s);
    QVERIFY(quality->model()->index(0, 2).data().toString().contains(u"'reported' cannot rest on a blog"_s));
    QVERIFY(quality->model()->index(1, 2).data().toString().contains(u"an estimate says in its note"_s));
    // One line a finding, as high as the chip table's rows: the small panel shows as many as fit.
    QCOMPARE(quality->rowHeight(0), tablePage(window)->view()->rowHeight(0));

    // Hide the chip behind a filter, then click the warning: the filter goes, the cell is current.
    QTest::keyClicks(filterBar(window)->searchEdit(), u"nvidia"_s);
    QTRY_VERIFY(chipProxy(window)->rowCount() < chipModel(window)->rowCount());
    const QRect row = quality->visualRect(quality->model()->index(0, 2));
    QTest::mouseClick(quality->viewport(), Qt::LeftButton, {}, row.center());
    QTableView* table = tablePage(window)->view();
    QTRY_COMPARE(table->currentIndex().data(ChipTableModel::ChipIdRole).toString(), u"acme-x2"_s);
    QCOMPARE(table->model()->headerData(table->currentIndex().column(), Qt::Horizontal).toString(),
        u"Memory\nbandwidth\n(GB/s)"_s);
    QCOMPARE(filterBar(window)->searchEdit()->text(), QString());
    QCOMPARE(window.findChild<QTabWidget*>(u"pages"_s)->currentWidget(), tablePage(window));
}

void TestFirstSession::tooltipsNameTheKindOfSource()
{
    MainWindow window(m_builtIn, { false, {} });
    const int row = chipModel(window)->rowOfChip(u"nvidia-h100-pcie"_s);
    int tdp = -1;
    for (int c = 0; c < chipModel(window)->columnCount(); ++c) {
        if (const Metric* metric = ChipTableModel::metricAt(c); metric && metric->key == u"tdp-w"_s)
            tdp = c;
    }
    const QString tooltip = chipModel(window)->index(row, tdp).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(u"(NVIDIA) [vendor]"_s), qPrintable(tooltip));
    detailsPanel(window)->showChip(chipModel(window)->catalog(), &chipModel(window)->chip(row));
    QVERIFY(detailsPanel(window)->toPlainText().contains(u"[vendor]"_s));
    QVERIFY(detailsPanel(window)->toPlainText().contains(u"[database]"_s)); // Epoch
}

void TestFirstSession::resetLayoutBringsBackTheFirstLayout()
{
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* table = tablePage(window)->view();
    QHeaderView* header = table->horizontalHeader();
    const int vendorAt = header->visualIndex(ChipTableModel::VendorColumn);
    table->setColumnHidden(ChipTableModel::VendorColumn, true);
    header->moveSection(header->visualIndex(ChipTableModel::YearColumn), 1);
    auto* details = window.findChild<QDockWidget*>(u"detailsDock"_s);
    details->hide();
    // The compare page's chip list, dragged wider by its handle.
    QVERIFY(window.showPage(u"compare"_s));
    auto* splitter = window.findChild<QSplitter*>(u"compareSplitter"_s);
    QVERIFY(splitter);
    QTRY_VERIFY(splitter->isVisible());
    const int listWidth = splitter->sizes().first();
    QSplitterHandle* handle = splitter->handle(1);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip + QPoint(150, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(150, 0));
    QVERIFY2(
        splitter->sizes().first() > listWidth + 100, qPrintable(QString::number(splitter->sizes().first())));

    QAction* reset = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == u"&Reset layout"_s)
                reset = action;
        }
    }
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(!table->isColumnHidden(ChipTableModel::VendorColumn));
    QCOMPARE(header->visualIndex(ChipTableModel::VendorColumn), vendorAt);
    QVERIFY(header->visualIndex(ChipTableModel::YearColumn) != 1);
    QVERIFY(details->isVisible());
    QCOMPARE(splitter->sizes().first(), listWidth);
}

QTEST_MAIN(TestFirstSession)
#include "tst_firstsession.moc"
