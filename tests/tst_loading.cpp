// Opening a large catalog in the background: progress, cancelling, and the result reaching the
// window, driven through the real status-bar widgets.
#include "catalogfactory.h"
#include "testprocess.h"

#include "editing/catalogdocument.h"
#include "editing/catalogloader.h"
#include "i18n/translations.h"
#include "io/catalogwriter.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/dataqualitymodel.h"
#include "widgets/mainwindow.h"
#include "widgets/settings.h"
#include "widgets/tablepage.h"
#include "windowparts.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestLoading : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loaderReportsProgressAndMerges();
    void loaderCancelledGivesNoCatalog();
    void loaderReportsProblemsWithPlaces();
    void windowLoadsInBackground();
    void windowCancelKeepsCatalog();
    void backgroundLoadShowsTheSameFindingsAndSearch();
    void recentFileLoadsInTheBackground();
    void preparedNameOrderAndChoicesMatchComputedOnes();

private:
    QTemporaryDir m_dir;
    QString m_largePath;
    static constexpr int kChips = 20000;
};

void TestLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    m_largePath = writeTestFile(
        m_dir, u"large.json"_s, CatalogWriter::toJson(CatalogFactory::dateOrdered(kChips, 24)));
}

void TestLoading::loaderReportsProgressAndMerges()
{
    const auto builtIn = CatalogSnapshot::create(CatalogReader::readBuiltIn().catalog);
    CatalogLoader loader(m_largePath, builtIn);
    QList<int> percents;
    connect(&loader, &CatalogLoader::progressChanged, this, [&](int percent) { percents.append(percent); });
    QSignalSpy finished(&loader, &CatalogLoader::finished);
    loader.start();
    QVERIFY(finished.wait(60000));
    const auto outcome = loader.takeOutcome();
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.problems.value(0).toString()));
    QCOMPARE(outcome.result.catalog.chips.size(), kChips);
    QVERIFY(outcome.merged);
    QCOMPARE(outcome.merged->chips.size(), builtIn->chips.size() + kChips);
    QCOMPARE(outcome.base, builtIn);
    QVERIFY(percents.size() > 3);
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
}

void TestLoading::loaderCancelledGivesNoCatalog()
{
    CatalogLoader loader(m_largePath, CatalogSnapshot::create(CatalogReader::readBuiltIn().catalog));
    // Cancelled as soon as it reports anything: the worker must stop, not finish the file.
    connect(&loader, &CatalogLoader::progressChanged, &loader, &CatalogLoader::cancel, Qt::DirectConnection);
    QSignalSpy finished(&loader, &CatalogLoader::finished);
    loader.start();
    QVERIFY(finished.wait(60000));
    const auto outcome = loader.takeOutcome();
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.problems.size(), 1);
    QCOMPARE(outcome.result.problems.first().message, u"cancelled"_s);
    QVERIFY(outcome.result.catalog.chips.isEmpty());
    QVERIFY(!outcome.merged);
}

void TestLoading::loaderReportsProblemsWithPlaces()
{
    const QString path = writeTestFile(m_dir, u"broken.json"_s,
        R"json({"format": "chipcompare-catalog", "version": 2, "chips": [
  {"id": "a", "name": "A", "tdp": {"value": -1, "unit": "W", "source": "nowhere", "confidence": "reported"}}
]}
)json");
    CatalogLoader loader(path, CatalogSnapshot::create(CatalogReader::readBuiltIn().catalog));
    QSignalSpy finished(&loader, &CatalogLoader::finished);
    loader.start();
    QVERIFY(finished.wait(60000));
    const auto outcome = loader.takeOutcome();
    QVERIFY(!outcome.result.ok());
    QVERIFY(!outcome.merged);
    const QString first = outcome.result.problems.first().toString();
    QVERIFY2(first.startsWith(path + u":2:"_s), qPrintable(first));
    QVERIFY2(first.contains(u"value must be positive"_s), qPrintable(first));
}

void TestLoading::windowLoadsInBackground()
{
    MainWindow window(CatalogReader::readBuiltIn().catalog, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int builtInRows = chipModel(window)->rowCount();
    auto* progress = window.findChild<QProgressBar*>(u"loadProgress"_s);
    auto* cancel = window.findChild<QPushButton*>(u"cancelLoading"_s);
    QVERIFY(progress && cancel);
    QVERIFY(!progress->isVisible());

    QSignalSpy finished(&window, &MainWindow::catalogLoadFinished);
    // Sorted so that the file's first chip ("Board 0") comes near the end of 20,000 rows.
    tablePage(window)->view()->sortByColumn(ChipTableModel::NameColumn, Qt::DescendingOrder);
    window.openCatalogFileInBackground(m_largePath);
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(progress->format().contains(u"large.json"_s));
    // Until it is loaded, the window shows and sorts the catalog it had.
    QCOMPARE(chipModel(window)->rowCount(), builtInRows);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(chipModel(window)->rowCount(), builtInRows + kChips);
    QCOMPARE(chipProxy(window)->rowCount(), builtInRows + kChips);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(window.windowTitle().contains(u"large.json"_s));
    // The window goes to the first chip of the file, and scrolls to it.
    QTableView* table = tablePage(window)->view();
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.data(ChipTableModel::ChipIdRole).toString(), u"chip-0"_s);
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(current)));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Loaded large.json: 20000 chips merged"_s),
        qPrintable(window.statusBar()->currentMessage()));
}

