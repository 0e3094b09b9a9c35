// Merging a later catalog over an earlier one: field by field (the default), whole chips, or only
// the unknown fields; every value keeps where it came from, and every change is listed.

#include "analysis/chipmatcher.h"
#include "core/catalog.h"
#include "core/chipfields.h"
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/idmap.h"
#include "io/tablereader.h"

#include <QFile>
#include <QTemporaryDir>
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
    void aChipJoinsTheOneItsAliasNames();
    void aChipJoinsTheOneThatNamesItAsAnAlias();
    void anIdMapJoinsChipsAndRefusesBadLines();
    void matchFindsTheSameChipUnderAnotherId();

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

void TestCatalogMerge::aChipJoinsTheOneItsAliasNames()
{
    // An Epoch-style import names the H100 its own way and says which built-in chip it is.
    Catalog epoch;
    Chip h100;
    h100.id = u"h100-sxm5-80gb"_s;
    h100.name = u"NVIDIA H100 SXM5 80GB"_s;
    QVERIFY(!ChipFields::field(u"aliases").set(h100, u"nvidia-h100-sxm"_s));
    SourcedNumber tdp = number(690, u"W"_s);
    h100.setSpec(SpecField::Tdp, SpecValue { tdp, {} });
    epoch.chips.append(h100);
    epoch.origins = { u"epoch.json"_s };
    const Catalog merged = m_builtIn.mergedWith(epoch);
    QCOMPARE(merged.chips.size(), m_builtIn.chips.size()); // joined, not added
    QVERIFY(!merged.chip(u"h100-sxm5-80gb"_s));
    const Chip& joined = *merged.chip(u"nvidia-h100-sxm"_s);
    QCOMPARE(joined.canonical(SpecField::Tdp), 690.0); // the later value wins, field by field...
    QCOMPARE(joined.canonical(SpecField::MemoryBandwidth), // ...and what it lacks stays
        m_builtIn.chip(u"nvidia-h100-sxm"_s)->canonical(SpecField::MemoryBandwidth));
    QVERIFY(joined.aliases().contains(u"h100-sxm5-80gb"_s)); // findable by the other id
    QCOMPARE(merged.originOf(u"nvidia-h100-sxm"_s, u"tdp"_s), u"epoch.json"_s);
    QVERIFY(merged.overridden.contains(u"nvidia-h100-sxm"_s));
}

void TestCatalogMerge::aChipJoinsTheOneThatNamesItAsAnAlias()
{
    Catalog base;
    Chip mine;
    mine.id = u"acme-x1"_s;
    mine.name = u"ACME X1"_s;
    QVERIFY(!ChipFields::field(u"aliases").set(mine, u"x1-board, acme-x1-pcie"_s));
    base.chips.append(mine);
    Catalog later;
    Chip board;
    board.id = u"acme-x1-pcie"_s;
    board.name = u"ACME X1 PCIe"_s;
    board.setSpec(SpecField::Tdp, SpecValue { number(75, u"W"_s), {} });
    later.chips.append(board);
    const Catalog merged = base.mergedWith(later);
    QCOMPARE(merged.chips.size(), 1);
    QCOMPARE(merged.chips.first().id, u"acme-x1"_s);
    QCOMPARE(merged.chips.first().canonical(SpecField::Tdp), 75.0);
    QCOMPARE(merged.chips.first().aliases(), (QStringList { u"x1-board"_s, u"acme-x1-pcie"_s }));
}

