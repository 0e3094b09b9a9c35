// A new text field and a new sourced number, each added as one schema row and nothing else
// (schemaextension.h): the reader reads them with its rules, the writer writes them, `list` and
// compare have their columns and rows, the details panel shows them, the importer maps them, and in
// the window the user edits both and saves. Nothing in app/ knows these two fields.

#include "analysis/comparison.h"
#include "analysis/listtable.h"
#include "analysis/metrics.h"
#include "dialogdriver.h"
#include "editing/catalogdocument.h"
#include "i18n/translations.h"
#include "importer/columnrecognizer.h"
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "io/tablereader.h"
#include "schemaextension.h"
#include "shownwindow.h"
#include "widgets/mainwindow.h"
#include "widgets/numbereditordialog.h"
#include "windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// (Declared before the raw-string JSON below, which moc does not read past.)
class TestSchemaExtension : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theReaderReadsBothWithItsRules();
    void theWriterWritesEachOnce();
    void listHasBothColumnsAfterTodaysOnes();
    void compareHasBothRows();
    void detailsShowBothWithEditLinks();
    void theImporterMapsBoth();
    void theWindowEditsBothAndSaves();

private:
    QTemporaryDir m_dir;
};

namespace {

// A user catalog with one chip that knows both new fields.
QByteArray catalogJson(const QByteArray& scaleOut
    = R"({ "value": 400, "unit": "GB/s", "source": "datasheet", "confidence": "official" })")
{
    return R"({
  "format": "chipcompare-catalog", "version": 2, "date": "2026-12-03",
  "sources": [ { "id": "datasheet", "title": "ACME X1 datasheet", "url": "https://example.com/x1.pdf" } ],
  "chips": [
    { "id": "acme-x1", "name": "ACME X1", "vendor": "ACME", "status": "announced",
      "memory_capacity": { "value": 48, "unit": "GB", "source": "datasheet", "confidence": "official" },
      "packaging": "CoWoS-L",
      "scale_out_bandwidth": )"
        + scaleOut + R"( }
  ]
})";
}

const Chip* chipOf(const Catalog& catalog, const QString& id)
{
    for (const auto& chip : catalog.chips) {
        if (chip.id == id)
            return &chip;
    }
    return nullptr;
}

SpecField scaleOutSlot()
{
    return *ChipFields::field(kScaleOutKey).spec;
}

QString plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

int tableColumnOfMetric(const QString& key)
{
    for (int c = 0; c < ChipTableModel::columnTotal(); ++c) {
        const Metric* metric = ChipTableModel::metricAt(c);
        if (metric && metric->key == key)
            return c;
    }
    return -1;
}

} // namespace

void TestSchemaExtension::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
    // The two rows are there, and a slot beyond the named ones holds the number.
    QVERIFY(ChipFields::find(kPackagingKey));
    QCOMPARE(int(scaleOutSlot()), kSpecFieldCount);
    QVERIFY(Metrics::find(kScaleOutMetric));
}

