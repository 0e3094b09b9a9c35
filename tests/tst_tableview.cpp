// The chip table measures less than Qt's own views do (its header's height once a change, each
// distinct cell once): it must still come to the same sizes as QTableView would.

#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "widgets/cachedheaderview.h"
#include "widgets/frozencolumntableview.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
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
// Column titles that a reset can change without a headerDataChanged, as a model given a new
// catalog does.
class TitledModel : public QAbstractTableModel
{
public:
    explicit TitledModel(QStringList titles, QObject* parent)
        : QAbstractTableModel(parent)
        , m_titles(std::move(titles))
    {
    }
    void resetWith(QStringList titles, int rows)
    {
        beginResetModel();
        m_titles = std::move(titles);
        m_rows = rows;
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_titles.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row() * 10 + index.column()) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_titles.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QStringList m_titles;
    int m_rows = 3;
};

// Counts the header sections it is asked to measure.
class MeasureCountingStyle : public QProxyStyle
{
public:
    MeasureCountingStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    {
    }
    mutable int headerSectionsMeasured = 0;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
        const QWidget* widget) const override
    {
        if (type == CT_HeaderSection)
            ++headerSectionsMeasured;
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }
};

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
    void sectionSizesFollowTheirContents();
    void aPausedHeaderMeasuresWhatShowsOnResuming();
    void aResetMeasuresOnlyTitlesThatChanged();
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

// Each section's size from its contents is measured once and kept: what it keeps must still be
// what QHeaderView would measure after each change that can alter it.
void TestTableView::sectionSizesFollowTheirContents()
{
    SideBySide views;
    auto& [window, model, chips, reference] = views;
    for (QTableView* view : views.both())
        view->setModel(model);
    QVERIFY(views.show());
    QHeaderView* cached = chips.horizontalHeader();
    QHeaderView* qt = reference.horizontalHeader();
    const auto sameSizes = [&](const char* after) {
        QCOMPARE(cached->count(), qt->count());
        for (int section = 0; section < qt->count(); ++section) {
            if (cached->sectionSizeHint(section) != qt->sectionSizeHint(section))
                QFAIL(
                    qPrintable(u"after %1, section %2: %3 px wide, Qt measures %4"_s.arg(QLatin1String(after))
                                   .arg(section)
                                   .arg(cached->sectionSizeHint(section))
                                   .arg(qt->sectionSizeHint(section))));
        }
    };
    sameSizes("showing");
    const int vendorWidth = cached->sectionSizeHint(3);

    model->setHeaderData(3, Qt::Horizontal, u"The vendor that sells the chip"_s);
    sameSizes("a longer header text");
    QVERIFY(cached->sectionSizeHint(3) > vendorWidth);

    // Sort indicators take room in every section once they show.
    const int nameWithoutIndicator = cached->sectionSizeHint(0);
    chips.setSortingEnabled(true);
    reference.setSortingEnabled(true);
    sameSizes("showing sort indicators");
    QVERIFY(cached->sectionSizeHint(0) > nameWithoutIndicator);
    chips.setSortingEnabled(false);
    reference.setSortingEnabled(false);
    cached->setSortIndicatorShown(false);
    qt->setSortIndicatorShown(false);
    sameSizes("hiding sort indicators");
    QCOMPARE(cached->sectionSizeHint(0), nameWithoutIndicator);
    const int longVendorWidth = cached->sectionSizeHint(3);

    // A column inserted in front gives every logical index the text of its left neighbour.
    model->insertColumn(0);
    model->setHeaderData(0, Qt::Horizontal, u"A first column of two\nlines"_s);
    sameSizes("inserting a column");
    QCOMPARE(cached->sectionSizeHint(4), longVendorWidth);

    QFont larger = cached->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    cached->setFont(larger);
    qt->setFont(larger);
    sameSizes("a larger font");
}