void TestCatalogMerge::anIdMapJoinsChipsAndRefusesBadLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ids.csv"_s);
    auto write = [&path](const QByteArray& text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("left_id,right_id\n# the H200 of the sheet\nnvidia-h200-sxm,h200-141gb\n");
    QString error;
    const auto pairs = IdMap::read(path, &error);
    QVERIFY2(pairs, qPrintable(error));
    QCOMPARE(pairs->size(), 1);
    Catalog sheet = m_sheet;
    for (auto& chip : sheet.chips) {
        if (chip.id == u"nvidia-h200-sxm"_s)
            chip.id = u"h200-141gb"_s; // the sheet's own id for it
    }
    QCOMPARE(IdMap::apply(sheet, *pairs), 1);
    const Catalog merged = m_builtIn.mergedWith(sheet);
    QVERIFY(!merged.chip(u"h200-141gb"_s));
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::Tdp), 600.0);
    QCOMPARE(valueOf(merged, u"nvidia-h200-sxm"_s, SpecField::MemoryBandwidth), 4800.0);

    // `match --format csv` as it is: its header and the columns after the two ids are passed over.
    write("left_id,right_id,score,left_name,right_name,reasons\n"
          "nvidia-h200-sxm,h200-141gb,1,NVIDIA H200 SXM,NVIDIA H200 141GB,\"names agree; same vendor\"\n");
    const auto fromMatch = IdMap::read(path, &error);
    QVERIFY2(fromMatch, qPrintable(error));
    QCOMPARE(*fromMatch, (QList<std::pair<QString, QString>> { { u"nvidia-h200-sxm"_s, u"h200-141gb"_s } }));

    // A bad line is named by file and line, and nothing is read.
    write("nvidia-h200-sxm,h200-141gb\nnvidia-h100-sxm\n");
    QVERIFY(!IdMap::read(path, &error));
    QCOMPARE(error, path + u":2: expected two chip ids, found 1"_s);
    write("nvidia-h200-sxm,h200-141gb\nnvidia-h100-sxm,\n");
    QVERIFY(!IdMap::read(path, &error));
    QCOMPARE(error, path + u":2: expected two chip ids, found 1"_s);
    write("\x89PNG\x0d,\x1a\x0a\xff\n"); // not text: no header, a bad first line
    QVERIFY(!IdMap::read(path, &error));
    QVERIFY2(error.startsWith(path + u":1: "_s), qPrintable(error));
    write("nvidia-h200-sxm h200-141gb nvidia-h20\n"); // spaces only: which two?
    QVERIFY(!IdMap::read(path, &error));
    QCOMPARE(error, path + u":1: expected two chip ids, found 3"_s);
    write("nvidia-h200-sxm,H200-141GB\n");
    QVERIFY(!IdMap::read(path, &error));
    QVERIFY2(error.startsWith(path + u":1: 'H200-141GB' is not a chip id"_s), qPrintable(error));
    QVERIFY(!IdMap::read(dir.filePath(u"missing.csv"_s), &error));
    QVERIFY2(error.contains(u"cannot read the id map"_s), qPrintable(error));
}

void TestCatalogMerge::matchFindsTheSameChipUnderAnotherId()
{
    Catalog epoch;
    auto add = [&epoch](const QString& id, const QString& name, const QString& vendor, double memory) {
        Chip chip;
        chip.id = id;
        chip.name = name;
        chip.vendor = vendor;
        if (memory > 0)
            chip.setSpec(SpecField::MemoryCapacity, SpecValue { number(memory, u"GB"_s), {} });
        epoch.chips.append(chip);
    };
    add(u"h100-sxm5-80gb"_s, u"NVIDIA H100 SXM5 80GB"_s, u"NVIDIA"_s, 80);
    add(u"h100-pcie-80gb"_s, u"NVIDIA H100 PCIe 80GB"_s, u"NVIDIA"_s, 80);
    add(u"instinct-mi300x"_s, u"AMD Instinct MI300X"_s, u"AMD"_s, 192);
    add(u"h200-96gb"_s, u"NVIDIA H200"_s, u"NVIDIA"_s, 96); // another memory: a weaker pair
    add(u"acme-x1"_s, u"ACME X1"_s, u"ACME"_s, 0); // in no other catalog
    add(u"nvidia-h20"_s, u"NVIDIA H20"_s, u"NVIDIA"_s, 96); // same id: joined already
    add(u"a100-sxm4-80-gb"_s, u"NVIDIA A100 SXM4 80 GB"_s, u"NVIDIA"_s, 80); // the size written apart
    QHash<QString, QString> best;
    for (const auto& pair : ChipMatcher::match(m_builtIn, epoch))
        best.insert(pair.right->id, pair.left->id);
    QCOMPARE(best.value(u"h100-sxm5-80gb"_s), u"nvidia-h100-sxm"_s); // not the PCIe board
    QCOMPARE(best.value(u"h100-pcie-80gb"_s), u"nvidia-h100-pcie"_s);
    QCOMPARE(best.value(u"instinct-mi300x"_s), u"amd-mi300x"_s);
    QCOMPARE(best.value(u"a100-sxm4-80-gb"_s), u"nvidia-a100-80gb-sxm"_s);
    QVERIFY(!best.contains(u"h200-96gb"_s)); // 141 GB in the built-in catalog: below the score
    QVERIFY(!best.contains(u"acme-x1"_s));
    QVERIFY(!best.contains(u"nvidia-h20"_s));
    // The words that identify a chip.
    QCOMPARE(ChipMatcher::nameTokens(epoch.chips.first()), (QStringList { u"h100"_s, u"sxm"_s }));
    const DataTable table = ChipMatcher::table(ChipMatcher::match(m_builtIn, epoch));
    QCOMPARE(table.keys,
        (QStringList {
            u"left_id"_s, u"right_id"_s, u"score"_s, u"left_name"_s, u"right_name"_s, u"reasons"_s }));
}

QTEST_GUILESS_MAIN(TestCatalogMerge)
#include "tst_catalogmerge.moc"
