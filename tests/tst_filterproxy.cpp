// ChipFilterProxyModel (a permutation and a filter bitmap instead of QSortFilterProxyModel's
// mapping) checked against a brute-force reference: every filter and sort a user can make must
// show exactly the chips ChipFilter accepts, in the order a plain stable sort gives, while
// QAbstractItemModelTester watches every signal.
#include "catalogfactory.h"

#include "analysis/searchindex.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/preparedcatalog.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// Chips with what makes sorting and filtering hard: unknown values, ties, repeated names,
// mixed case, vendors with a division, a memory type missing.
Catalog messyCatalog(int count)
{
    QVector<Chip> chips;
    const QStringList vendors { u"NVIDIA"_s, u"Alibaba (T-Head)"_s, u"huawei"_s, u"MetaX"_s, QString() };
    const QStringList memories { u"HBM3"_s, u"HBM3e"_s, u"GDDR6"_s, QString() };
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i) {
        Chip chip = CatalogFactory::chip(u"chip-%1"_s.arg(i),
            (i % 3 ? u"Board "_s : u"board "_s) + QString::number(i % 11), vendors[i % vendors.size()], {});
        if (i % 4 != 0)
            chip.setSpec(SpecField::MemoryBandwidth, CatalogFactory::number(double(random.bounded(20))));
        chip.memoryType = memories[i % memories.size()];
        chip.notes = i % 5 == 0 ? u"Sparse figure in the slides"_s : u"Dense"_s;
        if (i % 6 != 0)
            chip.status = ChipStatus(i % 4);
        chips.append(chip);
    }
    return CatalogFactory::catalogOf(chips);
}

QStringList shownIds(const ChipFilterProxyModel& proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(ChipTableModel::ChipIdRole).toString());
    return ids;
}

// What the proxy must show: ChipFilter's own answer, stably sorted by the column's sort key
// with unknown keys last.
QStringList expectedIds(
    const ChipTableModel& model, const ChipFilter& filter, int column, Qt::SortOrder order)
{
    QVector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (filter.accepts(model.chip(row)))
            rows.append(row);
    }
    if (column >= 0) {
        auto key = [&](int row) { return model.index(row, column).data(ChipTableModel::SortRole); };
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QVariant ka = key(a);
            const QVariant kb = key(b);
            if (ka.isValid() != kb.isValid())
                return ka.isValid();
            if (!ka.isValid())
                return false;
            if (ka.userType() == QMetaType::Double && kb.userType() == QMetaType::Double)
                return order == Qt::AscendingOrder ? ka.toDouble() < kb.toDouble()
                                                   : kb.toDouble() < ka.toDouble();
            const int c = ka.toString().toCaseFolded().compare(kb.toString().toCaseFolded());
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }
    QStringList ids;
    for (const int row : rows)
        ids.append(model.chip(row).id);
    return ids;
}

} // namespace

class TestFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void searchIndexFindsEveryMatchAndOnlyThem();
    void unknownValuesStayLastInBothOrders();
    void turningTheOrderRoundMatchesSortingAfresh();
    void sortKeysAreWhatTheSortRoleAnswers();
    void matchesReferenceThroughRandomSteps();
    void selectionFollowsItsChipThroughFilterAndSort();
    void editedValueMovesAndFiltersItsRow();
};

// SearchIndex against QString::contains on each chip's text, for patterns that start or end a
// text, straddle where one chip ends and the next begins, hold non-ASCII text, and after edits.
void TestFilterProxy::searchIndexFindsEveryMatchAndOnlyThem()
{
    QVector<Chip> chips;
    for (const QString& name : { u"ab"_s, u"ba"_s, u"含光800"_s, u"xx"_s, u"abab"_s, u"b"_s, u"光"_s })
        chips.append(CatalogFactory::chip(name == u"含光800"_s ? u"hg"_s : name, name, u"V"_s, {}));
    SearchIndex index;
    index.build(chips);
    auto check = [&](const QString& needle) {
        std::vector<char> matches;
        index.match(needle, matches);
        QCOMPARE(int(matches.size()), chips.size());
        for (int row = 0; row < chips.size(); ++row)
            QVERIFY2(bool(matches[size_t(row)]) == chips[row].searchText().contains(needle),
                qPrintable(u"'%1' in chip %2"_s.arg(needle).arg(row)));
    };
    for (const QString& needle : { u"a"_s, u"b"_s, u"ab"_s, u"ba"_s, u"bab"_s, u"abab"_s, u"ababab"_s,
             u"光"_s, u"含光8"_s, u"800"_s, u"v"_s, u"\nv"_s, u"b\nb"_s, u"zzz"_s, u""_s })
        check(needle);
    // An edit that lengthens one chip's text moves every text after it.
    chips[2].notes = u"Sparse figures: 含光 800 TOPS"_s;
    chips[4].name = u"ba"_s;
    index.update(chips, 2, 4);
    for (const QString& needle : { u"sparse"_s, u"ab"_s, u"ba"_s, u"光"_s, u"tops"_s, u"b"_s })
        check(needle);
}

