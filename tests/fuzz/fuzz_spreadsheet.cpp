// libFuzzer target: the .xlsx and .ods readers on any sheet XML. The first byte picks the format
// ('o': the bytes are an .ods content.xml; else an .xlsx sheet1.xml beside a fixed workbook and
// shared strings); the target zips them (minizip's writer) and reads the workbook as
// `chipcompare import` does. Whatever it makes of it must import into a catalog that `check` accepts.
#include "importer/tableimporter.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "io/spreadsheetreader.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

#include <zip.h>

#include <cstddef>
#include <cstdint>

namespace {

bool addEntry(zipFile zip, const char* name, const QByteArray& data)
{
    return zipOpenNewFileInZip(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1) == ZIP_OK
        && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK
        && zipCloseFileInZip(zip) == ZIP_OK;
}

const char* kWorkbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char* kRels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
const char* kStrings = "<sst><si><t>name</t></si><si><t>TDP (W)</t></si><si><r><t>A</t></r><r><t>B</t></r></si></sst>";
const char* kStyles = "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const bool ods = data[0] == 'o';
    const QByteArray xml(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    static const QString path = QDir::temp().filePath(QStringLiteral("fuzz-spreadsheet-%1.%2")
                                                          .arg(getpid())
                                                          .arg(QStringLiteral("zip")));
    zipFile zip = zipOpen(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return 0;
    const bool written = ods ? addEntry(zip, "content.xml", xml)
                             : addEntry(zip, "xl/workbook.xml", kWorkbook)
            && addEntry(zip, "xl/_rels/workbook.xml.rels", kRels) && addEntry(zip, "xl/sharedStrings.xml", kStrings)
            && addEntry(zip, "xl/styles.xml", kStyles) && addEntry(zip, "xl/worksheets/sheet1.xml", xml);
    zipClose(zip, nullptr);
    if (!written)
        return 0;
    TableReadError error;
    const auto sheet = SpreadsheetReader::read(path, {}, &error);
    if (!sheet)
        return 0;
    for (const auto& row : sheet->table.rows) {
        if (row.size() != sheet->table.headers.size())
            __builtin_trap(); // every row is as wide as the header
    }
    TableImporter::Options options;
    options.fileName = QStringLiteral("fuzz.xlsx");
    options.source.id = QStringLiteral("imported-from-fuzz-xlsx");
    options.source.title = QStringLiteral("Imported from fuzz.xlsx");
    options.source.kind = SourceKind::Compilation;
    options.source.accessed = QDate(2026, 12, 3);
    const TableImporter::Result result = TableImporter::import(sheet->table, options);
    if (result.error.isEmpty()
        && !CatalogReader::read(CatalogWriter::toJson(result.catalog), QStringLiteral("imported.json")).ok())
        __builtin_trap(); // an import always passes check
    return 0;
}
