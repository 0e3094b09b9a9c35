// The confidence policy (issue "Numbers you can defend"): which source kinds each confidence may
// rest on, checked by the reader as located warnings, and the built-in catalog passing it.

#include "core/confidencepolicy.h"
#include "io/catalogreader.h"
#include "testprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A format-2 catalog with one source and one chip whose memory cites it.
QByteArray catalogWith(const QString& sourceFields, const QString& numberFields, int version = 2)
{
    return QStringLiteral(
        "{\n"
        "  \"format\": \"chipcompare-catalog\",\n"
        "  \"version\": %1,\n"
        "  \"sources\": [ { \"id\": \"s\", \"title\": \"A source\"%2 } ],\n"
        "  \"chips\": [ { \"id\": \"acme-x1\", \"name\": \"ACME X1\", \"vendor\": \"ACME\", \"status\": "
        "\"shipping\",\n"
        "    \"memory_capacity\": { \"value\": 48, \"unit\": \"GB\", \"source\": \"s\"%3 } } ]\n"
        "}\n")
        .arg(version)
        .arg(sourceFields, numberFields)
        .toUtf8();
}

} // namespace

class TestConfidencePolicy : public QObject
{
    Q_OBJECT
private slots:
    void policy_data();
    void policy();
    void sourcesFlaggedUnreliableByTheirWords_data();
    void sourcesFlaggedUnreliableByTheirWords();
    void unknownKindIsAnError();
    void formatOneFilesLoadWithoutKinds();
    void builtInCatalogPassesStrictCheck();
    void checkReportsOneSourceIdWithTwoTitles();
    void chipSourcesAreDerivedFromWhatTheyCite();
};

void TestConfidencePolicy::policy_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("warning"); // empty: none

    QTest::newRow("official on the vendor's datasheet")
        << u", \"kind\": \"vendor\""_s << u", \"confidence\": \"official\""_s << QString();
    QTest::newRow("official on the vendor's own paper")
        << u", \"kind\": \"paper\", \"publisher\": \"ACME Research\""_s << u", \"confidence\": \"official\""_s
        << QString();
    QTest::newRow("official on someone else's paper")
        << u", \"kind\": \"paper\", \"publisher\": \"A University\""_s << u", \"confidence\": \"official\""_s
        << u"6:82: warning: chip 'acme-x1': field 'memory_capacity': 'official' needs the vendor's own datasheet"_s;
    QTest::newRow("official on a distributor page")
        << u", \"kind\": \"retailer\""_s << u", \"confidence\": \"official\""_s
        << u"'official' needs the vendor's own datasheet, page or statement (or the vendor's paper); source 's' is retailer"_s;
    QTest::newRow("official on press")
        << u", \"kind\": \"press\""_s << u", \"confidence\": \"official\""_s << u"source 's' is press"_s;
    QTest::newRow("reported on press")
        << u", \"kind\": \"press\""_s << u", \"confidence\": \"reported\""_s << QString();
    QTest::newRow("reported on a database")
        << u", \"kind\": \"database\""_s << u", \"confidence\": \"reported\""_s << QString();
    QTest::newRow("reported on a blog") << u", \"kind\": \"blog\""_s << u", \"confidence\": \"reported\""_s
                                        << u"'reported' cannot rest on a blog (source 's')"_s;
    QTest::newRow("reported on a leak") << u", \"kind\": \"leak\""_s << u", \"confidence\": \"reported\""_s
                                        << u"'reported' cannot rest on a leak"_s;
    QTest::newRow("reported on a retailer")
        << u", \"kind\": \"retailer\""_s << u", \"confidence\": \"reported\""_s
        << u"'reported' cannot rest on a retailer"_s;
    QTest::newRow("reported on a compilation its reliability note calls low reliability")
        << u", \"kind\": \"compilation\", \"reliability\": \"low reliability: copies figures\""_s
        << u", \"confidence\": \"reported\""_s << u"which is flagged as unreliable"_s;
    QTest::newRow("reported on press whose title says it contains errors")
        << u", \"kind\": \"press\", \"publisher\": \"X\", \"url\": \"https://x.example/contains-errors\", \"reliability\": \"contains errors\""_s
        << u", \"confidence\": \"reported\""_s << u"flagged as unreliable"_s;
    QTest::newRow("rumored on a leak")
        << u", \"kind\": \"leak\""_s << u", \"confidence\": \"rumored\""_s << QString();
    QTest::newRow("estimate that says how")
        << u", \"kind\": \"press\""_s << u", \"confidence\": \"estimate\", \"note\": \"2 x 24 GB stacks\""_s
        << QString();
    QTest::newRow("estimate without a note")
        << u", \"kind\": \"press\""_s << u", \"confidence\": \"estimate\""_s
        << u"6:24: warning: chip 'acme-x1': field 'memory_capacity': an estimate says in its note how it was computed"_s;
    QTest::newRow("a format-2 source without a kind")
        << QString() << u", \"confidence\": \"reported\""_s
        << u"4:16: warning: field 'kind': source 's' has no kind (vendor, paper, database, press, analyst, compilation, blog, retailer or leak)"_s;
}

