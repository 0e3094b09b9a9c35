// The Systems page as a user meets it: its tab clicked, the table sorted by a header click, a
// figure chosen for the chart with the keyboard, and the page following the catalog in use.

#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "models/comparisonmodel.h"
#include "models/systemtablemodel.h"
#include "widgets/comparepage.h"
#include "shownwindow.h"
#include "widgets/mainwindow.h"
#include "widgets/systemspage.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSystemsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theModelShowsEverySystemAndMarksDerivedFigures();
    void theTabShowsTheSystemsSortedAndCharted();
    void selectedSystemsCompareOnTheComparePage();
    void theSystemsTabLeavesTheDetailsReadableAtASmallSize();

private:
    Catalog m_builtIn;
};

void TestSystemsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
}

void TestSystemsPage::theModelShowsEverySystemAndMarksDerivedFigures()
{
    SystemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(CatalogSnapshot::create(m_builtIn));
    QCOMPARE(model.rowCount(), int(m_builtIn.systems.size()));
    QCOMPARE(model.columnOf(u"total_memory_tb_basis"_s), -1); // the basis is a mark, not a column
    const int memory = model.columnOf(u"total_memory_tb"_s);
    const int year = model.columnOf(u"year"_s);
    QVERIFY(memory > 0 && year > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, memory);
        const QString id = cell.data(SystemTableModel::SystemIdRole).toString();
        if (id == u"huawei-cloudmatrix-384"_s) {
            QCOMPARE(cell.data().toString(), u"49.2"_s);
            QVERIFY(!cell.data(SystemTableModel::DerivedRole).toBool());
            QCOMPARE(model.index(row, year).data().toString(), u"2025"_s);
        }
        if (id == u"huawei-atlas-950-superpod"_s) {
            QVERIFY(cell.data(SystemTableModel::DerivedRole).toBool());
            QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
            QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"× 8192 chips"_s),
                qPrintable(cell.data(Qt::ToolTipRole).toString()));
        }
    }
    // Unknown stays unknown: a dash that sorts as no value.
    const int bf16 = model.columnOf(u"bf16_pflops"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, bf16);
        if (cell.data().toString() == u"—"_s)
            QVERIFY(!cell.data(SystemTableModel::SortRole).isValid());
    }
}

void TestSystemsPage::theTabShowsTheSystemsSortedAndCharted()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    QVERIFY(pages);
    int tab = -1;
    for (int i = 0; i < pages->count(); ++i) {
        if (pages->tabText(i) == u"Systems"_s)
            tab = i;
    }
    QVERIFY(tab >= 0);
    QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(tab).center());
    auto* page = window.findChild<SystemsPage*>(u"systemsPage"_s);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    auto* table = window.findChild<QTableView*>(u"systemsTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), int(m_builtIn.systems.size()));

    // A click on the BF16 header puts the largest system first, a second click last.
    const int bf16 = page->model()->columnOf(u"bf16_pflops"_s);
    QHeaderView* header = table->horizontalHeader();
    table->scrollTo(table->model()->index(0, bf16));
    const QPoint headerAt(
        header->sectionViewportPosition(bf16) + header->sectionSize(bf16) / 2, header->height() / 2);
    const auto idAt = [table](int row) {
        return table->model()->index(row, 0).data(SystemTableModel::SystemIdRole).toString();
    };
    const int last = table->model()->rowCount() - 1;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerAt);
    QCOMPARE(header->sortIndicatorSection(), bf16);
    if (header->sortIndicatorOrder() == Qt::DescendingOrder) // whichever way the first click goes
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerAt);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(idAt(0), u"nvidia-gb200-nvl72"_s); // 180 PFLOPS before 300
    QCOMPARE(table->model()->index(last, bf16).data().toString(), u"—"_s); // unknown last
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerAt);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(idAt(0), u"huawei-cloudmatrix-384"_s);
    QCOMPARE(table->model()->index(last, bf16).data().toString(), u"—"_s); // and last this way too

    // The chart: BF16 first, CloudMatrix 384 at 1.7 times the GB200 NVL72 (SemiAnalysis).
    QCOMPARE(page->chartData().title, u"BF16 dense (PFLOPS)"_s);
    QCOMPARE(page->chartData().items[0].value / page->chartData().items[1].value, 300.0 / 180.0);
    // Power, chosen from the figure box with the keyboard: 3.9 times.
    auto* figure = window.findChild<QComboBox*>(u"systemsFigure"_s);
    QVERIFY(figure);
    figure->setFocus();
    while (figure->currentData().toString() != u"power_kw"_s && figure->currentIndex() < figure->count() - 1)
        QTest::keyClick(figure, Qt::Key_Down);
    QCOMPARE(figure->currentData().toString(), u"power_kw"_s);
    QCOMPARE(page->chartData().title, u"Power (kW)"_s);
    double cloudMatrix = 0;
    double nvl72 = 0;
    for (const auto& item : page->chartData().items) {
        if (item.chipId == u"huawei-cloudmatrix-384"_s)
            cloudMatrix = item.value;
        if (item.chipId == u"nvidia-gb200-nvl72"_s)
            nvl72 = item.value;
    }
    QVERIFY(nvl72 > 0);
    QCOMPARE(qRound(cloudMatrix / nvl72 * 10), 39);
}

