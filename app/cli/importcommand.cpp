#include "importcommand.h"

#include "cli.h"
#include "commandcontext.h"
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "io/tablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

void defineImportCommand(CommandContext& context)
{
    context.setDescription(
        tr("Turn a spreadsheet (CSV, TSV, XLSX, ODS) or a JSON table into a catalog. Columns are recognised "
           "by their "
           "headers (units from '(TB/s)', '[GiB]' or a '_gb' suffix, or else from each cell); a precision or "
           "a "
           "unit is never guessed, and cells that cannot be read are skipped with a reason. A summary goes "
           "to "
           "stderr. Exit 0 when OUT is written, 1 when FILE is not a readable table or most of its rows "
           "did not become chips, 2 on usage errors."));
    context.addPositional(u"FILE"_s,
        tr("The table to import: .csv, .tsv, .json, .xlsx or .ods, or a folder whose files are read as one "
           "table (one "
           "JSON object a file, as MLPerf's system descriptions)."));
    context.addOption(
        { u"out"_s, tr("The catalog to write (replaced whole, or left untouched on failure)."), u"OUT"_s });
    context.addOption(
        { u"transpose"_s, tr("The first column holds field names and every other column is a chip.") });
    context.addOption({ u"sheet"_s,
        tr("The sheet of an .xlsx or .ods workbook to read (default: the first)."), u"NAME"_s });
    context.addOption({ u"delimiter"_s, tr("The CSV delimiter: , ; or tab (default: sniffed)."), u"C"_s });
    context.addOption({ u"map"_s,
        tr("What a column holds, overriding recognition: 'Memory (GB)=memory_capacity:GB', "
           "'TFLOPS=fp32:TFLOPS', 'BF16=bf16_dense:TFLOPS:sparse' for 2:4-sparse headline figures (halved, "
           "with a note), 'Price=-' to ignore a column (repeatable). Without a UNIT, a number field "
           "takes the unit the column's header names: 'Leistung (W)=tdp' is in W."),
        u"COLUMN=FIELD[:UNIT[:sparse]]"_s });
    context.addOption(
        { u"source-title"_s, tr("Title of the source every value cites (default: the file name)."), u"T"_s });
    context.addOption({ u"source-url"_s, tr("Address of that source."), u"URL"_s });
    context.addOption({ u"source-publisher"_s, tr("Publisher of that source."), u"P"_s });
    context.addOption({ u"source-kind"_s,
        tr("Kind of that source: vendor, paper, database, press, analyst, compilation, blog, retailer or "
           "leak "
           "(default compilation)."),
        u"K"_s, u"compilation"_s });
    context.addOption(
        { u"accessed"_s, tr("When the source was read, YYYY-MM-DD (default: today)."), u"DATE"_s });
    context.addOption({ u"confidence"_s,
        tr("Confidence of every value: official, reported (default), rumored or estimate."), u"C"_s,
        u"reported"_s });
    context.addOption({ u"decimal-comma"_s,
        tr("Read a comma in a number as the decimal point (0,128 is 0.128), as a file separated by "
           "semicolons is read anyway.") });
    context.addOption({ u"id-prefix"_s,
        tr("Put P- before every chip id (default: only ids that mean nothing outside the file, bare numbers "
           "and rows without a name, take the file's name)."),
        u"P"_s });
}

