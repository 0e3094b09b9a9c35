// The chip table's view (a frozen name column over a QTableView) measures each distinct cell once
// to fit a column: it must still come to the same sizes as QTableView would.

#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "widgets/frozencolumntableview.h"
#include "shownwindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Counts the cells it paints, by column.
class CountingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    mutable QMap<int, int> paintedByColumn;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        ++paintedByColumn[index.column()];
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// Qt's own measure of a column, which QTableView keeps protected.
class MeasuredTableView : public FrozenColumnTableView
{
public:
    int qtCellsWidthHint(int column) const { return sizeHintForColumn(column); }
};

// Headers of one, two and three lines; cells with repeated texts, an italic one and an icon.
QStandardItemModel* makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(40, 4, parent);
    model->setHorizontalHeaderLabels(
        { u"Name"_s, u"Two\nlines"_s, u"A header of\nthree\nlines"_s, u"Vendor"_s });
    QPixmap swatch(12, 12);
    swatch.fill(Qt::red);
    for (int row = 0; row < model->rowCount(); ++row) {
        model->setItem(row, 0, new QStandardItem(u"Chip number %1"_s.arg(row * 7919)));
        model->setItem(row, 1, new QStandardItem(row % 3 == 0 ? u"native"_s : u"source-compatible"_s));
        auto* number = new QStandardItem(QString::number(row * 12.5, 'f', 1));
        if (row % 5 == 0) {
            QFont italic;
            italic.setItalic(true);
            number->setFont(italic);
        }
        if (row % 7 == 0)
            number->setIcon(swatch);
        model->setItem(row, 2, number);
        model->setItem(
            row, 3, new QStandardItem(row == 17 ? u"A much longer vendor name, Inc."_s : u"NVIDIA"_s));
    }
    return model;
}
// The chip table's view and a plain QTableView, Qt's own measure to compare with, over one model
// in one window (shown by show()).
struct SideBySide
{
    QWidget window;
    QStandardItemModel* model = makeModel(&window);
    FrozenColumnTableView chips { &window };
    QTableView reference { &window };

    QList<QTableView*> both() { return { &chips, &reference }; }
    bool show()
    {
        window.resize(900, 400);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};
} // namespace

class TestTableView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void headerHeightFollowsWhatShows();
    void frozenHeaderIsAsTallAsTheTables();
    void namesArePaintedOnlyByTheFrozenColumn();
    void theCurrentRowStaysInViewWhenTheTableGetsLower();
    void cellsAreMeasuredAsQtWouldMeasureThem();
    void measuringStopsOnceACellNeedsEnough();
};

void TestTableView::initTestCase()
{
    Translations::installEnglish(*QCoreApplication::instance());
}

void TestTableView::headerHeightFollowsWhatShows()
{
    SideBySide views; // Qt's own header measures every time
    auto& [window, model, chips, reference] = views;
    for (QTableView* view : views.both()) {
        view->setModel(model);
        view->setSortingEnabled(true);
    }
    QVERIFY(views.show());
    // The table gives a horizontal header the height of its hint. (The width is not used, and
    // Qt's own is stale after the sort indicator is shown.)
    QHeaderView* cached = chips.horizontalHeader();
    QHeaderView* qt = reference.horizontalHeader();
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    const int threeLines = cached->sizeHint().height();

    // Hiding the three-line column lowers the header; showing it again raises it.
    chips.setColumnHidden(2, true);
    reference.setColumnHidden(2, true);
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    QVERIFY2(
        cached->sizeHint().height() < threeLines, qPrintable(QString::number(cached->sizeHint().height())));
    chips.setColumnHidden(2, false);
    reference.setColumnHidden(2, false);
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    QCOMPARE(cached->sizeHint().height(), threeLines);

    // New header text, another sort column, a larger font: each is measured again.
    model->setHeaderData(1, Qt::Horizontal, u"Now\nfour\nlines\nhigh"_s);
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    QVERIFY(cached->sizeHint().height() > threeLines);
    chips.sortByColumn(3, Qt::DescendingOrder);
    reference.sortByColumn(3, Qt::DescendingOrder);
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    QFont larger = cached->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    const int before = cached->sizeHint().height();
    cached->setFont(larger);
    qt->setFont(larger);
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    QVERIFY(cached->sizeHint().height() > before);

    // And the table gives its header that height.
    QTRY_COMPARE(cached->height(), qt->height());
}

void TestTableView::frozenHeaderIsAsTallAsTheTables()
{
    QWidget window;
    auto* model = makeModel(&window);
    FrozenColumnTableView chips(&window);
    chips.setModel(model);
    QVERIFY(showAtSize(window, { 600, 300 }));
    QHeaderView* frozen = chips.frozenView()->horizontalHeader();
    // The frozen column's own header has a one-line title, yet lines up with the table's.
    QTRY_COMPARE(frozen->height(), chips.horizontalHeader()->height());
    QVERIFY(frozen->height() >= 3 * frozen->fontMetrics().height()) /* three lines */;
    chips.setColumnHidden(2, true);
    chips.setColumnHidden(1, true);
    QTRY_COMPARE(chips.horizontalHeader()->height(), chips.horizontalHeader()->sizeHint().height());
    QTRY_COMPARE(frozen->height(), chips.horizontalHeader()->height());
}

