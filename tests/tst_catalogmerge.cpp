// Merging a later catalog over an earlier one: field by field (the default), whole chips, or only
// the unknown fields; every value keeps where it came from, and every change is listed.

#include "core/catalog.h"
#include "core/chipfields.h"
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/tablereader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The shape of issue 22's defect: a sheet of name, memory and TDP, imported as a user would.
Catalog threeColumnSheet()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/three-column-sheet.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    TableReadError error;
    const auto table = TableReader::read(file.readAll(), std::nullopt, &error);
    TableImporter::Options options;
    options.fileName = u"three-column-sheet.csv"_s;
    options.source.id = u"my-sheet"_s;
    options.source.title = u"My sheet"_s;
    Catalog catalog = TableImporter::import(*table, options).catalog;
    catalog.origins = { u"three-column-sheet.csv"_s };
    return catalog;
}

SourcedNumber number(double value, const QString& unit)
{
    SourcedNumber result;
    result.value = result.canonical = value;
    result.unit = unit;
    result.sourceId = u"price-list"_s;
    return result;
}

double valueOf(const Catalog& catalog, const QString& id, SpecField field)
{
    return catalog.chip(id)->canonical(field).value_or(-1);
}

} // namespace

class TestCatalogMerge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fieldByFieldKeepsWhatTheLaterFileLacks();
    void replaceIsTheWholeChip();
    void fillOnlyFillsUnknownFields();
    void everyDifferenceIsListed();
    void everyValueSaysWhereItCameFrom();
    void originsFollowSeveralMerges();
    void policiesHaveKeys();

private:
    Catalog m_builtIn;
    Catalog m_sheet;
};

void TestCatalogMerge::initTestCase()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    m_builtIn = builtIn.catalog;
    m_sheet = threeColumnSheet();
    QCOMPARE(m_sheet.chips.size(), 3);
    QVERIFY(m_sheet.chip(u"nvidia-h200-sxm"_s));
}

void TestCatalogMerge::fieldByFieldKeepsWhatTheLaterFileLacks()
{
    const Catalog merged = m_builtIn.mergedWith(m_sheet);
    const Chip& h200 = *merged.chip(u"nvidia-h200-sxm"_s);
    // The sheet's own values win...
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::Tdp), 600.0);
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::MemoryCapacity), 141.0);
    QCOMPARE(h200.name, u"NVIDIA H200 SXM"_s);
    // ... and every field it lacks keeps the built-in value.
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::MemoryBandwidth), 4800.0);
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::Bf16Dense), 989.0);
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::Fp8Dense), 1979.0);
    QCOMPARE(h200.vendor, u"NVIDIA"_s);
    QCOMPARE(h200.status, ChipStatus::Shipping);
    QCOMPARE(h200.cudaCompat, CudaCompat::Native);
    QVERIFY(!h200.ecosystem.isEmpty());
    // The built-in TDP it overrode stays visible beside the sheet's.
    const SpecValue& tdp = *h200.spec(SpecField::Tdp);
    QVERIFY(std::any_of(tdp.alternatives.cbegin(), tdp.alternatives.cend(),
        [](const SourcedNumber& n) { return n.canonical == 700.0; }));
    QVERIFY(tdp.sourcesDisagree());
    // Both files' sources, and a chip the sheet adds.
    QVERIFY(h200.sourceIds.contains(u"my-sheet"_s)
        || h200.spec(SpecField::Tdp)->primary.sourceId == u"my-sheet"_s);
    QCOMPARE(merged.chips.size(), m_builtIn.chips.size() + 1);
    QVERIFY(merged.chip(u"acme-z9"_s));
    QCOMPARE(merged.policy, MergePolicy::FieldByField);
}

void TestCatalogMerge::replaceIsTheWholeChip()
{
    const Catalog merged = m_builtIn.mergedWith(m_sheet, MergePolicy::Replace);
    const Chip& h200 = *merged.chip(u"nvidia-h200-sxm"_s);
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::Tdp), 600.0);
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::MemoryBandwidth), -1.0); // gone with the chip
    QVERIFY(h200.vendor.isEmpty());
    QVERIFY(merged.overridden.contains(u"nvidia-h200-sxm"_s));
    QCOMPARE(merged.originOf(u"nvidia-h200-sxm"_s, u"memory_bandwidth"_s), u"three-column-sheet.csv"_s);
}

