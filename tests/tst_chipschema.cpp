// The chip schema (ChipFields::all()) is the one list of a chip's attributes: this walks every row
// and checks that every consumer handles it — the reader and the writer, `list`, compare, the
// table's columns, the details panel, the editors and the importer. A row some consumer misses
// fails here, naming the row.

#include "analysis/comparison.h"
#include "analysis/listtable.h"
#include "analysis/metrics.h"
#include "core/chipfields.h"
#include "i18n/translations.h"
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "io/tablereader.h"
#include "models/chiptablemodel.h"
#include "widgets/detailspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSet>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// A value of the right kind for a scalar field, different for each field.
QString sampleValue(const ChipField& field)
{
    switch (field.kind) {
    case ChipField::Kind::Id:
        return u"sample-chip"_s;
    case ChipField::Kind::Year:
        return u"2024"_s;
    case ChipField::Kind::Choice:
        return field.choiceKeys().value(1); // not the first: a default would pass unnoticed
    default:
        return u"Sample "_s + field.key;
    }
}

// A chip with every field of the schema known.
Catalog fullCatalog()
{
    Catalog catalog;
    Source source;
    source.id = u"src"_s;
    source.title = u"A test source"_s;
    catalog.sources.append(source);
    Chip chip;
    for (const ChipField* field : ChipFields::scalars()) {
        const auto problem = field->set(chip, sampleValue(*field));
        if (problem)
            qWarning() << field->key << *problem;
    }
    double value = 1.0;
    for (const auto& info : specFields()) {
        SourcedNumber number;
        value *= 2;
        number.value = value;
        number.unit = Units::canonicalUnit(info.dimension);
        number.canonical = value;
        number.sourceId = u"src"_s;
        number.confidence = Confidence::Official;
        chip.setSpec(info.field, SpecValue { number, {} });
    }
    chip.sourceIds.append(u"src"_s);
    EcosystemEntry entry;
    entry.name = u"PyTorch"_s;
    entry.support = SupportLevel::Native;
    chip.ecosystem.append(entry);
    catalog.chips.append(chip);
    return catalog;
}

QString plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class TestChipSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Translations::installEnglish(*QCoreApplication::instance()); }
    void everyRowIsWellFormed();
    void everyFieldSurvivesWriteAndRead();
    void everyScalarFieldIsEditedAsText();
    void everyColumnFieldIsInList();
    void everyCompareFieldIsACompareRow();
    void everyColumnFieldIsATableColumn();
    void everyScalarFieldIsInTheDetails();
    void everyScalarFieldIsImportedByItsKey();
};

void TestChipSchema::everyRowIsWellFormed()
{
    QSet<QString> keys;
    int numbers = 0;
    for (const auto& field : ChipFields::all()) {
        QVERIFY2(!field.key.isEmpty(), "a row without a key");
        QVERIFY2(!keys.contains(field.key), qPrintable(u"key repeated: "_s + field.key));
        keys.insert(field.key);
        QVERIFY2(!field.labelText().isEmpty(), qPrintable(field.key));
        QCOMPARE(QString::fromUtf8(field.keyUtf8), field.key);
        QCOMPARE(ChipFields::find(field.key), &field);
        if (field.kind == ChipField::Kind::Text && !field.text) {
            // Without a member of its own, the value is kept in `extra`, apart from the user's columns.
            Chip chip;
            QVERIFY(!field.set(chip, u"kept"_s));
            QCOMPARE(chip.extra.value(field.key).toString(), u"kept"_s);
            QVERIFY(chip.userColumns().isEmpty());
        }
        if (field.kind == ChipField::Kind::Vocabulary)
            QVERIFY2(field.vocabulary, qPrintable(field.key));
        if (field.kind == ChipField::Kind::Choice)
            QVERIFY2(field.choiceKeys && field.choiceLabel && field.choiceOf && field.setChoice,
                qPrintable(field.key));
        if (field.kind == ChipField::Kind::Number) {
            QVERIFY(field.spec);
            QCOMPARE(field.number.field, *field.spec);
            QCOMPARE(field.key, specFieldInfo(*field.spec).jsonKey);
            QVERIFY2(field.number.label, qPrintable(field.key));
            QVERIFY2(field.number.plausibleMin < field.number.plausibleMax, qPrintable(field.key));
            // A metric key makes it a metric, with the row's unit.
            const Metric* metric = Metrics::find(field.number.metricKey);
            QCOMPARE(metric != nullptr, !field.number.metricKey.isEmpty());
            if (metric) {
                QCOMPARE(metric->field, field.spec);
                QCOMPARE(metric->csvKey, field.number.csvKey);
                QCOMPARE(metric->unit, Units::canonicalUnit(field.number.dimension));
            }
            ++numbers;
        }
    }
    // Every sourced number of a chip is a row of the schema, the named ones included.
    QCOMPARE(numbers, specFields().size());
    QVERIFY(numbers >= kSpecFieldCount);
    for (int slot = 0; slot < numbers; ++slot)
        QCOMPARE(specFields()[slot].field, SpecField(slot));
    QVERIFY(!ChipFields::find(u"no_such_field"));
}

