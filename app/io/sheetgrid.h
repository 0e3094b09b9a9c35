#pragma once

#include "spreadsheetreader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

// What the .xlsx and the .ods reader share: the limits of a sheet, the grid of cells a reader
// fills row by row, and the checks both make before the grid becomes a RawTable.
namespace SpreadsheetReader {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("SpreadsheetReader", text);
}

// Spreadsheets go to 16,384 columns and 1,048,576 rows; a "repeated" count beyond is not a sheet.
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1048576;
// Cells held at once (empty ones that pad a row included): 20 million is far beyond any chip
// table, and stops a crafted sheet (one cell in column XFD on every row) from taking all memory.
constexpr qint64 kMaxCells = 20'000'000;

// A sheet's cells before the header is known: each record with its row number.
struct Grid
{
    QVector<QStringList> records;
    QVector<int> lines;
    qint64 cells = 0;

    bool tooLarge() const { return cells > kMaxCells; }
    void setCell(int row, int column, const QString& text);
};

// The grid as `sheet->table`, or false with `error` set: XML that broke off, an empty sheet, one
// too large to hold.
bool finish(Grid grid, Sheet* sheet, const QXmlStreamReader& xml, const QString& part, TableReadError* error);

// The sheet named `wanted` (any case), or the first when `wanted` is empty.
std::optional<QString> chooseSheet(const QStringList& names, const QString& wanted, TableReadError* error);

} // namespace SpreadsheetReader
