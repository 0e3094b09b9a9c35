#include "io/datatablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDataTableWriter : public QObject
{
    Q_OBJECT
private slots:
    void csvQuotesAndNeutralisesFormulas_data();
    void csvQuotesAndNeutralisesFormulas();
    void csvWritesUnknownAsEmptyAndNumbersExactly();
    void jsonWritesNullForUnknown();
    void humanFormatsShowDashForUnknown();
};

void TestDataTableWriter::csvQuotesAndNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain text stays") << u"HBM3"_s << u"HBM3"_s;
    QTest::newRow("a comma is quoted") << u"CANN, MindSpore"_s << u"\"CANN, MindSpore\""_s;
    QTest::newRow("a quote is doubled") << u"the \"Xiyun\" line"_s << u"\"the \"\"Xiyun\"\" line\""_s;
    QTest::newRow("a newline is quoted") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("a formula is defused") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("a leading plus is defused") << u"+1"_s << u"'+1"_s;
    QTest::newRow("a leading minus is defused") << u"-cmd"_s << u"'-cmd"_s;
    QTest::newRow("a leading at is defused") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("Chinese text stays") << u"含光800"_s << u"含光800"_s;
}

void TestDataTableWriter::csvQuotesAndNeutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(DataTableWriter::csvField(text), field);
}

void TestDataTableWriter::csvWritesUnknownAsEmptyAndNumbersExactly()
{
    DataTable table;
    table.keys = { u"id"_s, u"bandwidth_gbs"_s, u"tdp_w"_s, u"year"_s };
    table.headers = table.keys;
    table.rows.append({ DataCell::fromText(u"a"_s), DataCell::fromNumber(3.35 * 1000), DataCell::unknown(),
        DataCell::fromInteger(2022) });
    table.rows.append({ DataCell::fromText(u"b"_s), DataCell::fromNumber(-1.5), DataCell::fromNumber(0.192),
        DataCell::unknown() });
    QCOMPARE(DataTableWriter::toCsv(table), u"id,bandwidth_gbs,tdp_w,year\na,3350,,2022\nb,-1.5,0.192,\n"_s);
}

void TestDataTableWriter::jsonWritesNullForUnknown()
{
    DataTable table;
    table.keys = { u"id"_s, u"memory_gb"_s, u"year"_s };
    table.headers = table.keys;
    table.rows.append({ DataCell::fromText(u"x"_s), DataCell::unknown(), DataCell::fromInteger(2019) });
    const QJsonArray array = QJsonDocument::fromJson(DataTableWriter::toJson(table)).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(object.value(u"id"_s).toString(), u"x"_s);
    QVERIFY(object.contains(u"memory_gb"_s));
    QVERIFY(object.value(u"memory_gb"_s).isNull());
    QCOMPARE(object.value(u"year"_s).toInt(), 2019);
}

void TestDataTableWriter::humanFormatsShowDashForUnknown()
{
    DataTable table;
    table.keys = { u"id"_s, u"tdp_w"_s };
    table.headers = { u"Id"_s, u"TDP (W)"_s };
    table.rows.append({ DataCell::fromText(u"a|b"_s), DataCell::unknown() });
    QCOMPARE(DataTableWriter::toMarkdown(table), u"| Id | TDP (W) |\n| --- | --- |\n| a\\|b | — |\n"_s);
    QCOMPARE(DataTableWriter::toAlignedText(table), u"Id   TDP (W)\na|b  —\n"_s);
}

QTEST_GUILESS_MAIN(TestDataTableWriter)
#include "tst_datatablewriter.moc"
