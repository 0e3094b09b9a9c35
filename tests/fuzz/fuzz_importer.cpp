// libFuzzer target: the table readers (CSV, TSV, JSON) and the importer on any bytes. Whatever
// they make of it must be a catalog that `check` accepts.
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "io/tablereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    TableReadError error;
    const auto table = TableReader::read(bytes, std::nullopt, &error);
    if (!table)
        return 0;
    // As `chipcompare import` sets them without --source-* options.
    TableImporter::Options options;
    options.fileName = QStringLiteral("fuzz.csv");
    options.source.id = QStringLiteral("imported-from-fuzz-csv");
    options.source.title = QStringLiteral("Imported from fuzz.csv");
    options.source.kind = SourceKind::Compilation;
    options.source.accessed = QDate(2026, 11, 29);
    const TableImporter::Result result = TableImporter::import(*table, options);
    if (!result.error.isEmpty())
        return 0;
    if (!CatalogReader::read(CatalogWriter::toJson(result.catalog), QStringLiteral("imported.json")).ok())
        __builtin_trap(); // an import always passes check
    TableImporter::summaryText(result, QStringLiteral("fuzz.csv"), QStringLiteral("out.json"));
    return 0;
}