// Issue 23 §3: compare takes systems. Ctrl+click two rows, press Compare selected: the Compare
// page shows the two systems, derived figures marked ≈; ticking a chip goes back to chips.
void TestSystemsPage::selectedSystemsCompareOnTheComparePage()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    int tab = -1;
    for (int i = 0; i < pages->count(); ++i) {
        if (pages->tabText(i) == u"Systems"_s)
            tab = i;
    }
    QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(tab).center());
    auto* page = window.findChild<SystemsPage*>(u"systemsPage"_s);
    QTRY_VERIFY(page && page->isVisible());
    auto* table = window.findChild<QTableView*>(u"systemsTable"_s);
    QPushButton* compare = page->compareButton();
    QVERIFY(!compare->isEnabled()); // nothing selected yet
    int cloudMatrix = -1;
    int nvl72 = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString id = table->model()->index(r, 0).data(SystemTableModel::SystemIdRole).toString();
        if (id == u"huawei-cloudmatrix-384"_s)
            cloudMatrix = r;
        if (id == u"nvidia-gb200-nvl72"_s)
            nvl72 = r;
    }
    QVERIFY(cloudMatrix >= 0 && nvl72 >= 0);
    const int nameColumn = page->model()->columnOf(u"name"_s);
    const auto cellCentre = [table, nameColumn](int row) {
        return table->visualRect(table->model()->index(row, nameColumn)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellCentre(cloudMatrix));
    QVERIFY(!compare->isEnabled()); // one system is no comparison
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cellCentre(nvl72));
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);

    auto* comparePage = window.findChild<ComparePage*>();
    QVERIFY(comparePage);
    QTRY_VERIFY(comparePage->isVisible());
    QCOMPARE(comparePage->systemIds(), (QStringList { u"huawei-cloudmatrix-384"_s, u"nvidia-gb200-nvl72"_s }));
    ComparisonModel* model = comparePage->comparisonModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Huawei CloudMatrix 384"_s);
    QString fp8;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(ComparisonModel::AttributeKeyRole).toString() == u"fp8_pflops"_s)
            fp8 = model->index(r, 2).data().toString();
    }
    QCOMPARE(fp8, u"≈360"_s);
    QVERIFY(comparePage->hintLabel()->isVisible());

    // Ticking a chip in the picker compares chips again.
    QListView* picker = comparePage->picker();
    const QModelIndex first = picker->model()->index(0, 0);
    picker->scrollTo(first);
    const QRect box = picker->visualRect(first);
    QTest::mouseClick(picker->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 10, box.center().y()));
    QTRY_VERIFY(comparePage->systemIds().isEmpty());
    QCOMPARE(comparePage->chipIds().size(), 1);
    QCOMPARE(model->columnCount(), 1); // one chip: no comparison yet
}

// At 1024×700 the Systems page's row of controls (figure box, legend, Compare selected) once
// widened the page so far that the details dock beside it was squeezed to a sliver, its text
// broken letter by letter.
void TestSystemsPage::theSystemsTabLeavesTheDetailsReadableAtASmallSize()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1024, 700 }));
    auto* details = window.findChild<QDockWidget*>(u"detailsDock"_s);
    QVERIFY(details && details->isVisible());
    const int before = details->width();
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    for (int i = 0; i < pages->count(); ++i) {
        if (pages->tabText(i) == u"Systems"_s)
            QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(i).center());
    }
    QTRY_VERIFY(window.findChild<SystemsPage*>(u"systemsPage"_s)
        && window.findChild<SystemsPage*>(u"systemsPage"_s)->isVisible());
    QApplication::processEvents();
    QVERIFY2(details->width() >= std::min(before, 200), qPrintable(u"%1 -> %2"_s.arg(before).arg(details->width())));
}

QTEST_MAIN(TestSystemsPage)
#include "tst_systemspage.moc"
