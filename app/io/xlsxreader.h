#pragma once

#include "spreadsheetreader.h"

class ZipReader;

namespace SpreadsheetReader {

// One sheet of an Excel (Office Open XML) workbook: the workbook's sheet list and relations,
// shared strings, and the styles that make a number a date.
std::optional<Sheet> readXlsx(const ZipReader& zip, const QString& wanted, TableReadError* error);

} // namespace SpreadsheetReader
