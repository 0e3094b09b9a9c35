#include "spreadsheetreader.h"

#include "odsreader.h"
#include "sheetgrid.h"
#include "xlsxreader.h"
#include "zipreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SpreadsheetReader {

bool isSpreadsheet(const QString& path, const QByteArray& start)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx"_s || suffix == u"ods"_s || start.startsWith("PK\x03\x04");
}

std::optional<Sheet> read(const QString& path, const QString& sheet, TableReadError* error)
{
    const ZipReader zip(path);
    if (!zip.isOpen()) {
        *error = { 0, tr("is not a readable .xlsx or .ods file (not a zip archive)") };
        return std::nullopt;
    }
    if (zip.contains(u"xl/workbook.xml"_s))
        return readXlsx(zip, sheet, error);
    if (zip.contains(u"content.xml"_s))
        return readOds(zip, sheet, error);
    *error = { 0, tr("is a zip archive, but neither an .xlsx workbook nor an .ods spreadsheet") };
    return std::nullopt;
}

} // namespace SpreadsheetReader
