#include "tablefile.h"

#include "spreadsheetreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace TableFiles {

bool isWorkbook(const QString& path)
{
    QFile file(path);
    const QByteArray start = file.open(QIODevice::ReadOnly) ? file.read(4) : QByteArray();
    return SpreadsheetReader::isSpreadsheet(path, start);
}

std::optional<TableFile> read(
    const QString& path, std::optional<QChar> delimiter, const QString& sheet, TableReadError* error)
{
    TableFile result;
    // A folder is one table of its files (MLPerf's system descriptions, one JSON object a file).
    if (QFileInfo(path).isDir()) {
        auto table = TableReader::readFolder(path, error);
        if (!table)
            return std::nullopt;
        result.table = std::move(*table);
        return result;
    }
    if (isWorkbook(path)) {
        auto workbook = SpreadsheetReader::read(path, sheet, error);
        if (!workbook)
            return std::nullopt;
        result.table = std::move(workbook->table);
        result.sheet = workbook->name;
        result.sheets = workbook->names;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = { 0, QCoreApplication::translate("TableFiles", "cannot open: %1").arg(file.errorString()) };
        return std::nullopt;
    }
    auto table = TableReader::read(file.readAll(), delimiter, error);
    if (!table)
        return std::nullopt;
    result.table = std::move(*table);
    return result;
}

} // namespace TableFiles