// The chip table pauses its header while it hides and orders columns: on resuming, the header
// takes the height of what then shows.
void TestTableView::aPausedHeaderMeasuresWhatShowsOnResuming()
{
    SideBySide views;
    auto& [window, model, chips, reference] = views;
    auto* header = qobject_cast<CachedHeaderView*>(chips.horizontalHeader());
    QVERIFY(header);
    header->setMeasuringPaused(true);
    for (QTableView* view : views.both()) {
        view->setModel(model);
        view->setColumnHidden(2, true); // the three-line header
    }
    QCOMPARE(header->sizeHint(), QSize());
    header->setMeasuringPaused(false);
    QVERIFY(views.show());
    QTRY_COMPARE(header->height(), reference.horizontalHeader()->height());
    const int twoLines = header->height();

    // Paused in a shown window, then resumed: the view gives the header its new height.
    header->setMeasuringPaused(true);
    for (QTableView* view : views.both())
        view->setColumnHidden(2, false);
    header->setMeasuringPaused(false);
    QTRY_VERIFY(reference.horizontalHeader()->height() > twoLines);
    QTRY_COMPARE(header->height(), reference.horizontalHeader()->height());
}

// A new catalog resets the chip table's model and leaves its column titles as they were: the
// header measures none of them again, and measures each title a reset does change.
void TestTableView::aResetMeasuresOnlyTitlesThatChanged()
{
    QWidget window;
    const QStringList titles { u"Name"_s, u"Memory\n(GB)"_s, u"Bandwidth\n(GB/s)"_s, u"Vendor"_s };
    auto* model = new TitledModel(titles, &window);
    FrozenColumnTableView chips(&window);
    QTableView reference(&window);
    MeasureCountingStyle chipsStyle, referenceStyle;
    chips.horizontalHeader()->setStyle(&chipsStyle);
    reference.horizontalHeader()->setStyle(&referenceStyle);
    for (QTableView* view : { static_cast<QTableView*>(&chips), &reference }) {
        view->setModel(model);
        view->setSortingEnabled(true);
    }
    window.resize(900, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHeaderView* cached = chips.horizontalHeader();
    QHeaderView* qt = reference.horizontalHeader();
    const auto sectionSizes = [](QHeaderView* header) {
        QList<int> sizes;
        for (int section = 0; section < header->count(); ++section)
            sizes.append(header->sectionSizeHint(section));
        return sizes;
    };
    const QList<int> before = sectionSizes(qt);
    QCOMPARE(sectionSizes(cached), before);

    // The same titles over more rows: Qt measures each section again, the chip table none.
    chipsStyle.headerSectionsMeasured = referenceStyle.headerSectionsMeasured = 0;
    model->resetWith(titles, 40);
    QCOMPARE(sectionSizes(qt), before);
    QCOMPARE(sectionSizes(cached), before);
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    QVERIFY(referenceStyle.headerSectionsMeasured >= titles.size());
    QCOMPARE(chipsStyle.headerSectionsMeasured, 0);

    // A reset that makes one title three lines high and adds a column: those two are measured.
    QStringList changed = titles;
    changed[1] = u"Memory\ncapacity\n(GB)"_s;
    changed.append(u"Power (W)"_s);
    chipsStyle.headerSectionsMeasured = 0;
    model->resetWith(changed, 40);
    QCOMPARE(sectionSizes(cached), sectionSizes(qt));
    QCOMPARE(cached->sizeHint().height(), qt->sizeHint().height());
    QCOMPARE(chipsStyle.headerSectionsMeasured, 2);
    QTRY_COMPARE(cached->height(), qt->height());
    QVERIFY(cached->height() > QFontMetrics(cached->font()).height() * 3);
}

void TestTableView::frozenHeaderIsAsTallAsTheTables()
{
    QWidget window;
    auto* model = makeModel(&window);
    FrozenColumnTableView chips(&window);
    chips.setModel(model);
    window.resize(600, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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
    window.resize(320, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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
    window.resize(320, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
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