void TestChipSchema::everyFieldSurvivesWriteAndRead()
{
    const Catalog catalog = fullCatalog();
    const QByteArray json = CatalogWriter::toJson(catalog);
    const auto read = CatalogReader::read(json, u"full.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.problems.isEmpty() ? QString() : read.problems.first().toString()));
    const Chip& written = catalog.chips.first();
    const Chip& back = read.catalog.chips.first();
    for (const auto& field : ChipFields::all()) {
        // The writer wrote every known field under its key...
        QVERIFY2(json.contains(QByteArray("\"" + field.keyUtf8 + "\"")),
            qPrintable(u"not written: "_s + field.key));
        // ... and the reader read each back as it was.
        if (field.isScalar() || field.kind == ChipField::Kind::Id)
            QCOMPARE(field.value(back), field.value(written));
        else if (field.kind == ChipField::Kind::Number)
            QCOMPARE(back.canonical(*field.spec), written.canonical(*field.spec));
    }
    QCOMPARE(back.ecosystem.size(), 1);
    QCOMPARE(back.sourceIds, written.sourceIds);
}

void TestChipSchema::everyScalarFieldIsEditedAsText()
{
    for (const ChipField* field : ChipFields::scalars()) {
        Chip chip;
        chip.name = u"X"_s;
        const QString value = sampleValue(*field);
        QVERIFY2(!field->set(chip, u"  "_s + value + u' '), qPrintable(field->key));
        QCOMPARE(field->value(chip), value);
        QVERIFY(field->isKnown(chip));
        QVERIFY(!field->displayText(chip).isEmpty());
        if (field->kind == ChipField::Kind::Choice) {
            QVERIFY(!field->choices().isEmpty());
            QCOMPARE(field->choices().first().first, QString()); // unknown comes first
            QVERIFY(field->set(chip, u"no such choice"_s).has_value());
        }
        if (field->required != ChipField::Required::Always) {
            QVERIFY2(!field->set(chip, QString()), qPrintable(field->key)); // "" makes it unknown
            QVERIFY(!field->isKnown(chip));
        }
    }
}

void TestChipSchema::everyColumnFieldIsInList()
{
    const Catalog catalog = fullCatalog();
    const DataTable table = ListTable::build({ &catalog.chips.first() });
    for (const auto& field : ChipFields::all()) {
        const qsizetype column = table.keys.indexOf(field.key);
        QCOMPARE(column >= 0, field.column != ChipField::Column::None);
        if (column < 0)
            continue;
        QCOMPARE(table.headers[column], field.listTitleText());
        QCOMPARE(table.rows.first()[column].text.isEmpty()
                ? QString::number(table.rows.first()[column].number)
                : table.rows.first()[column].text,
            field.value(catalog.chips.first()));
    }
}

void TestChipSchema::everyCompareFieldIsACompareRow()
{
    QSet<QString> keys;
    for (const auto& attribute : Comparison::attributes())
        keys.insert(attribute.key);
    for (const auto& field : ChipFields::all()) {
        if (field.compare != ChipField::CompareGroup::None)
            QVERIFY2(keys.contains(field.key), qPrintable(u"not compared: "_s + field.key));
    }
}

void TestChipSchema::everyColumnFieldIsATableColumn()
{
    ChipTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setCatalog(fullCatalog());
    // The names the code uses for the first columns are the schema's.
    QCOMPARE(ChipTableModel::textFieldAt(ChipTableModel::NameColumn)->key, u"name"_s);
    QCOMPARE(ChipTableModel::textFieldAt(ChipTableModel::VendorColumn)->key, u"vendor"_s);
    QCOMPARE(ChipTableModel::textFieldAt(ChipTableModel::CountryColumn)->key, u"country"_s);
    QCOMPARE(ChipTableModel::textFieldAt(ChipTableModel::YearColumn)->key, u"year"_s);
    QCOMPARE(ChipTableModel::textFieldAt(ChipTableModel::StatusColumn)->key, u"status"_s);
    QCOMPARE(ChipTableModel::textFieldAt(ChipTableModel::MemoryTypeColumn)->key, u"memory_type"_s);
    QVERIFY(!ChipTableModel::textFieldAt(ChipTableModel::FirstMetricColumn));
    const Chip& chip = model.chip(0);
    for (const auto& field : ChipFields::all()) {
        if (field.column == ChipField::Column::None || field.kind == ChipField::Kind::Id)
            continue;
        const int column = ChipTableModel::columnOfField(field.key);
        QVERIFY2(column >= 0, qPrintable(u"no column: "_s + field.key));
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), field.columnTitleText());
        const QString shown = model.index(0, column).data().toString();
        QVERIFY2(shown.startsWith(field.displayText(chip)), qPrintable(field.key + u": "_s + shown));
        QCOMPARE(model.index(0, column).data(Qt::EditRole).toString(), field.value(chip));
    }
}

