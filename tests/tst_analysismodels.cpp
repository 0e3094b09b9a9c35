#include "analysis/comparison.h"
#include "io/catalogreader.h"
#include "models/comparisonmodel.h"
#include "models/dataqualitymodel.h"
#include "models/ecosystemmodel.h"
#include "models/llmfitmodel.h"
#include "models/unknownlastsortproxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
int rowOfKey(const ComparisonModel& model, const QString& key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ComparisonModel::AttributeKeyRole).toString() == key)
            return row;
    }
    return -1;
}
} // namespace

class TestAnalysisModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void comparisonModelShowsGroupsBestAndRatios();
    void comparisonModelDifferencesOnly();
    void ecosystemModelGivesLevelAndSourcePerCell();
    void llmFitModelSortsWithUnknownsLast();
    void dataQualityModelListsEachFinding();

private:
    Catalog m_catalog;
    CatalogSnapshot m_snapshot; // m_catalog as the window's models hold it
    QVector<const Chip*> chips(const QStringList& ids) const
    {
        QVector<const Chip*> list;
        for (const auto& id : ids)
            list.append(m_snapshot->chip(id));
        return list;
    }
};

void TestAnalysisModels::dataQualityModelListsEachFinding()
{
    DataQualityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    QCOMPARE(model.rowCount(), 0); // the built-in catalog keeps the policy
    const auto breaches = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/policy-breaches.json"));
    QVERIFY(breaches.ok());
    model.setCatalog(m_catalog.mergedWith(breaches.catalog));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DataQualityModel::ColumnCount));
    QCOMPARE(model.index(1, DataQualityModel::ChipColumn).data(DataQualityModel::ChipIdRole).toString(),
        u"acme-x2"_s);
    QCOMPARE(model.index(1, DataQualityModel::FieldColumn).data(DataQualityModel::FieldKeyRole).toString(),
        u"tdp"_s);
    QCOMPARE(model.index(1, DataQualityModel::FieldColumn).data().toString(), u"TDP"_s);
    QCOMPARE(model.headerData(DataQualityModel::ProblemColumn, Qt::Horizontal).toString(), u"Problem"_s);
    model.setCatalog(m_catalog);
    QCOMPARE(model.rowCount(), 0);
}

void TestAnalysisModels::initTestCase()
{
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    m_catalog = result.catalog;
    m_snapshot = CatalogSnapshot::create(m_catalog);
}

void TestAnalysisModels::comparisonModelShowsGroupsBestAndRatios()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setComparison(
        m_snapshot, Comparison::build(chips({ u"nvidia-h20"_s, u"nvidia-h100-sxm"_s, u"metax-c600"_s }), 1));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"H100 SXM\n(baseline)"_s);
    // Group header rows come first in each group.
    QVERIFY(model.isGroupRow(0));
    QCOMPARE(model.index(0, 0).data().toString(), u"Memory"_s);
    const int bandwidth = rowOfKey(model, u"bandwidth_gbs"_s);
    QVERIFY(bandwidth > 0);
    QCOMPARE(model.index(bandwidth, 0).data().toString(), u"Memory bandwidth (GB/s)"_s);
    QCOMPARE(model.index(bandwidth, 1).data().toString(), u"4,000 (1.19×)"_s);
    QCOMPARE(model.index(bandwidth, 1).data(ComparisonModel::IsBestRole).toBool(), true);
    QVERIFY(model.index(bandwidth, 1).data(Qt::BackgroundRole).isValid());
    // The baseline shows no ratio; the H100's sources disagree on it, marked as in the table.
    QCOMPARE(model.index(bandwidth, 2).data().toString(), u"3,350"_s);
    QVERIFY(model.index(bandwidth, 2).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(bandwidth, 3).data(Qt::ToolTipRole).toString().contains(u"rumored"_s));
    const int tdp = rowOfKey(model, u"tdp_w"_s);
    QCOMPARE(model.index(tdp, 3).data().toString(), u"—"_s); // C600 TDP unknown
    QCOMPARE(model.index(tdp, 3).data(ComparisonModel::IsBestRole).toBool(), false);
    QCOMPARE(model.index(tdp, 1).data(ComparisonModel::IsBestRole).toBool(), true); // 400 W beats 700 W
}