// The main view's own name cells lie under the frozen column: painting them would be wasted.
void TestTableView::namesArePaintedOnlyByTheFrozenColumn()
{
    QWidget window;
    auto* model = makeModel(&window);
    FrozenColumnTableView chips(&window);
    chips.setModel(model);
    auto* underneath = new CountingDelegate(&chips);
    auto* frozen = new CountingDelegate(&chips);
    chips.setItemDelegate(underneath);
    chips.frozenView()->setItemDelegate(frozen);
    chips.setColumnWidth(0, 150);
    QVERIFY(showAtSize(window, { 320, 300 }));
    QTRY_VERIFY(frozen->paintedByColumn.value(0) > 0);
    QTRY_VERIFY(underneath->paintedByColumn.value(1) > 0);
    QCOMPARE(underneath->paintedByColumn.value(0), 0);

    // Walking right scrolls the other columns along under the names: a column partly under them
    // still shows, and is painted; the names are still painted only once.
    underneath->paintedByColumn.clear();
    frozen->paintedByColumn.clear();
    const QModelIndex firstNumber = model->index(0, 1);
    QTest::mouseClick(chips.viewport(), Qt::LeftButton, {}, chips.visualRect(firstNumber).center());
    QTest::keyClick(chips.viewport(), Qt::Key_Right);
    QTest::keyClick(chips.viewport(), Qt::Key_Right);
    QCOMPARE(chips.currentIndex().column(), 3);
    QTRY_VERIFY(chips.horizontalScrollBar()->value() > 0);
    const QRect vendor = chips.visualRect(chips.currentIndex());
    QVERIFY(vendor.right() > 150);
    QTRY_VERIFY(underneath->paintedByColumn.value(3) > 0);
    QCOMPARE(underneath->paintedByColumn.value(0), 0);
    QVERIFY(frozen->paintedByColumn.value(0) > 0);

    // Without the frozen column (the name column hidden), the main view paints all it shows.
    chips.setColumnHidden(0, true);
    QTRY_VERIFY(!chips.frozenView()->isVisible());
    chips.horizontalScrollBar()->setValue(0);
    underneath->paintedByColumn.clear();
    chips.viewport()->repaint();
    QVERIFY(underneath->paintedByColumn.value(1) > 0);
    QCOMPARE(chips.columnViewportPosition(1), 0);
}

// Panels coming up under the table make it lower: the row the user is on stays in view, and the
// columns they scrolled to stay where they are.
void TestTableView::theCurrentRowStaysInViewWhenTheTableGetsLower()
{
    QWidget window;
    auto* model = makeModel(&window);
    auto* layout = new QVBoxLayout(&window);
    auto* chips = new FrozenColumnTableView(&window);
    layout->addWidget(chips);
    chips->setModel(model);
    chips->setColumnWidth(0, 150);
    QVERIFY(showAtSize(window, { 320, 400 }));
    const int lowest = chips->rowAt(chips->viewport()->height() - 2);
    QVERIFY(lowest > 3);
    QTest::mouseClick(
        chips->viewport(), Qt::LeftButton, {}, chips->visualRect(model->index(lowest, 1)).center());
    QCOMPARE(chips->currentIndex().row(), lowest);
    // Sideways with the scroll bar, past the current cell.
    QScrollBar* sideways = chips->horizontalScrollBar();
    QTest::mouseClick(sideways, Qt::LeftButton, {}, QPoint(sideways->width() - 30, sideways->height() / 2));
    QTRY_VERIFY(sideways->value() > 0);
    const int scrolled = sideways->value();

    window.resize(320, 250);
    QTRY_VERIFY(chips->viewport()->height() < 250);
    const QRect row = chips->visualRect(chips->currentIndex());
    QVERIFY2(row.top() >= 0 && row.bottom() < chips->viewport()->height(),
        qPrintable(u"row at %1 to %2, table %3 pixels high"_s.arg(row.top())
                       .arg(row.bottom())
                       .arg(chips->viewport()->height())));
    QCOMPARE(sideways->value(), scrolled);
}

void TestTableView::cellsAreMeasuredAsQtWouldMeasureThem()
{
    // A hand-made model with fonts and icons, and the chip table itself on the built-in catalog.
    QWidget window;
    auto* standard = makeModel(&window);
    ChipTableModel chips;
    chips.setCatalog(CatalogReader::readBuiltIn().catalog);
    ChipFilterProxyModel proxy(&chips);
    for (QAbstractItemModel* model :
        { static_cast<QAbstractItemModel*>(standard), static_cast<QAbstractItemModel*>(&proxy) }) {
        MeasuredTableView view;
        view.setModel(model);
        view.setColumnHidden(0, false);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            QCOMPARE(view.cellsWidthHint(column), view.qtCellsWidthHint(column));
            QVERIFY2(view.cellsWidthHint(column) > 0, qPrintable(title));
        }
        // Hidden rows are not measured, as by Qt.
        if (model == standard) {
            view.setRowHidden(17, true);
            QCOMPARE(view.cellsWidthHint(3), view.qtCellsWidthHint(3));
        }
    }
}

void TestTableView::measuringStopsOnceACellNeedsEnough()
{
    QWidget window;
    auto* model = makeModel(&window);
    MeasuredTableView view;
    view.setModel(model);
    const int whole = view.cellsWidthHint(3); // the long vendor name is row 17
    const int narrow = view.cellsWidthHint(3, 10);
    QVERIFY(narrow >= 10);
    QVERIFY(narrow < whole); // it stopped at the first row, "NVIDIA"
    QCOMPARE(view.cellsWidthHint(3, whole), whole);
}

QTEST_MAIN(TestTableView)
#include "tst_tableview.moc"