void TestLoading::windowCancelKeepsCatalog()
{
    MainWindow window(CatalogReader::readBuiltIn().catalog, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int builtInRows = chipModel(window)->rowCount();
    auto* progress = window.findChild<QProgressBar*>(u"loadProgress"_s);
    auto* cancel = window.findChild<QPushButton*>(u"cancelLoading"_s);
    QSignalSpy finished(&window, &MainWindow::catalogLoadFinished);
    window.openCatalogFileInBackground(m_largePath);
    // The worker's result arrives through the event loop, which has not run yet: the click is
    // certainly before it.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(u"cancelled"_s));
    // Whatever the worker still does after the click never reaches the window.
    QTest::qWait(1500);
    QCOMPARE(chipModel(window)->rowCount(), builtInRows);
    QVERIFY(!window.windowTitle().contains(u"large.json"_s));
    QCOMPARE(finished.size(), 1);
}

// What the worker prepared (findings, search index) is what the window would have computed itself.
void TestLoading::backgroundLoadShowsTheSameFindingsAndSearch()
{
    const QString path = testDataPath(u"policy-breaches.json"_s);
    MainWindow direct(CatalogReader::readBuiltIn().catalog, { false, {} });
    QVERIFY(direct.openCatalogFile(path));
    MainWindow background(CatalogReader::readBuiltIn().catalog, { false, {} });
    QSignalSpy finished(&background, &MainWindow::catalogLoadFinished);
    background.openCatalogFileInBackground(path);
    QVERIFY(finished.wait(60000));
    QVERIFY(background.document()->prepared()); // the worker's work was used
    const QAbstractItemModel* expected = dataQualityModel(direct);
    const QAbstractItemModel* actual = dataQualityModel(background);
    QVERIFY(expected->rowCount() > 0);
    QCOMPARE(actual->rowCount(), expected->rowCount());
    for (int row = 0; row < expected->rowCount(); ++row) {
        for (int column = 0; column < expected->columnCount(); ++column)
            QCOMPARE(actual->index(row, column).data(), expected->index(row, column).data());
    }
    ChipFilter filter;
    filter.setSearchText(u"h20"_s);
    chipProxy(direct)->setFilter(filter);
    chipProxy(background)->setFilter(filter);
    QVERIFY(chipProxy(background)->rowCount() > 0);
    QCOMPARE(chipProxy(background)->visibleChips().size(), chipProxy(direct)->visibleChips().size());
    // Number columns are as wide from the worker's extents as from the window's own.
    for (int column = 0; column < chipModel(direct)->columnCount(); ++column)
        QCOMPARE(tablePage(background)->view()->columnWidth(column),
            tablePage(direct)->view()->columnWidth(column));
}

void TestLoading::recentFileLoadsInTheBackground()
{
    Settings::setValue(Settings::Key::RecentFiles, QStringList());
    MainWindow window(CatalogReader::readBuiltIn().catalog, { true, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString userCatalog = testDataPath(u"user-catalog.json"_s);
    QVERIFY(window.openCatalogFile(userCatalog)); // now in File > Recent files
    QVERIFY(window.openCatalogFile(m_largePath));
    window.document()->close();
    QAction* recent = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().endsWith(u"user-catalog.json"_s))
            recent = action;
    }
    QVERIFY(recent);
    QSignalSpy finished(&window, &MainWindow::catalogLoadFinished);
    recent->trigger();
    QVERIFY(window.findChild<QProgressBar*>(u"loadProgress"_s)->isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(window.document()->filePath(), QFileInfo(userCatalog).absoluteFilePath());
    Settings::setValue(Settings::Key::RecentFiles, QStringList());
}

// The worker's name order and filter choices are what the proxy and filter bar compute themselves,
// on a catalog with what makes name sorting hard: unknown (empty) names are impossible in a valid
// file, but repeated names, case differences and non-ASCII names are not.
void TestLoading::preparedNameOrderAndChoicesMatchComputedOnes()
{
    Catalog catalog = CatalogFactory::dateOrdered(500, 7);
    for (int i = 0; i < catalog.chips.size(); i += 3)
        catalog.chips[i].name = (i % 2 ? u"board "_s : u"Board "_s) + QString::number(i % 5);
    catalog.chips[4].name = u"含光800"_s;
    catalog.chips[5].vendor = QString();
    const auto snapshot = CatalogSnapshot::create(catalog);
    const PreparedCatalogPtr prepared = PreparedCatalog::of(snapshot);
    QVERIFY(prepared);

    ChipTableModel fromPrepared;
    fromPrepared.setCatalog(prepared);
    QCOMPARE(fromPrepared.nameOrder().rows.size(), catalog.chips.size());
    ChipFilterProxyModel preparedProxy(&fromPrepared);
    preparedProxy.sort(ChipTableModel::NameColumn, Qt::AscendingOrder);
    ChipTableModel computed; // without the order by name: the proxy sorts the names itself
    auto unordered = QSharedPointer<PreparedCatalog>::create(*prepared);
    unordered->nameOrder = {};
    computed.setCatalog(PreparedCatalogPtr(unordered));
    QVERIFY(computed.nameOrder().rows.isEmpty());
    ChipFilterProxyModel computedProxy(&computed);
    computedProxy.sort(ChipTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(preparedProxy.visibleChips(), computedProxy.visibleChips());

    const FilterChoices expected = FilterChoices::of(catalog);
    QCOMPARE(prepared->choices.vendors, expected.vendors);
    QCOMPARE(prepared->choices.memoryTypes, expected.memoryTypes);
    QVERIFY(prepared->choices.unknownVendor);
    QVERIFY(prepared->choices.unknownStatus);
}

QTEST_MAIN(TestLoading)
#include "tst_loading.moc"