void TestConfidencePolicy::sourcesFlaggedUnreliableByTheirWords_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reliability");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("a plain title") << u"NVIDIA H20 datasheet"_s << QString() << false;
    QTest::newRow("a reliability note that praises")
        << u"Chip list"_s << u"high reliability, checked"_s << false;
    QTest::newRow("low reliability, any case")
        << u"Chip list"_s << u"Low Reliability: copies figures"_s << true;
    QTest::newRow("low-quality in the title")
        << u"A Low-Quality scrape of spec sheets"_s << QString() << true;
    QTest::newRow("unreliable") << u"Forum post"_s << u"UNRELIABLE"_s << true;
    QTest::newRow("contains errors") << u"Wiki table (contains errors)"_s << QString() << true;
    QTest::newRow("has errors") << u"Old list"_s << u"has errors in the FP8 column"_s << true;
    QTest::newRow("unverified") << u"Unverified leak"_s << QString() << true;
    QTest::newRow("the words apart") << u"Low power, reliability figures"_s << QString() << false;
    QTest::newRow("quality alone") << u"Quality report"_s << u"low"_s << false;
}

void TestConfidencePolicy::sourcesFlaggedUnreliableByTheirWords()
{
    QFETCH(QString, title);
    QFETCH(QString, reliability);
    QFETCH(bool, flagged);
    Source source;
    source.id = u"s"_s;
    source.title = title;
    source.reliability = reliability;
    QCOMPARE(source.isFlaggedUnreliable(), flagged);
    QCOMPARE(ConfidencePolicy::PolicySource(source).flaggedUnreliable, flagged);
}

void TestConfidencePolicy::policy()
{
    QFETCH(QString, source);
    QFETCH(QString, number);
    QFETCH(QString, warning);
    const auto result = CatalogReader::read(catalogWith(source, number), u"mine.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    QCOMPARE(result.catalog.chips.size(), 1); // warnings never stop a file from loading
    const QString text = formatDiagnostics(result.warnings);
    if (warning.isEmpty()) {
        QVERIFY2(result.warnings.isEmpty(), qPrintable(text));
    } else {
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().isWarning());
        QVERIFY2(text.contains(warning), qPrintable(text));
        QVERIFY(text.startsWith(u"mine.json:"_s));
    }
}

void TestConfidencePolicy::unknownKindIsAnError()
{
    const auto result = CatalogReader::read(
        catalogWith(u", \"kind\": \"forum\""_s, u", \"confidence\": \"rumored\""_s), u"mine.json"_s);
    QVERIFY(!result.ok());
    QVERIFY2(
        formatDiagnostics(result.problems)
            .contains(
                u"field 'kind': 'forum' is not one of vendor, paper, database, press, analyst, compilation, "
                "blog, retailer, leak"_s),
        qPrintable(formatDiagnostics(result.problems)));
}