void TestSchemaExtension::theReaderReadsBothWithItsRules()
{
    const auto result = CatalogReader::read(catalogJson(), u"mine.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    const Chip* chip = chipOf(result.catalog, u"acme-x1"_s);
    QVERIFY(chip);
    QCOMPARE(ChipFields::field(kPackagingKey).value(*chip), u"CoWoS-L"_s);
    QCOMPARE(chip->canonical(scaleOutSlot()), 400.0);
    QCOMPARE(chip->spec(scaleOutSlot())->primary.sourceId, u"datasheet"_s);
    QVERIFY(chip->userColumns().isEmpty()); // a field of the schema, not one of the user's columns

    // A unit of the wrong family is refused as for any number, naming the file, chip and field.
    const auto bad = CatalogReader::read(
        catalogJson(R"({ "value": 400, "unit": "GB", "source": "datasheet", "confidence": "official" })"),
        u"mine.json"_s);
    QVERIFY(!bad.ok());
    const QString problem = bad.problems.first().toString();
    QVERIFY2(problem.startsWith(u"mine.json:"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"acme-x1"_s) && problem.contains(kScaleOutKey), qPrintable(problem));
    QVERIFY2(problem.contains(u"GB/s"_s), qPrintable(problem)); // the units it takes
    // A text field holds text.
    QByteArray notText = catalogJson();
    notText.replace(R"("packaging": "CoWoS-L")", R"("packaging": 7)");
    const auto wrongType = CatalogReader::read(notText, u"mine.json"_s);
    QVERIFY(!wrongType.ok());
    QVERIFY2(wrongType.problems.first().toString().contains(kPackagingKey),
        qPrintable(wrongType.problems.first().toString()));
}

void TestSchemaExtension::theWriterWritesEachOnce()
{
    const auto read = CatalogReader::read(catalogJson(), u"mine.json"_s);
    QVERIFY(read.ok());
    const QByteArray json = CatalogWriter::toJson(read.catalog);
    QCOMPARE(json.count("\"packaging\""), 1);
    QCOMPARE(json.count("\"scale_out_bandwidth\""), 1);
    const auto back = CatalogReader::read(json, u"written.json"_s);
    QVERIFY(back.ok());
    const Chip* chip = chipOf(back.catalog, u"acme-x1"_s);
    QCOMPARE(ChipFields::field(kPackagingKey).value(*chip), u"CoWoS-L"_s);
    QCOMPARE(chip->canonical(scaleOutSlot()), 400.0);
}

void TestSchemaExtension::listHasBothColumnsAfterTodaysOnes()
{
    const auto read = CatalogReader::read(catalogJson(), u"mine.json"_s);
    QVERIFY(read.ok());
    const DataTable table = ListTable::build({ chipOf(read.catalog, u"acme-x1"_s) });
    const qsizetype packaging = table.keys.indexOf(kPackagingKey);
    const qsizetype scaleOut = table.keys.indexOf(kScaleOutColumn);
    QVERIFY2(packaging > 0 && scaleOut > 0, qPrintable(table.keys.join(u',')));
    QCOMPARE(table.headers[packaging], u"Packaging"_s);
    QCOMPARE(table.rows.first()[packaging].text, u"CoWoS-L"_s);
    QCOMPARE(table.rows.first()[scaleOut].number, 400.0);
    // Format 3: after every column a script reads today, which keep their places.
    QVERIFY(scaleOut > table.keys.indexOf(u"transistors_billion"_s));
    QCOMPARE(packaging, table.keys.size() - 1);
    QCOMPARE(table.keys.indexOf(u"memory_gb"_s), 7);
    QCOMPARE(table.keys.indexOf(u"tpp"_s), 18);
}

void TestSchemaExtension::compareHasBothRows()
{
    auto read = CatalogReader::read(catalogJson(), u"mine.json"_s);
    QVERIFY(read.ok());
    Chip other = *chipOf(read.catalog, u"acme-x1"_s);
    other.id = u"acme-x2"_s;
    ChipFields::field(kPackagingKey).set(other, u"SoIC"_s);
    SpecValue faster = *other.spec(scaleOutSlot());
    faster.primary.value = faster.primary.canonical = 800;
    other.setSpec(scaleOutSlot(), faster);
    const Comparison comparison = Comparison::build({ chipOf(read.catalog, u"acme-x1"_s), &other });
    const DataTable machine = comparison.toMachineTable(false);
    QStringList rows;
    for (const auto& row : machine.rows)
        rows.append(row.first().text);
    QVERIFY2(rows.contains(kPackagingKey) && rows.contains(kScaleOutColumn), qPrintable(rows.join(u',')));
    for (const auto& row : comparison.rows) {
        if (row.attribute->key == kScaleOutColumn) {
            QVERIFY(!row.cells[0].best);
            QVERIFY(row.cells[1].best); // higher is better, from the row
        }
        if (row.attribute->key == kPackagingKey)
            QCOMPARE(row.cells[1].text, u"SoIC"_s);
    }
}

void TestSchemaExtension::detailsShowBothWithEditLinks()
{
    const auto read = CatalogReader::read(catalogJson(), u"mine.json"_s);
    QVERIFY(read.ok());
    const Chip& chip = *chipOf(read.catalog, u"acme-x1"_s);
    const QString shown = plainText(DetailsPanel::chipHtml(read.catalog, chip, false));
    QVERIFY2(shown.contains(u"Packaging"_s) && shown.contains(u"CoWoS-L"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Scale-out bandwidth"_s) && shown.contains(u"400"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"Your columns"_s), qPrintable(shown));
    const QString editable = DetailsPanel::chipHtml(read.catalog, chip, true);
    QVERIFY(editable.contains(u"chipcompare-edit:text/packaging'"_s));
    QVERIFY(editable.contains(u"chipcompare-edit:number/scale_out_bandwidth'"_s));
}

void TestSchemaExtension::theImporterMapsBoth()
{
    TableReadError error;
    const auto table = TableReader::read("Name,Package,Net\nACME X9,SoIC,0.8\n", std::nullopt, &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.fileName = u"sheet.csv"_s;
    options.source.id = u"sheet"_s;
    options.source.title = u"A sheet"_s;
    QString mapError;
    const auto mapped = ColumnRecognizer::fromMapping(u"scale_out_bandwidth:TB/s"_s, &mapError); // --map
    QVERIFY2(mapped, qPrintable(mapError));
    options.mappings.insert(u"Net"_s, *mapped);
    const auto result = TableImporter::import(*table, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.catalog.chips.size(), 1);
    const Chip& chip = result.catalog.chips.first();
    QCOMPARE(ChipFields::field(kPackagingKey).value(chip), u"SoIC"_s); // by its spelling "package"
    QCOMPARE(chip.canonical(scaleOutSlot()), 800.0); // TB/s to GB/s, as for any data rate
}

void TestSchemaExtension::theWindowEditsBothAndSaves()
{
    const QString path = m_dir.filePath(u"mine.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(catalogJson());
    }
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    MainWindow window(builtIn.catalog, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QVERIFY(window.openCatalogFile(path));

    // The table has the new number's column, headed by its label, holding the value.
    const int column = tableColumnOfMetric(kScaleOutMetric);
    QVERIFY(column >= 0);
    ChipTableModel* model = chipModel(window);
    QVERIFY(model);
    QCOMPARE(
        model->headerData(column, Qt::Horizontal).toString().simplified(), u"Scale-out bandwidth (GB/s)"_s);
    const int row = model->rowOfChip(u"acme-x1"_s);
    QCOMPARE(model->index(row, column).data().toString(), u"400"_s);

    // The details panel's link edits the text field.
    QVERIFY(window.showChipField(u"acme-x1"_s, QString()));
    DetailsPanel* details = detailsPanel(window);
    QVERIFY(details);
    bool asked = false;
    onNextModal([&asked](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        QVERIFY(dialog);
        asked = true;
        auto* line = dialog->findChild<QLineEdit*>();
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, u"SoIC"_s);
        dialog->accept();
    });
    QVERIFY(clickLink(details, u"chipcompare-edit:text/packaging"_s));
    QTRY_VERIFY(asked);
    const Chip* edited = window.document()->merged()->chip(u"acme-x1"_s);
    QCOMPARE(ChipFields::field(kPackagingKey).value(*edited), u"SoIC"_s);

    // Double-clicking the number's cell opens the number editor on it.
    bool seen = false;
    onNextModal([&seen](QWidget* modal) {
        auto* dialog = qobject_cast<NumberEditorDialog*>(modal);
        QVERIFY(dialog);
        seen = true;
        QVERIFY2(
            dialog->windowTitle().startsWith(u"Scale-out bandwidth of"_s), qPrintable(dialog->windowTitle()));
        QCOMPARE(dialog->valueEdit()->text(), u"400"_s);
        dialog->valueEdit()->selectAll();
        QTest::keyClicks(dialog->valueEdit(), u"0.8 TB/s"_s);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorLabel()->text()));
    });
    QTableView* table = chipTable(window);
    const QModelIndex index = chipProxy(window)->mapFromSource(model->index(row, column));
    table->scrollTo(index);
    const QPoint center = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
    QTRY_VERIFY(seen);
    QCOMPARE(window.document()->merged()->chip(u"acme-x1"_s)->canonical(scaleOutSlot()), 800.0);

    // Saved, both are in the file and read back.
    QVERIFY(window.save());
    const auto saved = CatalogReader::readFile(path);
    QVERIFY2(saved.ok(), qPrintable(saved.problems.value(0).toString()));
    const Chip* chip = chipOf(saved.catalog, u"acme-x1"_s);
    QVERIFY(chip);
    QCOMPARE(ChipFields::field(kPackagingKey).value(*chip), u"SoIC"_s);
    QCOMPARE(chip->canonical(scaleOutSlot()), 800.0);
}

int main(int argc, char** argv)
{
    addSchemaExtension(); // before anything reads the schema
    QApplication app(argc, argv);
    TestSchemaExtension test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_schemaextension.moc"