void TestAnalysisModels::comparisonModelDifferencesOnly()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(m_snapshot, Comparison::build(chips({ u"nvidia-h100-sxm"_s, u"nvidia-h200-sxm"_s })));
    const int all = model.rowCount();
    QVERIFY(rowOfKey(model, u"vendor"_s) >= 0);
    model.setDifferencesOnly(true);
    QVERIFY(model.rowCount() < all);
    QCOMPARE(rowOfKey(model, u"vendor"_s), -1);
    QVERIFY(rowOfKey(model, u"memory_gb"_s) >= 0);
    // A group whose rows are all equal disappears with them.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data().toString() != u"Provenance"_s || row + 1 < model.rowCount());
}

void TestAnalysisModels::ecosystemModelGivesLevelAndSourcePerCell()
{
    EcosystemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChips(
        m_snapshot, chips({ u"huawei-ascend-910b"_s, u"nvidia-h20"_s, u"alibaba-hanguang-800"_s }));
    QCOMPARE(model.frameworks().mid(0, 7), EcosystemModel::standardFrameworks());
    const int vllm = EcosystemModel::FirstFrameworkColumn + int(model.frameworks().indexOf(u"vLLM"_s));
    QCOMPARE(model.index(0, vllm).data().toString(), u"plugin: vllm-ascend"_s);
    QCOMPARE(model.index(0, vllm).data(EcosystemModel::SupportRole).toInt(), int(SupportLevel::Plugin));
    QVERIFY(model.index(0, vllm).data(Qt::ToolTipRole).toString().contains(u"vLLM Ascend plugin"_s));
    QCOMPARE(model.index(1, vllm).data().toString(), u"native"_s);
    QCOMPARE(model.index(1, EcosystemModel::CudaColumn).data().toString(), u"native"_s);
    QCOMPARE(model.index(0, EcosystemModel::CudaColumn).data().toString(), u"none"_s);
    // No source says: unknown, shown as "?", never as "none".
    QCOMPARE(model.index(2, vllm).data().toString(), u"?"_s);
    QCOMPARE(model.index(2, vllm).data(EcosystemModel::SupportRole).toInt(), int(SupportLevel::Unknown));
    QVERIFY(!model.index(2, vllm).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(2, EcosystemModel::StackColumn).data().toString(), u"—"_s);
}

void TestAnalysisModels::llmFitModelSortsWithUnknownsLast()
{
    LlmFitModel model;
    UnknownLastSortProxy sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(LlmFitModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInput(m_snapshot, chips({ u"alibaba-zhenwu-810e"_s, u"nvidia-h100-sxm"_s, u"nvidia-h20"_s }),
        { 32e9, 32e9, LlmFit::Precision::Bf16, 0.9 });
    for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        sorted.sort(LlmFitModel::DecodeColumn, order);
        QCOMPARE(sorted.index(2, 0).data(LlmFitModel::ChipIdRole).toString(), u"alibaba-zhenwu-810e"_s);
        QCOMPARE(sorted.index(2, LlmFitModel::DecodeColumn).data().toString(), u"—"_s);
    }
    QCOMPARE(sorted.index(0, 0).data(LlmFitModel::ChipIdRole).toString(), u"nvidia-h20"_s);
    QCOMPARE(sorted.index(1, LlmFitModel::DecodeColumn).data().toString(), u"52.34"_s);
    QCOMPARE(sorted.index(1, LlmFitModel::ChipsNeededColumn).data().toString(), u"1"_s);
    QCOMPARE(sorted.index(1, LlmFitModel::WeightsColumn).data().toString(), u"64"_s);
}

QTEST_MAIN(TestAnalysisModels)
#include "tst_analysismodels.moc"