void TestFilterProxy::unknownValuesStayLastInBothOrders()
{
    ChipTableModel model;
    model.setCatalog(messyCatalog(40));
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int column = ChipTableModel::metricColumn(1); // memory bandwidth; every 4th chip unknown
    for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        proxy.sort(column, order);
        QCOMPARE(shownIds(proxy), expectedIds(model, {}, column, order));
        const int last = proxy.rowCount() - 1;
        QVERIFY(!proxy.index(last, column).data(ChipTableModel::SortRole).isValid());
        QVERIFY(proxy.index(0, column).data(ChipTableModel::SortRole).isValid());
    }
    proxy.sort(ChipTableModel::metricColumn(1), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, column).data(ChipTableModel::SortRole).toDouble(), 0.0);
    proxy.sort(-1);
    QCOMPARE(shownIds(proxy), expectedIds(model, {}, -1, Qt::AscendingOrder));
}

void TestFilterProxy::turningTheOrderRoundMatchesSortingAfresh()
{
    // Every column, each way round after the other, against sorting by its keys: equal keys keep
    // the catalog's order and unknown stays last whichever way the column was sorted before.
    Catalog catalog = messyCatalog(120);
    catalog.chips[7].name.clear(); // a chip with no name sorts last by name
    catalog.chips[9].name = u"BOARD 3"_s; // the same name as others, in other case
    const auto snapshot = CatalogSnapshot::create(catalog);
    const PreparedCatalogPtr prepared = PreparedCatalog::of(snapshot);
    ChipTableModel model;
    model.setCatalog(prepared); // the order by name made in advance, as on loading
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const auto first : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const auto second = first == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            proxy.sort(column, first);
            proxy.sort(column, second);
            QCOMPARE(shownIds(proxy), expectedIds(model, {}, column, second));
            proxy.sort(column, first);
            QCOMPARE(shownIds(proxy), expectedIds(model, {}, column, first));
        }
    }
    proxy.sort(ChipTableModel::NameColumn, Qt::AscendingOrder);
    proxy.sort(ChipTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(proxy).last(), catalog.chips[7].id);
}

void TestFilterProxy::sortKeysAreWhatTheSortRoleAnswers()
{
    // The bulk read a sort uses, column by column, against the model's own SortRole.
    ChipTableModel model;
    model.setCatalog(messyCatalog(60));
    for (int column = 0; column < model.columnCount(); ++column) {
        const ChipTableModel::SortKeys keys = model.sortKeys(column);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant key = model.index(row, column).data(ChipTableModel::SortRole);
            QCOMPARE(bool(keys.known[size_t(row)]), key.isValid());
            if (!key.isValid())
                continue;
            if (keys.numeric)
                QCOMPARE(keys.numbers[size_t(row)], key.toDouble());
            else if (key.userType() != QMetaType::Double)
                QCOMPARE(keys.texts[size_t(row)], key.toString().toCaseFolded());
        }
    }
}

