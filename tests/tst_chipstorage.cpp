// How a loaded chip is stored: repeated texts pooled once, rare parts behind shared pointers,
// copied on write, so that 100,000 chips fit in memory (issue #10: at most 2 KiB a chip) without
// one chip's edit reaching another chip that shared its storage.

#include "catalogfactory.h"
#include "core/catalog.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kHeapIsMeasurable = false; // ASan's allocator does not report through mallinfo2
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kHeapIsMeasurable = false;
#else
constexpr bool kHeapIsMeasurable = true;
#endif
#else
constexpr bool kHeapIsMeasurable = true;
#endif

qint64 heapInUse()
{
#if defined(__GLIBC__)
    const auto info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
#else
    return -1;
#endif
}

QByteArray catalogText(const QString& firstNote, const QString& secondNote)
{
    const auto number = [](const QString& note) {
        QJsonObject n { { u"value"_s, 80 }, { u"unit"_s, u"GB"_s }, { u"source"_s, u"s1"_s },
            { u"confidence"_s, u"official"_s } };
        if (!note.isEmpty())
            n.insert(u"note"_s, note);
        return n;
    };
    const auto chip = [&](const QString& id, const QString& note) {
        return QJsonObject { { u"id"_s, id }, { u"name"_s, id.toUpper() }, { u"vendor"_s, u"Vendor A"_s },
            { u"status"_s, u"shipping"_s }, { u"memory_capacity"_s, number(note) } };
    };
    const QJsonObject root { { u"format"_s, u"chipcompare-catalog"_s }, { u"version"_s, 2 },
        { u"date"_s, u"2026-11-01"_s },
        { u"sources"_s,
            QJsonArray { QJsonObject { { u"id"_s, u"s1"_s }, { u"title"_s, u"Datasheet"_s },
                { u"url"_s, u"https://example.com/a"_s }, { u"kind"_s, u"vendor"_s } } } },
        { u"chips"_s, QJsonArray { chip(u"a"_s, firstNote), chip(u"b"_s, secondNote) } } };
    return QJsonDocument(root).toJson();
}

} // namespace

class TestChipStorage : public QObject
{
    Q_OBJECT
private slots:
    void equalTextsAreStoredOnce();
    void aBorrowedBufferIsCopiedIntoThePool();
    void threadsInterningAtOnceAgreeOnEachText();
    void numbersWithTheSameNoteShareItUntilOneIsEdited();
    void alternativesAreCopiedOnWrite();
    void aChipFindsEachValueWhateverOrderItWasSetIn();
    void chipExtraKeysReadBackExactly_data();
    void chipExtraKeysReadBackExactly();
    void aLoadedRichChipKeepsAtMostTwoKiB();
};

void TestChipStorage::equalTextsAreStoredOnce()
{
    const InternedString a(u"HBM3e"_s);
    const InternedString b(u"HBM"_s + QString::number(3) + u"e"_s);
    QCOMPARE(a, b);
    QCOMPARE(a.toString().constData(), b.toString().constData());
    QCOMPARE(a.toString(), u"HBM3e"_s);
    QVERIFY(a != InternedString(u"HBM3"_s));
    QVERIFY(a == u"HBM3e"_s);

    // Empty is one value however it was made, and reads as an empty QString.
    QCOMPARE(InternedString(), InternedString(QString()));
    QCOMPARE(InternedString(), InternedString(u""_s));
    QVERIFY(InternedString().isEmpty());
    QCOMPARE(InternedString().toString(), QString());
}

void TestChipStorage::aBorrowedBufferIsCopiedIntoThePool()
{
    QChar buffer[] = { u'G', u'i', u'B', u'/', u's', u'X' };
    const InternedString unit(QString::fromRawData(buffer, 5));
    buffer[0] = u'T';
    QCOMPARE(unit.toString(), u"GiB/s"_s);
    QCOMPARE(InternedString(u"GiB/s"_s), unit);
}