void TestConfidencePolicy::formatOneFilesLoadWithoutKinds()
{
    const auto result
        = CatalogReader::read(catalogWith(QString(), u", \"confidence\": \"official\""_s, 1), u"old.json"_s);
    QVERIFY(result.ok());
    QVERIFY2(result.warnings.isEmpty(), qPrintable(formatDiagnostics(result.warnings)));
    QVERIFY(!result.catalog.sources.first().kind.has_value());
    const auto future = CatalogReader::read(catalogWith(QString(), QString(), 3), u"future.json"_s);
    QVERIFY(formatDiagnostics(future.problems)
                .contains(u"must be 1 to 2, the format versions this program reads"_s));
}

void TestConfidencePolicy::builtInCatalogPassesStrictCheck()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    QVERIFY2(builtIn.warnings.isEmpty(), qPrintable(formatDiagnostics(builtIn.warnings)));
    for (const auto& source : builtIn.catalog.sources)
        QVERIFY2(source.kind.has_value(), qPrintable(source.id));
    QVERIFY(ConfidencePolicy::checkCatalog(builtIn.catalog).isEmpty());
    const auto result = runChipCompare({ u"check"_s, u"--strict"_s, QStringLiteral(CATALOG_FILE) });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.endsWith(u"valid (49 chips, 97 sources)\n"_s), qPrintable(result.out));
}

void TestConfidencePolicy::checkReportsOneSourceIdWithTwoTitles()
{
    QTemporaryDir dir;
    auto write = [&dir](const QString& name, const QString& title) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(catalogWith(u", \"kind\": \"press\""_s, u", \"confidence\": \"reported\""_s)
                           .replace("A source", title.toUtf8()));
        return file.fileName();
    };
    const QString a = write(u"a.json"_s, u"Launch coverage"_s);
    const QString b = write(u"b.json"_s, u"Something else entirely"_s);
    const auto result = runChipCompare({ u"check"_s, a, b });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(
                 b + u": warning: field 'sources': source 's' is defined with another title in "_s + a),
        qPrintable(result.out));
    // Built-in ids count too.
    const QString c = write(u"c.json"_s, u"Launch coverage"_s);
    QFile cFile(c);
    QVERIFY(cFile.open(QIODevice::ReadWrite));
    QByteArray text = cFile.readAll()
                          .replace("\"id\": \"s\"", "\"id\": \"epoch-ml-hardware\"")
                          .replace("\"source\": \"s\"", "\"source\": \"epoch-ml-hardware\"");
    cFile.resize(0);
    cFile.write(text);
    cFile.close();
    const auto strict = runChipCompare({ u"check"_s, u"--strict"_s, c });
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.out.contains(
                 u"source 'epoch-ml-hardware' is defined with another title in the built-in catalog"_s),
        qPrintable(strict.out));
}

void TestConfidencePolicy::chipSourcesAreDerivedFromWhatTheyCite()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    const Chip* h20 = builtIn.catalog.chip(u"nvidia-h20"_s);
    const QStringList all = h20->allSourceIds();
    // Its text sources first, then every source a value, alternative or ecosystem cell cites, once.
    QCOMPARE(all.mid(0, h20->sourceIds.size()), QStringList(h20->sourceIds.cbegin(), h20->sourceIds.cend()));
    for (const auto& info : specFields()) {
        if (const auto& value = h20->spec(info.field)) {
            QVERIFY(all.contains(value->primary.sourceId));
            for (const auto& alternative : value->alternatives)
                QVERIFY(all.contains(alternative.sourceId));
        }
    }
    for (const auto& entry : h20->ecosystem)
        QVERIFY(entry.sourceId.isEmpty() || all.contains(entry.sourceId));
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
}

QTEST_GUILESS_MAIN(TestConfidencePolicy)
#include "tst_confidencepolicy.moc"
