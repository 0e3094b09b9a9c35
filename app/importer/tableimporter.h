#pragma once

#include "columnrecognizer.h"
#include "core/catalog.h"
#include "io/tablereader.h"

#include <QHash>
#include <QVector>

// Turns a spreadsheet-shaped table into a catalog: one chip per row, each recognised column into
// its field, every value sourced and given a confidence, every cell that cannot be read skipped
// with its reason (never guessed).
namespace TableImporter {

struct Options
{
    QString fileName; // for messages: FILE:LINE:COLUMN
    // --map: header (as written, compared case-insensitively) -> what it holds, overriding recognition.
    QHash<QString, ColumnTarget> mappings;
    // The source of every value, unless a source column gives one per row.
    Source source;
    Confidence confidence = Confidence::Reported;
    bool transposed = false; // the table was read with --transpose
    // --id-prefix: put before every id ("kr" makes "kr-1824"). Empty: only ids that would mean
    // nothing outside this file (a bare number such as "1824", or "chip-7" made for a row without a
    // usable name) take a prefix made from the file's name, so that two imports never share them.
    QString idPrefix;
    // When set, every imported chip that is also in it (by id or name) is compared with it, and a
    // value 2×, 8× or 1,000× off is a note in the summary (ReferenceCheck).
    const Catalog* reference = nullptr;
    // --decimal-comma: read "0,128" as 0.128. A table separated by semicolons is read so anyway.
    bool decimalComma = false;
    QString referenceName; // "built-in catalog"
};

struct ColumnReport
{
    QString header;
    ColumnTarget target;
    int taken = 0;
    int skipped = 0;
};

struct SkippedCell
{
    int line = 0;
    QString column;
    QString reason;
    QString file; // when a folder was read: the file the row came from
};

struct Result
{
    Catalog catalog;
    int rowsRead = 0;
    QVector<ColumnReport> columns;
    QVector<SkippedCell> skipped; // every one, in file order
    QStringList notes; // e.g. rows without a name, a sheet that looks transposed
    QString error; // set when the table cannot become a catalog (no name column)
};

Result import(const RawTable& table, const Options& options);
// What the import did, for people: counts, each column -> field:unit with values taken and
// skipped, unmapped columns, notes, the first 20 skipped cells as FILE:LINE:COLUMN: reason.
QString summaryText(const Result& result, const QString& file, const QString& out);

// "Nvidia H100 SXM" -> "nvidia-h100-sxm"; empty when nothing ASCII is left.
QString slug(const QString& text);
// The prefix an import of `fileName` gives ids that mean nothing outside it: "kr-gpus.csv" -> "kr-gpus".
QString defaultIdPrefix(const QString& fileName);

} // namespace TableImporter