void TestFilterProxy::matchesReferenceThroughRandomSteps()
{
    ChipTableModel model;
    model.setCatalog(messyCatalog(300));
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(11);
    const QStringList searches { u""_s, u"b"_s, u"bo"_s, u"board 1"_s, u"board 10"_s, u"sparse"_s,
        u"t-head"_s, u"x"_s, u"CHIP-1"_s };
    const QStringList vendorChoices { u"nvidia"_s, u"alibaba"_s, u"t-head"_s, u"Huawei"_s, u"unknown"_s };
    ChipFilter filter;
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    for (int step = 0; step < 300; ++step) {
        switch (random.bounded(5)) {
        case 0: // type or delete a letter, as in the search box
            filter.setSearchText(searches[random.bounded(searches.size())]);
            break;
        case 1:
            filter.setVendors(random.bounded(2)
                    ? QStringList()
                    : QStringList { vendorChoices[random.bounded(vendorChoices.size())] });
            break;
        case 2:
            filter.setMemoryTypes(random.bounded(2) ? QStringList() : QStringList { u"hbm3"_s });
            filter.statuses
                = random.bounded(2) ? QSet<ChipStatus>() : QSet<ChipStatus> { ChipStatus::Shipping };
            filter.unknownStatus = random.bounded(3) == 0;
            break;
        case 3: { // the years and a condition on a metric, as the filter bar's two boxes set them
            const int from = 2016 + int(random.bounded(10));
            filter.yearFrom = random.bounded(3) ? std::optional<int>(from) : std::nullopt;
            filter.yearTo
                = random.bounded(3) ? std::optional<int>(from + int(random.bounded(5))) : std::nullopt;
            QString error;
            filter.conditions.clear();
            if (random.bounded(2))
                filter.conditions.append(
                    *MetricCondition::parse(random.bounded(2) ? u"memory-gb>=32"_s : u"tdp-w<400"_s, &error));
            break;
        }
        default:
            // Half the time the same column the other way round, as a second click on its header.
            if (random.bounded(2)) {
                order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            } else {
                column = int(random.bounded(-1, model.columnCount()));
                order = random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            }
            proxy.sort(column, order);
            break;
        }
        proxy.setFilter(filter);
        QCOMPARE(shownIds(proxy), expectedIds(model, filter, column, order));
        QCOMPARE(proxy.visibleChips().size(), proxy.rowCount());
    }
}

void TestFilterProxy::selectionFollowsItsChipThroughFilterAndSort()
{
    ChipTableModel model;
    model.setCatalog(messyCatalog(60));
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);
    const QModelIndex chip7 = proxy.mapFromSource(model.index(model.rowOfChip(u"chip-7"_s), 0));
    selection.setCurrentIndex(chip7, QItemSelectionModel::ClearAndSelect);
    proxy.sort(ChipTableModel::metricColumn(1), Qt::DescendingOrder);
    QCOMPARE(selection.currentIndex().data(ChipTableModel::ChipIdRole).toString(), u"chip-7"_s);
    ChipFilter filter;
    filter.setSearchText(u"board 7"_s); // chip-7 is "board 7"
    proxy.setFilter(filter);
    QCOMPARE(selection.currentIndex().data(ChipTableModel::ChipIdRole).toString(), u"chip-7"_s);
    filter.setSearchText(u"board 3"_s);
    proxy.setFilter(filter);
    QVERIFY(!selection.currentIndex().isValid()); // filtered out: nothing is current
}

void TestFilterProxy::editedValueMovesAndFiltersItsRow()
{
    ChipTableModel model;
    Catalog catalog = messyCatalog(20);
    model.setCatalog(catalog);
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int column = ChipTableModel::metricColumn(1);
    proxy.sort(column, Qt::DescendingOrder);
    ChipFilter filter;
    filter.setSearchText(u"dense"_s);
    proxy.setFilter(filter);
    // The same chips with chip-1's bandwidth raised above all and chip-2 now "sparse": an edit.
    catalog.chips[1].setSpec(SpecField::MemoryBandwidth, CatalogFactory::number(1000));
    catalog.chips[2].notes = u"Sparse"_s;
    model.setCatalog(CatalogSnapshot::create(catalog));
    QCOMPARE(proxy.index(0, 0).data(ChipTableModel::ChipIdRole).toString(), u"chip-1"_s);
    QVERIFY(!shownIds(proxy).contains(u"chip-2"_s));
    QCOMPARE(shownIds(proxy), expectedIds(model, filter, column, Qt::DescendingOrder));
}

QTEST_MAIN(TestFilterProxy)
#include "tst_filterproxy.moc"