int runImportCommand(CommandContext& context)
{
    const QCommandLineParser& parser = context.parser;
    if (const auto stop = context.parse())
        return *stop;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usageError(files.isEmpty() ? tr("no FILE given") : tr("give one FILE"));
    const QString file = files.first();
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return context.usageError(tr("--out OUT.json is required"));
    // Writing over the table being read would lose the user's data.
    if (QFileInfo(out).exists() && QFileInfo(out).canonicalFilePath() == QFileInfo(file).canonicalFilePath())
        return context.usageError(tr("--out %1 is the file being imported; choose another name").arg(out));

    std::optional<QChar> delimiter;
    if (parser.isSet(u"delimiter"_s)) {
        const QString text = parser.value(u"delimiter"_s);
        if (text == u","_s || text == u";"_s || text == u"\t"_s)
            delimiter = text.front();
        else if (text == u"tab"_s || text == u"\\t"_s)
            delimiter = u'\t';
        else
            return context.usageError(tr("--delimiter: '%1' is not one of , ; tab").arg(text));
    }
    TableImporter::Options options;
    options.fileName = file;
    options.transposed = parser.isSet(u"transpose"_s);
    options.idPrefix = parser.value(u"id-prefix"_s);
    options.decimalComma = parser.isSet(u"decimal-comma"_s);
    if (!options.idPrefix.isEmpty() && TableImporter::slug(options.idPrefix).isEmpty())
        return context.usageError(tr("--id-prefix: '%1' has no letters or digits").arg(options.idPrefix));
    for (const QString& mapping : parser.values(u"map"_s)) {
        const qsizetype equals = mapping.lastIndexOf(u'=');
        if (equals <= 0)
            return context.usageError(tr("--map: '%1' is not COLUMN=FIELD[:UNIT]").arg(mapping));
        QString error;
        const QString column = mapping.left(equals).trimmed();
        const auto target = ColumnRecognizer::fromMapping(mapping.mid(equals + 1), &error, column);
        if (!target)
            return context.usageError(tr("--map '%1': %2").arg(mapping, error));
        options.mappings.insert(column, *target);
    }
    const auto confidence = confidenceFromKey(parser.value(u"confidence"_s));
    if (!confidence)
        return context.usageError(tr("--confidence: '%1' is not official, reported, rumored or estimate")
                                      .arg(parser.value(u"confidence"_s)));
    options.confidence = *confidence;
    const auto kind = sourceKindFromKey(parser.value(u"source-kind"_s));
    if (!kind)
        return context.usageError(
            tr("--source-kind: '%1' is not a source kind").arg(parser.value(u"source-kind"_s)));
    Source& source = options.source;
    source.kind = kind;
    source.title = parser.isSet(u"source-title"_s) ? parser.value(u"source-title"_s)
                                                   : tr("Imported from %1").arg(QFileInfo(file).fileName());
    source.id = TableImporter::slug(source.title).left(40);
    if (source.id.isEmpty())
        source.id = u"imported"_s;
    source.url = parser.value(u"source-url"_s);
    source.publisher = parser.value(u"source-publisher"_s);
    source.accessed = QDate::currentDate();
    if (parser.isSet(u"accessed"_s)) {
        source.accessed = QDate::fromString(parser.value(u"accessed"_s), Qt::ISODate);
        if (!source.accessed.isValid())
            return context.usageError(
                tr("--accessed: '%1' is not a date YYYY-MM-DD").arg(parser.value(u"accessed"_s)));
    }

    const QString sheet = parser.value(u"sheet"_s);
    if (!sheet.isEmpty() && !TableFiles::isWorkbook(file))
        return context.usageError(tr("--sheet: %1 is not an .xlsx or .ods workbook").arg(file));
    TableReadError readError;
    auto read = TableFiles::read(file, delimiter, sheet, &readError);
    if (!read)
        return context.failure(readError.line > 0
                ? tr("%1:%2: %3").arg(file).arg(readError.line).arg(readError.message)
                : tr("%1: %2").arg(file, readError.message));
    RawTable* table = &read->table;
    if (options.transposed)
        *table = table->transposed();
    for (auto it = options.mappings.cbegin(); it != options.mappings.cend(); ++it) {
        const bool found
            = std::any_of(table->headers.cbegin(), table->headers.cend(), [&it](const QString& header) {
                  return header.trimmed().compare(it.key(), Qt::CaseInsensitive) == 0;
              });
        if (!found)
            return context.usageError(tr("--map: %1 has no column '%2'; its columns are: %3")
                                          .arg(file, it.key(), table->headers.join(u", "_s)));
    }

    // Values far off the built-in catalog's for the same chip (sparse, bits, units) are said.
    const Catalog builtIn = CatalogReader::readBuiltIn().catalog;
    options.reference = &builtIn;
    options.referenceName = tr("built-in catalog");
    const auto result = TableImporter::import(*table, options);
    if (!result.error.isEmpty())
        return context.failure(tr("%1: %2").arg(file, result.error));
    if (result.catalog.chips.isEmpty())
        return context.failure(tr("%1: no row became a chip").arg(file));

    // What is written must load: read it back before replacing anything.
    const QByteArray json = CatalogWriter::toJson(result.catalog);
    const auto check = CatalogReader::read(json, out, builtIn.sources);
    if (!check.ok())
        return context.failure(tr("the catalog made from %1 does not validate (a bug; please report it):\n%2")
                                   .arg(file, formatDiagnostics(check.problems)));
    QString error;
    if (!CatalogWriter::writeFile(result.catalog, out, &error))
        return context.failure(error);
    QString summary = TableImporter::summaryText(result, file, out);
    if (!read->sheet.isEmpty())
        summary.insert(summary.indexOf(u'\n') + 1,
            tr("  sheet '%1' (%2 of %3: %4; --sheet NAME reads another)")
                    .arg(read->sheet)
                    .arg(read->sheets.indexOf(read->sheet) + 1)
                    .arg(read->sheets.size())
                    .arg(read->sheets.join(u", "_s))
                + u'\n');
    // Values that loaded but are implausible (1e300 W, raw bytes in a GB column) are said now,
    // not only by a later `check`.
    if (!check.warnings.isEmpty())
        summary += tr("  warnings (%1; see chipcompare check):").arg(check.warnings.size()) + u'\n' + u"  "_s
            + formatDiagnostics(check.warnings.mid(0, 20)).replace(u"\n"_s, u"\n  "_s) + u'\n';
    CommandContext::writeErr(summary);
    return Cli::kExitOk;
}
