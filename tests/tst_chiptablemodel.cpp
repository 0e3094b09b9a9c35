#include "analysis/metrics.h"
#include "io/catalogreader.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Catalog builtIn()
{
    // The built-in catalog as of 2025-11-29 (17 chips), frozen as a fixture: what these tests
    // check is how the window, models and charts treat a known catalog, not what today's holds.
    const auto result = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/catalog-2025.json"));
    return result.catalog;
}

int metricColumn(const QString& key)
{
    for (int i = 0; i < Metrics::all().size(); ++i) {
        if (Metrics::all()[i].key == key)
            return ChipTableModel::metricColumn(i);
    }
    return -1;
}

QStringList idsInOrder(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ChipTableModel::ChipIdRole).toString());
    return ids;
}

} // namespace

class TestChipTableModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester();
    void showsUnknownAsDashNeverZero();
    void derivedValuesAreMarkedLikeTheirWeakestInput();
    void tooltipNamesSourceConfidenceAndDisagreement();
    void marksLowConfidenceAndDisagreement();
    void sortsNumbersWithUnknownsLast_data();
    void sortsNumbersWithUnknownsLast();
    void sortingFollowsANewCatalog();
    void filters_data();
    void filters();
    void clearingTheFilterRestoresAllRows();
};

void TestChipTableModel::passesTheModelTester()
{
    ChipTableModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(builtIn());
    QVERIFY(model.rowCount() >= 12);
    proxy.sort(metricColumn(u"bandwidth-gbs"_s), Qt::DescendingOrder);
    ChipFilter filter;
    filter.setVendors({ u"nvidia"_s });
    proxy.setFilter(filter);
    proxy.setFilter({});
    model.setCatalog(Catalog());
    QCOMPARE(proxy.rowCount(), 0);
}

