#include "sheetgrid.h"

using namespace Qt::StringLiterals;

namespace SpreadsheetReader {

void Grid::setCell(int row, int column, const QString& text)
{
    if (text.isEmpty() || tooLarge())
        return;
    if (lines.isEmpty() || lines.last() != row) {
        records.append(QStringList());
        lines.append(row);
    }
    QStringList& record = records.last();
    if (record.size() <= column) {
        cells += column + 1 - record.size();
        if (tooLarge())
            return;
        record.resize(column + 1);
    }
    record[column] = text;
}

bool finish(Grid grid, Sheet* sheet, const QXmlStreamReader& xml, const QString& part, TableReadError* error)
{
    if (xml.hasError()) {
        *error = { 0, tr("its part '%1' is not well-formed XML (line %2: %3)")
                          .arg(part)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString()) };
        return false;
    }
    if (grid.records.isEmpty()) {
        *error = { 0, tr("its sheet '%1' is empty").arg(sheet->name) };
        return false;
    }
    // Every row is padded to the header's width.
    if (grid.tooLarge() || qint64(grid.records.size()) * grid.records.first().size() > kMaxCells) {
        *error = { 0, tr("its sheet '%1' holds more than %2 cells; save the chips' part as CSV")
                          .arg(sheet->name)
                          .arg(kMaxCells) };
        return false;
    }
    return TableReader::fromRecords(std::move(grid.records), std::move(grid.lines), &sheet->table, error);
}

std::optional<QString> chooseSheet(const QStringList& names, const QString& wanted, TableReadError* error)
{
    if (names.isEmpty()) {
        *error = { 0, tr("holds no sheet") };
        return std::nullopt;
    }
    if (wanted.isEmpty())
        return names.first();
    for (const QString& name : names) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return name;
    }
    *error = { 0, tr("has no sheet '%1'; its sheets: %2").arg(wanted, names.join(u", "_s)) };
    return std::nullopt;
}

} // namespace SpreadsheetReader
