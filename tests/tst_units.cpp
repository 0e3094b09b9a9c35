#include "core/specvalue.h"
#include "core/units.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUnits : public QObject
{
    Q_OBJECT
private slots:
    void sourcesDisagreeBeyondRoundingAndBinaryUnits_data();
    void sourcesDisagreeBeyondRoundingAndBinaryUnits();
    void convertsBetweenUnitsOfOneDimension();
    void readsUnitsAsDatasetsSpellThem();
    void convertsToCanonical_data();
    void convertsToCanonical();
    void rejectsUnitsOfAnotherDimension_data();
    void rejectsUnitsOfAnotherDimension();
    void canonicalUnitsAreAccepted();
};

void TestUnits::convertsToCanonical_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("dimension");
    QTest::addColumn<double>("expected");

    const int size = int(Dimension::DataSize);
    const int rate = int(Dimension::DataRate);
    const int flops = int(Dimension::FloatThroughput);
    const int ops = int(Dimension::IntThroughput);
    QTest::newRow("80 GB is 80 GB") << 80.0 << u"GB"_s << size << 80.0;
    QTest::newRow("192 MB of SRAM is 0.192 GB") << 192.0 << u"MB"_s << size << 0.192;
    QTest::newRow("80 GiB is 85.9 GB (binary vs decimal)") << 80.0 << u"GiB"_s << size << 85.899345920;
    QTest::newRow("1 TB is 1000 GB") << 1.0 << u"TB"_s << size << 1000.0;
    QTest::newRow("3.35 TB/s is 3350 GB/s") << 3.35 << u"TB/s"_s << rate << 3350.0;
    QTest::newRow("3.6 Tb/s (bits) is 450 GB/s") << 3.6 << u"Tb/s"_s << rate << 450.0;
    QTest::newRow("784 Gb/s (bits) is 98 GB/s") << 784.0 << u"Gb/s"_s << rate << 98.0;
    QTest::newRow("1.8e13 B/s is 18000 GB/s") << 1.8e13 << u"B/s"_s << rate << 18000.0;
    QTest::newRow("1 TiB/s is 1099.5 GB/s") << 1.0 << u"TiB/s"_s << rate << 1099.511627776;
    QTest::newRow("989.4 TFLOPS stays") << 989.4 << u"TFLOPS"_s << flops << 989.4;
    QTest::newRow("1.979 PFLOPS is 1979 TFLOPS") << 1.979 << u"PFLOPS"_s << flops << 1979.0;
    QTest::newRow("1.48e14 FLOP/s is 148 TFLOPS") << 1.48e14 << u"FLOP/s"_s << flops << 148.0;
    QTest::newRow("825 TOPS stays") << 825.0 << u"TOPS"_s << ops << 825.0;
    QTest::newRow("0.7 kW is 700 W") << 0.7 << u"kW"_s << int(Dimension::Power) << 700.0;
    QTest::newRow("814 mm² with the superscript") << 814.0 << u"mm²"_s << int(Dimension::Area) << 814.0;
}

void TestUnits::convertsToCanonical()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(int, dimension);
    QFETCH(double, expected);
    const auto converted = Units::toCanonical(value, unit, Dimension(dimension));
    QVERIFY2(converted.has_value(), qPrintable(unit));
    QVERIFY2(qAbs(*converted - expected) <= 1e-9 * qMax(1.0, expected),
        qPrintable(QString::number(*converted, 'g', 15)));
}

void TestUnits::rejectsUnitsOfAnotherDimension_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("dimension");
    QTest::newRow("bandwidth unit for a capacity") << u"GB/s"_s << int(Dimension::DataSize);
    QTest::newRow("capacity unit for a bandwidth") << u"GB"_s << int(Dimension::DataRate);
    QTest::newRow("integer ops for a float throughput") << u"TOPS"_s << int(Dimension::FloatThroughput);
    QTest::newRow("float ops for an integer throughput") << u"TFLOPS"_s << int(Dimension::IntThroughput);
    QTest::newRow("lower-case tb/s is ambiguous") << u"tb/s"_s << int(Dimension::DataRate);
    QTest::newRow("empty unit") << QString() << int(Dimension::Power);
}

void TestUnits::rejectsUnitsOfAnotherDimension()
{
    QFETCH(QString, unit);
    QFETCH(int, dimension);
    QVERIFY(!Units::toCanonical(1.0, unit, Dimension(dimension)).has_value());
}