void TestChipTableModel::derivedValuesAreMarkedLikeTheirWeakestInput()
{
    ChipTableModel model;
    model.setCatalog(builtIn());
    // The C600's TPP and 3A090 band rest on FP8 and BF16 figures that are rumored or estimated.
    const int c600 = model.rowOfChip(u"metax-c600"_s);
    const QModelIndex tpp = model.index(c600, metricColumn(u"tpp"_s));
    QVERIFY(tpp.data(ChipTableModel::LowConfidenceRole).toBool());
    QVERIFY(tpp.data(Qt::BackgroundRole).isValid());
    QVERIFY(tpp.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(tpp.data(Qt::ToolTipRole).toString().contains(u"the weakest of its inputs"_s));
    const QModelIndex band = model.index(c600, ChipTableModel::eccnColumn());
    QVERIFY(band.data(ChipTableModel::LowConfidenceRole).toBool());
    QVERIFY(band.data(Qt::BackgroundRole).isValid());
    // The H100's rest on reported values: unmarked.
    const int h100 = model.rowOfChip(u"nvidia-h100-sxm"_s);
    QVERIFY(!model.index(h100, metricColumn(u"tpp"_s)).data(ChipTableModel::LowConfidenceRole).toBool());
    QVERIFY(
        !model.index(h100, ChipTableModel::eccnColumn()).data(ChipTableModel::LowConfidenceRole).toBool());
}

void TestChipTableModel::showsUnknownAsDashNeverZero()
{
    ChipTableModel model;
    model.setCatalog(builtIn());
    const int row = model.rowOfChip(u"alibaba-hanguang-800"_s);
    const QModelIndex bandwidth = model.index(row, metricColumn(u"bandwidth-gbs"_s));
    QCOMPARE(bandwidth.data().toString(), u"—"_s);
    QVERIFY(!bandwidth.data(ChipTableModel::SortRole).isValid());
    QCOMPARE(bandwidth.data(ChipTableModel::KnownRole).toBool(), false);
    QVERIFY(bandwidth.data(Qt::ToolTipRole).toString().contains(u"Unknown"_s));
    const QModelIndex int8 = model.index(row, metricColumn(u"int8-tops"_s));
    QCOMPARE(int8.data().toString(), u"825"_s);
    QCOMPARE(int8.data(ChipTableModel::SortRole).toDouble(), 825.0);
    // Names carry the local name.
    QCOMPARE(
        model.index(row, ChipTableModel::NameColumn).data().toString(), u"Alibaba Hanguang 800 (含光800)"_s);
    const int s60 = model.rowOfChip(u"enflame-s60"_s);
    QCOMPARE(model.index(s60, ChipTableModel::YearColumn).data().toString(), u"—"_s);
    QCOMPARE(model.index(s60, ChipTableModel::MemoryTypeColumn).data().toString(), u"—"_s);
}

void TestChipTableModel::tooltipNamesSourceConfidenceAndDisagreement()
{
    ChipTableModel model;
    model.setCatalog(builtIn());
    const int row = model.rowOfChip(u"enflame-l600"_s);
    const QString tip = model.index(row, metricColumn(u"bandwidth-gbs"_s)).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"3,600 GB/s (as printed: 3.6 TB/s)"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Confidence: reported"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Compiled Enflame hardware notes"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Other sources disagree"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"450 GB/s (as printed: 3.6 Tb/s)"_s), qPrintable(tip));
}

void TestChipTableModel::marksLowConfidenceAndDisagreement()
{
    ChipTableModel model;
    model.setCatalog(builtIn());
    // The C500's 1.8 TB/s is rumored, and Epoch's 18 TB/s disagrees.
    const int c500 = model.rowOfChip(u"metax-c500"_s);
    const QModelIndex memory = model.index(c500, metricColumn(u"bandwidth-gbs"_s));
    QCOMPARE(memory.data(ChipTableModel::LowConfidenceRole).toBool(), true);
    QVERIFY(memory.data(Qt::BackgroundRole).isValid());
    QCOMPARE(memory.data(ChipTableModel::DisagreementRole).toBool(), true);
    QVERIFY(memory.data(Qt::DecorationRole).isValid());

    const int h100 = model.rowOfChip(u"nvidia-h100-sxm"_s);
    const QModelIndex bf16 = model.index(h100, metricColumn(u"bf16-tflops"_s));
    QCOMPARE(bf16.data(ChipTableModel::LowConfidenceRole).toBool(), false);
    QVERIFY(!bf16.data(Qt::BackgroundRole).isValid());
    QCOMPARE(bf16.data(ChipTableModel::DisagreementRole).toBool(), false);
    QVERIFY(!bf16.data(Qt::DecorationRole).isValid());
}

void TestChipTableModel::sortsNumbersWithUnknownsLast_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void TestChipTableModel::sortsNumbersWithUnknownsLast()
{
    QFETCH(int, order);
    ChipTableModel model;
    model.setCatalog(builtIn());
    ChipFilterProxyModel proxy(&model);
    const int column = metricColumn(u"bandwidth-gbs"_s);
    proxy.sort(column, Qt::SortOrder(order));
    QList<double> known;
    bool seenUnknown = false;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QVariant value = proxy.index(row, column).data(ChipTableModel::SortRole);
        if (!value.isValid()) {
            seenUnknown = true;
            continue;
        }
        QVERIFY2(!seenUnknown, "a known value follows an unknown one");
        known.append(value.toDouble());
    }
    QVERIFY(seenUnknown);
    QVERIFY(known.size() >= 10);
    for (int i = 1; i < known.size(); ++i) {
        if (order == Qt::AscendingOrder)
            QVERIFY(known[i - 1] <= known[i]);
        else
            QVERIFY(known[i - 1] >= known[i]);
    }
    // Numeric, not textual: 614.4 sorts below 1,600.
    const QStringList ids = idsInOrder(proxy);
    if (order == Qt::AscendingOrder)
        QVERIFY(ids.indexOf(u"cambricon-mlu370-x8"_s) < ids.indexOf(u"huawei-ascend-910b"_s));
    else
        QCOMPARE(ids.first(), u"nvidia-h200-sxm"_s);
}

