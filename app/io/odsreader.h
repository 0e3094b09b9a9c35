#pragma once

#include "spreadsheetreader.h"

class ZipReader;

namespace SpreadsheetReader {

// One sheet of an OpenDocument spreadsheet (content.xml), its repeated rows and columns expanded.
std::optional<Sheet> readOds(const ZipReader& zip, const QString& wanted, TableReadError* error);

} // namespace SpreadsheetReader
