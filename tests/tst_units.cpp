#include "core/units.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUnits : public QObject
{
    Q_OBJECT
private slots:
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

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