void TestChipTableModel::sortingFollowsANewCatalog()
{
    ChipTableModel model;
    model.setCatalog(builtIn());
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int column = metricColumn(u"bandwidth-gbs"_s);
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(proxy).first(), u"nvidia-h200-sxm"_s);
    // The proxy caches sort keys; a new catalog must not be sorted by the old ones.
    Catalog changed = builtIn();
    auto& h200 = *changed.chips[changed.indexOfChip(u"nvidia-h200-sxm"_s)].spec(SpecField::MemoryBandwidth);
    h200.primary.canonical = 1.0;
    model.setCatalog(changed);
    QCOMPARE(idsInOrder(proxy).first(), u"nvidia-h20"_s);
    QCOMPARE(idsInOrder(proxy).indexOf(u"nvidia-h200-sxm"_s), 13); // last of the 14 known values
    // And a filter change keeps the order.
    ChipFilter nvidia;
    nvidia.setVendors({ u"nvidia"_s });
    proxy.setFilter(nvidia);
    QCOMPARE(idsInOrder(proxy).first(), u"nvidia-h20"_s);
    QCOMPARE(idsInOrder(proxy).last(), u"nvidia-h200-sxm"_s);
}

void TestChipTableModel::filters_data()
{
    QTest::addColumn<QStringList>("vendors");
    QTest::addColumn<QStringList>("memoryTypes");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("one vendor, any case")
        << QStringList { u"huawei"_s } << QStringList() << QStringList() << QString()
        << QStringList { u"huawei-ascend-910b"_s, u"huawei-ascend-910c"_s };
    QTest::newRow("two vendors are OR-ed")
        << QStringList { u"Huawei"_s, u"MetaX"_s } << QStringList() << QStringList() << QString()
        << QStringList { u"huawei-ascend-910b"_s, u"huawei-ascend-910c"_s, u"metax-c500"_s, u"metax-c600"_s };
    QTest::newRow("vendor AND memory type")
        << QStringList { u"NVIDIA"_s } << QStringList { u"hbm3e"_s } << QStringList() << QString()
        << QStringList { u"nvidia-h200-sxm"_s };
    QTest::newRow("two memory types are OR-ed")
        << QStringList() << QStringList { u"LPDDR5"_s, u"SRAM (on-chip)"_s } << QStringList() << QString()
        << QStringList { u"alibaba-hanguang-800"_s, u"cambricon-mlu370-x8"_s };
    QTest::newRow("status") << QStringList() << QStringList() << QStringList { u"rumored"_s } << QString()
                            << QStringList { u"cambricon-siyuan-690"_s };
    QTest::newRow("search finds a local name") << QStringList() << QStringList() << QStringList() << u"含光"_s
                                               << QStringList { u"alibaba-hanguang-800"_s };
    QTest::newRow("search finds a software stack")
        << QStringList() << QStringList() << QStringList() << u"mxmaca"_s
        << QStringList { u"metax-c500"_s, u"metax-c600"_s };
    QTest::newRow("search finds notes") << QStringList() << QStringList() << QStringList() << u"pre-ban"_s
                                        << QStringList { u"huawei-ascend-910c"_s };
    QTest::newRow("search AND vendor can exclude everything")
        << QStringList { u"NVIDIA"_s } << QStringList() << QStringList() << u"mxmaca"_s << QStringList();
}

void TestChipTableModel::filters()
{
    QFETCH(QStringList, vendors);
    QFETCH(QStringList, memoryTypes);
    QFETCH(QStringList, statuses);
    QFETCH(QString, search);
    QFETCH(QStringList, expectedIds);

    ChipTableModel model;
    model.setCatalog(builtIn());
    ChipFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChipFilter filter;
    filter.setVendors(vendors);
    filter.setMemoryTypes(memoryTypes);
    for (const auto& status : statuses)
        filter.statuses.insert(*chipStatusFromKey(status));
    filter.setSearchText(search);
    proxy.setFilter(filter);
    QStringList ids = idsInOrder(proxy);
    ids.sort();
    QCOMPARE(ids, expectedIds);
}

void TestChipTableModel::clearingTheFilterRestoresAllRows()
{
    ChipTableModel model;
    model.setCatalog(builtIn());
    ChipFilterProxyModel proxy(&model);
    ChipFilter filter;
    filter.setSearchText(u"h100"_s);
    proxy.setFilter(filter);
    // Names and notes: the three H100 parts, the H200 and the Siyuan 690, whose notes compare them
    // with the H100.
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

QTEST_MAIN(TestChipTableModel)
#include "tst_chiptablemodel.moc"