void TestChipStorage::threadsInterningAtOnceAgreeOnEachText()
{
    constexpr int kTexts = 2000;
    constexpr int kThreads = 4;
    std::vector<std::vector<InternedString>> seen(kThreads, std::vector<InternedString>(kTexts));
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([t, &seen] {
            // Each thread walks the texts from a different starting point, so that first sightings
            // race with lookups of the same text.
            for (int k = 0; k < kTexts; ++k) {
                const int i = (k + t * kTexts / kThreads) % kTexts;
                seen[t][i] = InternedString(u"thread-test-source-%1"_s.arg(i));
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (int i = 0; i < kTexts; ++i) {
        QCOMPARE(seen[0][i].toString(), u"thread-test-source-%1"_s.arg(i));
        for (int t = 1; t < kThreads; ++t)
            QCOMPARE(seen[t][i].toString().constData(), seen[0][i].toString().constData());
    }
}

void TestChipStorage::numbersWithTheSameNoteShareItUntilOneIsEdited()
{
    auto result = CatalogReader::read(catalogText(u"board power"_s, u"board power"_s), u"notes.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    SourcedNumber& first = result.catalog.chips[0].spec(SpecField::MemoryCapacity)->primary;
    const SourcedNumber& second = result.catalog.chips[1].spec(SpecField::MemoryCapacity)->primary;
    QCOMPARE(first.note().constData(), second.note().constData()); // one copy for both

    first.setNote(u"measured at the wall"_s);
    QCOMPARE(first.note(), u"measured at the wall"_s);
    QCOMPARE(second.note(), u"board power"_s);

    first.setExtra({ { u"x-row"_s, 7 } });
    QCOMPARE(first.extra().value(u"x-row"_s).toInt(), 7);
    QVERIFY(second.extra().isEmpty());
    QCOMPARE(second.note(), u"board power"_s);

    // And written back as edited.
    const auto reread = CatalogReader::read(CatalogWriter::toJson(result.catalog), u"written.json"_s);
    QVERIFY2(reread.ok(), qPrintable(formatDiagnostics(reread.problems)));
    QCOMPARE(
        reread.catalog.chips[0].spec(SpecField::MemoryCapacity)->primary.note(), u"measured at the wall"_s);
    QCOMPARE(reread.catalog.chips[1].spec(SpecField::MemoryCapacity)->primary.note(), u"board power"_s);

    // A number without a note has none, and clearing a note clears it.
    auto plain = CatalogReader::read(catalogText(u"board power"_s, QString()), u"plain.json"_s);
    QVERIFY(plain.ok());
    QVERIFY(plain.catalog.chips[1].spec(SpecField::MemoryCapacity)->primary.note().isEmpty());
    plain.catalog.chips[0].spec(SpecField::MemoryCapacity)->primary.setNote({});
    QVERIFY(plain.catalog.chips[0].spec(SpecField::MemoryCapacity)->primary.note().isEmpty());
}

void TestChipStorage::alternativesAreCopiedOnWrite()
{
    SourcedNumber other;
    other.value = 96;
    other.canonical = 96;
    other.sourceId = u"press"_s;

    SpecValue original { {}, {} };
    QVERIFY(original.alternatives.isEmpty());
    QCOMPARE(original.alternatives.size(), 0);
    QCOMPARE(std::distance(original.alternatives.begin(), original.alternatives.end()), 0);

    original.alternatives.append(other);
    SpecValue copy = original;
    other.value = 128;
    copy.alternatives.append(other);
    QCOMPARE(original.alternatives.size(), 1);
    QCOMPARE(copy.alternatives.size(), 2);
    QCOMPARE(original.alternatives.first().value, 96.0);
    QCOMPARE(copy.alternatives[1].value, 128.0);
    QVERIFY(AlternativeNumbers(QList<SourcedNumber>()).isEmpty());
}

void TestChipStorage::aChipFindsEachValueWhateverOrderItWasSetIn()
{
    Chip chip;
    for (const auto& info : specFields())
        QVERIFY(!chip.spec(info.field));
    // Out of field order, with replacements and removals on the way.
    const QList<std::pair<SpecField, double>> steps { { SpecField::Transistors, 80 },
        { SpecField::MemoryCapacity, 96 }, { SpecField::Tdp, 400 }, { SpecField::MemoryCapacity, 141 },
        { SpecField::Bf16Dense, 148 }, { SpecField::Price, 12000 } };
    for (const auto& [field, value] : steps)
        chip.setSpec(field, CatalogFactory::number(value));
    chip.setSpec(SpecField::Price, std::nullopt);
    chip.setSpec(SpecField::Fp64, std::nullopt); // unknown already: nothing to remove

    QCOMPARE(chip.canonical(SpecField::MemoryCapacity), std::optional<double>(141));
    QCOMPARE(chip.canonical(SpecField::Bf16Dense), std::optional<double>(148));
    QCOMPARE(chip.canonical(SpecField::Tdp), std::optional<double>(400));
    QCOMPARE(chip.canonical(SpecField::Transistors), std::optional<double>(80));
    QVERIFY(!chip.spec(SpecField::Price));
    QVERIFY(!chip.spec(SpecField::MemoryBandwidth));
    QList<double> inFieldOrder;
    for (const SpecValue& value : chip.specs)
        inFieldOrder.append(value.canonical());
    QCOMPARE(inFieldOrder, (QList<double> { 141, 148, 400, 80 }));

    // A copy shares the values until one of them is written.
    const Chip copy = chip;
    chip.spec(SpecField::Tdp)->primary.canonical = 350;
    QCOMPARE(copy.canonical(SpecField::Tdp), std::optional<double>(400));
    QCOMPARE(chip.canonical(SpecField::Tdp), std::optional<double>(350));
}

void TestChipStorage::chipExtraKeysReadBackExactly_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::newRow("a row number") << QJsonObject { { u"x-row"_s, 17 } };
    QTest::newRow("an integer past 2^53") << QJsonObject { { u"x-serial"_s, qint64(9007199254740993) } };
    QTest::newRow("a double with seventeen digits") << QJsonObject { { u"x-big"_s, 1.2345678901234568e29 } };
    QTest::newRow("a tiny negative double") << QJsonObject { { u"x-offset"_s, -3.2e-7 } };
    QTest::newRow("text in Chinese") << QJsonObject { { u"x-board"_s, u"含光800 板卡"_s } };
    QTest::newRow("true, false and null")
        << QJsonObject { { u"x-a"_s, true }, { u"x-b"_s, false }, { u"x-c"_s, QJsonValue::Null } };
    QTest::newRow("nested") << QJsonObject { { u"x-nested"_s,
        QJsonObject { { u"list"_s, QJsonArray { 1, 2.5, u"three"_s } }, { u"empty"_s, QJsonObject() } } } };
    QTest::newRow("empty") << QJsonObject();
}

void TestChipStorage::chipExtraKeysReadBackExactly()
{
    QFETCH(QJsonObject, extra);
    Chip chip;
    chip.extra = extra;
    QCOMPARE(chip.extra.isEmpty(), extra.isEmpty());
    const QJsonObject back = chip.extra.toObject();
    QCOMPARE(back, extra);
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        QCOMPARE(back.value(it.key()).type(), it.value().type());
        QCOMPARE(chip.extra.value(it.key()), it.value());
    }
}

// The built-in chips (every field, sources, notes, alternatives, ecosystem), repeated to 2,040
// chips with ids and names of their own, written to a file and loaded as the window loads it.
void TestChipStorage::aLoadedRichChipKeepsAtMostTwoKiB()
{
    if (!kHeapIsMeasurable || heapInUse() < 0)
        QSKIP("the heap in use is measured through glibc's mallinfo2, which this build cannot use");
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    Catalog large = builtIn.catalog;
    large.chips.clear();
    large.systems.clear(); // they name the chips by their own ids, which the copies change
    for (int copy = 0; copy < 120; ++copy) {
        for (Chip chip : builtIn.catalog.chips) {
            chip.id += u"-copy-%1"_s.arg(copy);
            chip.name += u" (copy %1)"_s.arg(copy);
            large.chips.append(chip);
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.json"_s);
    QString error;
    QVERIFY2(CatalogWriter::writeFile(large, path, &error), qPrintable(error));
    large = Catalog();

    const qint64 before = heapInUse();
    auto result = CatalogReader::readFile(path);
    const qint64 after = heapInUse();
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    const double perChip = double(after - before) / result.catalog.chips.size();
    qInfo("retained %.0f bytes a chip over %d chips", perChip, int(result.catalog.chips.size()));
    QVERIFY2(perChip <= 2048, qPrintable(u"%1 bytes a chip"_s.arg(perChip, 0, 'f', 0)));
}

QTEST_GUILESS_MAIN(TestChipStorage)
#include "tst_chipstorage.moc"
