#pragma once

#include "tablereader.h"

#include <QString>
#include <QStringList>
#include <optional>

// A table as the user names it: a CSV/TSV/JSON file, an .xlsx or .ods workbook (one sheet of it),
// or a folder of such files (one table of them all, a workbook giving its first sheet). The import command and the import dialog both open tables here, so
// that they read the same things the same way.
struct TableFile
{
    RawTable table;
    QString sheet; // a workbook's sheet that was read; empty otherwise
    QStringList sheets; // a workbook's sheets, in order
};

namespace TableFiles {

// .xlsx / .ods by name, or a file that starts as a zip archive.
bool isWorkbook(const QString& path);
// `sheet` (empty: the first) applies to workbooks only; `delimiter` to CSV files only.
// `error->message` starts with what failed ("cannot open: ...", "invalid JSON: ..."), without the path.
std::optional<TableFile> read(
    const QString& path, std::optional<QChar> delimiter, const QString& sheet, TableReadError* error);

} // namespace TableFiles