void TestUnits::canonicalUnitsAreAccepted()
{
    for (const auto dimension : { Dimension::DataSize, Dimension::DataRate, Dimension::FloatThroughput,
             Dimension::IntThroughput, Dimension::Power, Dimension::Area }) {
        const QString unit = Units::canonicalUnit(dimension);
        QCOMPARE(Units::factorToCanonical(unit, dimension), std::optional<double>(1.0));
        QVERIFY(Units::acceptedUnits(dimension).contains(unit));
    }
}

void TestUnits::convertsBetweenUnitsOfOneDimension()
{
    QCOMPARE(Units::convert(80, u"GB"_s, u"B"_s), std::optional<double>(8e10));
    QCOMPARE(Units::convert(989.4, u"TFLOPS"_s, u"FLOP/s"_s), std::optional<double>(9.894e14));
    QCOMPARE(Units::convert(3.6, u"Tb/s"_s, u"GB/s"_s), std::optional<double>(450.0)); // bits are bits
    QCOMPARE(Units::convert(3540, u"million"_s, u"billion"_s), std::optional<double>(3.54));
    QCOMPARE(Units::convert(80, u"GB"_s, u"W"_s), std::nullopt);
    QCOMPARE(Units::convert(80, u"gigs"_s, u"GB"_s), std::nullopt);
}

void TestUnits::readsUnitsAsDatasetsSpellThem()
{
    const QList<std::pair<QString, QString>> spellings { { u"bytes"_s, u"B"_s }, { u"byte/s"_s, u"B/s"_s },
        { u"Watts"_s, u"W"_s }, { u"TFlops"_s, u"TFLOPS"_s }, { u"teraFLOPS"_s, u"TFLOPS"_s },
        { u"petaFLOPS"_s, u"PFLOPS"_s }, { u"teraOPs"_s, u"TOPS"_s }, { u"mm^2"_s, u"mm²"_s },
        { u"KiB"_s, u"KiB"_s }, { u"MiB"_s, u"MiB"_s }, { u"GiB"_s, u"GiB"_s }, { u"Tb/s"_s, u"Tb/s"_s },
        { u"TB/s"_s, u"TB/s"_s }, { u"millions"_s, u"million"_s }, { u"USD"_s, u"USD"_s } };
    for (const auto& [written, unit] : spellings)
        QCOMPARE(Units::canonicalSpelling(written), std::optional<QString>(unit));
    QCOMPARE(Units::canonicalSpelling(u"peraFLOPS"_s), std::nullopt); // a typo is not a unit
    QCOMPARE(Units::canonicalSpelling(u"gb"_s), std::nullopt); // bits or bytes? never guessed
}

void TestUnits::sourcesDisagreeBeyondRoundingAndBinaryUnits_data()
{
    QTest::addColumn<double>("primary");
    QTest::addColumn<double>("other");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("disagree");
    // Epoch's mem_gb holds GiB: "80" for an 80 GiB part, 85.9 GB, is the same memory.
    QTest::newRow("80 GB and 80 GiB") << 80.0 << 85.899345920 << u"GB"_s << false;
    QTest::newRow("96 GiB and 96 GB") << 103.079215104 << 96.0 << u"GiB"_s << false;
    QTest::newRow("192 MB and 192 MiB") << 0.192 << 0.201326592 << u"MB"_s << false;
    QTest::newRow("three significant digits") << 3.35 << 3.352 << u"TB/s"_s << false;
    QTest::newRow("rounded to 3.35") << 3350.0 << 3354.0 << u"GB/s"_s << false;
    QTest::newRow("another figure") << 3.35 << 3.6 << u"TB/s"_s << true;
    QTest::newRow("another memory") << 80.0 << 94.0 << u"GB"_s << true;
    QTest::newRow("bits for bytes") << 3600.0 << 450.0 << u"GB/s"_s << true;
    // Rates are not read in binary units: 1,073.7 GB/s is another bandwidth than 1,000.
    QTest::newRow("a rate 7.4 % apart") << 1000.0 << 1073.741824 << u"GB/s"_s << true;
    QTest::newRow("just past the rounding") << 141.0 << 141.6 << u"GB"_s << true;
}

void TestUnits::sourcesDisagreeBeyondRoundingAndBinaryUnits()
{
    QFETCH(double, primary);
    QFETCH(double, other);
    QFETCH(QString, unit);
    QFETCH(bool, disagree);
    SpecValue value;
    value.primary.value = value.primary.canonical = primary;
    value.primary.unit = unit;
    SourcedNumber alternative;
    alternative.value = alternative.canonical = other;
    alternative.unit = unit;
    value.alternatives.append(alternative);
    QCOMPARE(value.sourcesDisagree(), disagree);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