void TestCatalogMerge::fillOnlyFillsUnknownFields()
{
    // A built-in chip without a price, and a later file with one and a different TDP.
    Catalog later;
    later.origins = { u"prices.json"_s };
    Chip h20 = *m_builtIn.chip(u"nvidia-h20"_s);
    Chip priced;
    priced.id = h20.id;
    priced.name = u"H20 from a price list"_s;
    priced.setSpec(SpecField::Price, SpecValue { number(12000, u"USD"_s), {} });
    priced.setSpec(SpecField::Tdp, SpecValue { number(350, u"W"_s), {} });
    later.chips.append(priced);

    const Catalog merged = m_builtIn.mergedWith(later, MergePolicy::Fill);
    const Chip& chip = *merged.chip(u"nvidia-h20"_s);
    QCOMPARE(chip.canonical(SpecField::Price).value_or(0), 12000.0); // was unknown: filled
    QCOMPARE(chip.canonical(SpecField::Tdp).value_or(0), h20.canonical(SpecField::Tdp).value_or(-1)); // kept
    QCOMPARE(chip.name, h20.name); // kept
    // The later TDP is not lost: it stands beside the kept one.
    QVERIFY(std::any_of(chip.spec(SpecField::Tdp)->alternatives.cbegin(),
        chip.spec(SpecField::Tdp)->alternatives.cend(),
        [](const SourcedNumber& n) { return n.canonical == 350.0; }));
    QCOMPARE(merged.originOf(u"nvidia-h20"_s, u"price"_s), u"prices.json"_s);
    QCOMPARE(merged.originOf(u"nvidia-h20"_s, u"tdp"_s), u"built-in catalog"_s);
    // Both differences are listed, as kept.
    int kept = 0;
    for (const auto& override : merged.overrides)
        kept += override.chipId == u"nvidia-h20"_s && !override.laterWon;
    QCOMPARE(kept, 2); // name and TDP
}

void TestCatalogMerge::everyDifferenceIsListed()
{
    const Catalog merged = m_builtIn.mergedWith(m_sheet);
    QStringList listed;
    for (const auto& override : merged.overrides)
        listed.append(override.chipId + u'.' + override.field + u": "_s + override.earlier + u" -> "_s
            + override.later);
    // The H200's TDP (700 -> 600) and name changed; its memory (141 both) did not; the H20's name did.
    QVERIFY2(listed.contains(u"nvidia-h200-sxm.tdp: 700 W -> 600 W"_s), qPrintable(listed.join(u'\n')));
    QVERIFY2(listed.contains(u"nvidia-h200-sxm.name: NVIDIA H200 SXM 141GB -> NVIDIA H200 SXM"_s),
        qPrintable(listed.join(u'\n')));
    QVERIFY(!std::any_of(listed.cbegin(), listed.cend(),
        [](const QString& line) { return line.startsWith(u"nvidia-h200-sxm.memory_capacity"_s); }));
    QVERIFY(std::all_of(merged.overrides.cbegin(), merged.overrides.cend(),
        [](const MergeOverride& o) { return o.laterWon; }));
}

void TestCatalogMerge::everyValueSaysWhereItCameFrom()
{
    const Catalog merged = m_builtIn.mergedWith(m_sheet);
    QCOMPARE(merged.origins, (QStringList { u"built-in catalog"_s, u"three-column-sheet.csv"_s }));
    QCOMPARE(merged.originOf(u"nvidia-h200-sxm"_s, u"tdp"_s), u"three-column-sheet.csv"_s);
    QCOMPARE(merged.originOf(u"nvidia-h200-sxm"_s, u"name"_s), u"three-column-sheet.csv"_s);
    QCOMPARE(merged.originOf(u"nvidia-h200-sxm"_s, u"memory_bandwidth"_s), u"built-in catalog"_s);
    QCOMPARE(merged.originOf(u"nvidia-h200-sxm"_s, u"vendor"_s), u"built-in catalog"_s);
    QCOMPARE(merged.originOf(u"acme-z9"_s, u"memory_capacity"_s), u"three-column-sheet.csv"_s);
    QCOMPARE(merged.originOf(u"nvidia-h100-sxm"_s, u"memory_capacity"_s), u"built-in catalog"_s);
}

void TestCatalogMerge::originsFollowSeveralMerges()
{
    Catalog second;
    second.origins = { u"second.json"_s };
    Chip chip;
    chip.id = u"acme-z9"_s;
    chip.name = u"Acme Z9"_s;
    chip.vendor = u"Acme"_s;
    second.chips.append(chip);
    const Catalog merged = m_builtIn.mergedWith(m_sheet).mergedWith(second);
    QCOMPARE(merged.origins.size(), 3);
    QCOMPARE(merged.originOf(u"acme-z9"_s, u"vendor"_s), u"second.json"_s);
    QCOMPARE(merged.originOf(u"acme-z9"_s, u"memory_capacity"_s), u"three-column-sheet.csv"_s);
    QCOMPARE(merged.originOf(u"nvidia-h200-sxm"_s, u"tdp"_s), u"three-column-sheet.csv"_s);
    // Merged as one file over another: the overlay's own origins move along.
    const Catalog nested = m_builtIn.mergedWith(m_sheet.mergedWith(second));
    QCOMPARE(nested.originOf(u"acme-z9"_s, u"vendor"_s), u"second.json"_s);
    QCOMPARE(nested.originOf(u"acme-z9"_s, u"memory_capacity"_s), u"three-column-sheet.csv"_s);
}

void TestCatalogMerge::policiesHaveKeys()
{
    for (const auto policy : { MergePolicy::FieldByField, MergePolicy::Replace, MergePolicy::Fill }) {
        QCOMPARE(mergePolicyFromKey(mergePolicyKey(policy)), policy);
        QVERIFY(!mergePolicyLabel(policy).isEmpty());
    }
    QCOMPARE(mergePolicyKey(MergePolicy::FieldByField), u"field"_s);
    QVERIFY(!mergePolicyFromKey(u"merge"_s));
}

QTEST_GUILESS_MAIN(TestCatalogMerge)
#include "tst_catalogmerge.moc"