void TestChipSchema::everyScalarFieldIsInTheDetails()
{
    const Catalog catalog = fullCatalog();
    const Chip& chip = catalog.chips.first();
    const QString readOnly = plainText(DetailsPanel::chipHtml(catalog, chip, false));
    const QString editable = DetailsPanel::chipHtml(catalog, chip, true);
    for (const ChipField* field : ChipFields::scalars()) {
        QVERIFY2(readOnly.contains(field->displayText(chip)), qPrintable(u"not shown: "_s + field->key));
        if (field->editable)
            QVERIFY2(editable.contains(u"chipcompare-edit:text/"_s + field->key + u'\''),
                qPrintable(u"no edit link: "_s + field->key));
    }
    for (const auto& info : specFields())
        QVERIFY2(editable.contains(u"chipcompare-edit:number/"_s + info.jsonKey + u'\''),
            qPrintable(u"no edit link: "_s + info.jsonKey));
}

void TestChipSchema::everyScalarFieldIsImportedByItsKey()
{
    QStringList header;
    QStringList row;
    for (const ChipField* field : ChipFields::scalars()) {
        header.append(field->key);
        row.append(sampleValue(*field));
    }
    const QByteArray csv = (header.join(u',') + u'\n' + row.join(u',') + u'\n').toUtf8();
    TableReadError error;
    const auto table = TableReader::read(csv, std::nullopt, &error);
    QVERIFY(table);
    TableImporter::Options options;
    options.fileName = u"every-field.csv"_s;
    options.source.id = u"sheet"_s;
    options.source.title = u"A sheet"_s;
    const auto result = TableImporter::import(*table, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.catalog.chips.size(), 1);
    const Chip& chip = result.catalog.chips.first();
    for (const ChipField* field : ChipFields::scalars())
        QCOMPARE(field->value(chip), sampleValue(*field));
}

#ifdef CHIPCOMPARE_SCHEMA_EXTENSION
// The same checks over a schema with two more rows (tests/schemaextension.h): a field that is one
// row and nothing else reaches every consumer.
#include "schemaextension.h"
int main(int argc, char** argv)
{
    addSchemaExtension();
    QApplication app(argc, argv);
    TestChipSchema test;
    return QTest::qExec(&test, argc, argv);
}
#else
QTEST_MAIN(TestChipSchema)
#endif
#include "tst_chipschema.moc"
