// Export rules are data in the catalog (its "rules" section): which applies to a chip, and why;
// a later rule is one more entry; bad rules are refused with their place.

#include "analysis/exportrules.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestExportRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theRuleThatAppliesToEachChip_data();
    void theRuleThatAppliesToEachChip();
    void aLaterRuleIsOneMoreEntry();
    void badRulesAreRefused_data();
    void badRulesAreRefused();

private:
    Catalog m_builtIn;
};

void TestExportRules::initTestCase()
{
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
    QVERIFY(m_builtIn.rules.size() >= 3);
}

void TestExportRules::theRuleThatAppliesToEachChip_data()
{
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("rule"); // "" for none
    QTest::addColumn<QString>("why");
    QTest::newRow("H20: the licence of April 2025, by name")
        << u"nvidia-h20"_s << u"us-2025-04-h20-licence"_s << u"named by the rule"_s;
    QTest::newRow("H200: case-by-case review from January 2026, by name")
        << u"nvidia-h200-sxm"_s << u"us-2026-01-case-by-case"_s << u"named by the rule"_s;
    QTest::newRow("H100 SXM: the same rule, by its thresholds")
        << u"nvidia-h100-sxm"_s << u"us-2026-01-case-by-case"_s
        << u"TPP 15,831 ≥ 4,800; TPP 15,831 < 21,000; memory bandwidth 3,350 < 6,500 GB/s"_s;
    QTest::newRow("B30A: refused in November 2025")
        << u"nvidia-b30a"_s << u"us-2025-11-b30a-refused"_s << u"named by the rule"_s;
    QTest::newRow("B200: above the thresholds, no rule of the list covers it")
        << u"nvidia-b200"_s << QString() << QString();
    QTest::newRow("Ascend 910C: a Chinese chip, no US export rule")
        << u"huawei-ascend-910c"_s << QString() << QString();
}

void TestExportRules::theRuleThatAppliesToEachChip()
{
    QFETCH(QString, chip);
    QFETCH(QString, rule);
    QFETCH(QString, why);
    const Chip* found = m_builtIn.chip(chip);
    QVERIFY(found);
    const auto finding = ExportRules::applicable(m_builtIn, *found);
    QCOMPARE(finding.rule ? finding.rule->id : QString(), rule);
    QCOMPARE(finding.why, why);
}

void TestExportRules::aLaterRuleIsOneMoreEntry()
{
    // A user's catalog adds a rule of its own: no code, one entry.
    const QByteArray later = R"({"format": "chipcompare-catalog", "version": 2,
        "sources": [{"id": "gazette", "title": "A later gazette", "kind": "press"}],
        "rules": [{"id": "later-h20-ban", "title": "A later rule", "date": "2026-06-01",
                   "outcome": "refused", "source": "gazette", "chips": ["nvidia-h20"]}],
        "chips": []})";
    const auto read = CatalogReader::read(later, u"later.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.problems.isEmpty() ? QString() : read.problems.first().toString()));
    const Catalog merged = m_builtIn.mergedWith(read.catalog);
    const auto h20 = ExportRules::applicable(merged, *merged.chip(u"nvidia-h20"_s));
    QCOMPARE(h20.rule->id, u"later-h20-ban"_s);
    QCOMPARE(ExportRules::describe(h20), u"refused (later-h20-ban, from 2026-06-01)"_s);
    // The rules are written back as they were read.
    QVERIFY(CatalogWriter::toJson(read.catalog).contains("\"later-h20-ban\""));
    const auto again = CatalogReader::read(CatalogWriter::toJson(read.catalog), u"again.json"_s);
    QVERIFY(again.ok());
    QCOMPARE(again.catalog.rules.size(), 1);
    QCOMPARE(again.catalog.rules.first().date, QDate(2026, 6, 1));
}

void TestExportRules::badRulesAreRefused_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("no date") << QByteArray(
        R"({"id": "r", "title": "R", "outcome": "refused", "source": "s", "chips": ["x"]})")
                             << u"field 'date': is required"_s;
    QTest::newRow("a source the catalog lacks") << QByteArray(
        R"({"id": "r", "title": "R", "date": "2026-01-01", "outcome": "refused", "source": "nowhere", "chips": ["x"]})")
                                                << u"source 'nowhere' is not in the catalog's sources"_s;
    QTest::newRow("a negative threshold") << QByteArray(
        R"({"id": "r", "title": "R", "date": "2026-01-01", "outcome": "refused", "source": "s", "tpp_below": -5})")
                                          << u"field 'tpp_below': must be a positive number"_s;
    QTest::newRow("neither chips nor a threshold") << QByteArray(
        R"({"id": "r", "title": "R", "date": "2026-01-01", "outcome": "refused", "source": "s"})")
                                                   << u"a rule must name chips or give a threshold"_s;
    QTest::newRow("a misspelt key") << QByteArray(
        R"({"id": "r", "title": "R", "date": "2026-01-01", "outcome": "refused", "source": "s", "chips": ["x"], "tpp_blow": 1})")
                                    << u"tpp_blow"_s;
}

void TestExportRules::badRulesAreRefused()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, message);
    const QByteArray file = R"({"format": "chipcompare-catalog", "version": 2,
        "sources": [{"id": "s", "title": "S", "kind": "press"}], "rules": [)"
        + rule + R"(], "chips": []})";
    const auto read = CatalogReader::read(file, u"rules.json"_s);
    QVERIFY(!read.ok());
    QStringList problems;
    for (const auto& problem : read.problems)
        problems.append(problem.toString());
    QVERIFY2(problems.join(u'\n').contains(message), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.first().startsWith(u"rules.json:2:"_s), qPrintable(problems.first())); // with its place
}

QTEST_GUILESS_MAIN(TestExportRules)
#include "tst_exportrules.moc"
