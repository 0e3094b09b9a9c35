#pragma once

#include "tablereader.h"

#include <QString>
#include <QStringList>
#include <optional>

// Reads one sheet of an Excel (.xlsx) or OpenDocument (.ods) workbook as a RawTable: its first
// non-empty row is the header, each row's line is its row number in the sheet (so "FILE:12:TDP"
// points at row 12). Cells come as the workbook stores them: numbers in full precision (not as
// formatted), dates as YYYY-MM-DD, formulas as their last computed value. Both formats are zip
// archives of XML, read with ZipReader (Debian's minizip) and QXmlStreamReader.
namespace SpreadsheetReader {

struct Sheet
{
    RawTable table;
    QString name; // the sheet read
    QStringList names; // every sheet of the workbook, in order
};

// An .xlsx or .ods file by its name, or any file that starts as a zip archive does.
bool isSpreadsheet(const QString& path, const QByteArray& start);
// `sheet` empty: the first sheet. Errors name the problem; the caller puts the file's name first.
std::optional<Sheet> read(const QString& path, const QString& sheet, TableReadError* error);

} // namespace SpreadsheetReader
