#include "tablefile.h"

#include "spreadsheetreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace TableFiles {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TableFiles", text);
}

// A folder is one table of its files, in name order (MLPerf's system descriptions are one JSON
// object a file): the columns of all, each row with its file in rowFiles. A workbook gives its
// first sheet. `error->message` names the file that could not be read.
std::optional<RawTable> readFolder(const QString& folder, TableReadError* error)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({ QStringLiteral("*.json"), QStringLiteral("*.csv"),
                                                QStringLiteral("*.tsv"), QStringLiteral("*.xlsx"), QStringLiteral("*.ods") },
        QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    if (names.isEmpty()) {
        *error = { 0, tr("holds no .json, .csv, .tsv, .xlsx or .ods file") };
        return std::nullopt;
    }
    RawTable all;
    all.fromJson = true;
    QHash<QString, qsizetype> columnOf;
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        TableReadError fileError;
        const auto file = read(path, std::nullopt, QString(), &fileError);
        if (!file) {
            *error = { 0,
                fileError.line > 0 ? tr("%1:%2: %3").arg(path).arg(fileError.line).arg(fileError.message)
                                   : tr("%1: %2").arg(path, fileError.message) };
            return std::nullopt;
        }
        const RawTable& table = file->table;
        all.fromJson = all.fromJson && table.fromJson;
        // Columns in the order the files first name them; a row lacks the columns its file lacks.
        QVector<qsizetype> target;
        for (const QString& header : table.headers) {
            auto it = columnOf.constFind(header);
            if (it == columnOf.cend()) {
                it = columnOf.insert(header, all.headers.size());
                all.headers.append(header);
                for (auto& row : all.rows)
                    row.append(QString());
            }
            target.append(*it);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            QStringList row(all.headers.size());
            for (qsizetype c = 0; c < target.size(); ++c)
                row[target[c]] = table.rows[r].value(c);
            all.rows.append(row);
            all.rowLines.append(table.rowLines.value(r));
            all.rowFiles.append(path);
        }
    }
    return all;
}

} // namespace

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
    if (QFileInfo(path).isDir()) {
        auto table = readFolder(path, error);
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
        *error = { 0, tr("cannot open: %1").arg(file.errorString()) };
        return std::nullopt;
    }
    auto table = TableReader::read(file.readAll(), delimiter, error);
    if (!table)
        return std::nullopt;
    result.table = std::move(*table);
    return result;
}

} // namespace TableFiles
