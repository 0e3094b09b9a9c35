#include "odsreader.h"

#include "sheetgrid.h"
#include "zipreader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpreadsheetReader {

namespace {

const QString kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;

// The text of the <table:table-cell> now open: its paragraphs, one a line, with <text:s/> spaces.
QString cellText(QXmlStreamReader& xml)
{
    QStringList paragraphs;
    QString current;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"p" && xml.namespaceUri() == kText)
                current.clear();
            else if (xml.name() == u"s" && xml.namespaceUri() == kText)
                current += QString(std::clamp(xml.attributes().value(kText, u"c"_s).toInt(), 1, 1000), u' ');
            else if (xml.name() == u"tab")
                current += u'\t';
            else if (xml.name() == u"line-break")
                current += u'\n';
        } else if (xml.isCharacters()) {
            current += xml.text();
        } else if (xml.isEndElement()) {
            if (depth == 0)
                break; // the cell's own end
            --depth;
            if (xml.name() == u"p" && xml.namespaceUri() == kText)
                paragraphs.append(current);
        }
    }
    return paragraphs.join(u'\n');
}

} // namespace

std::optional<Sheet> readOds(const ZipReader& zip, const QString& wanted, TableReadError* error)
{
    QString problem;
    const auto data = zip.read(u"content.xml"_s, &problem);
    if (!data) {
        *error = { 0, tr("is not a readable .ods spreadsheet: %1").arg(problem) };
        return std::nullopt;
    }
    Sheet sheet;
    // First pass: the sheets' names, to choose one and to list them.
    {
        QXmlStreamReader names(*data);
        while (!names.atEnd()) {
            names.readNext();
            if (names.isStartElement() && names.name() == u"table" && names.namespaceUri() == kTable)
                sheet.names.append(names.attributes().value(kTable, u"name"_s).toString());
        }
    }
    const auto chosen = chooseSheet(sheet.names, wanted, error);
    if (!chosen)
        return std::nullopt;
    sheet.name = *chosen;
    Grid grid;
    QXmlStreamReader xml(*data);
    bool inSheet = false;
    int row = 0; // 1-based, the row now open
    int column = 0;
    int rowRepeat = 1;
    QVector<std::pair<int, QString>> rowCells; // a repeated row's cells, to repeat
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"table" && xml.namespaceUri() == kTable && inSheet)
            break;
        if (xml.isEndElement() && xml.name() == u"table-row" && inSheet) {
            // A repeated row with values is written once per repeat; empty ones only move on.
            for (int extra = 1; extra < rowRepeat && !rowCells.isEmpty() && row + extra <= kMaxRows; ++extra) {
                for (const auto& [at, text] : std::as_const(rowCells))
                    grid.setCell(row + extra, at, text);
            }
            row += rowRepeat - 1;
            continue;
        }
        if (!xml.isStartElement() || xml.namespaceUri() != kTable)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"table") {
            inSheet = attributes.value(kTable, u"name"_s) == sheet.name;
        } else if (!inSheet) {
            continue;
        } else if (xml.name() == u"table-row") {
            ++row;
            column = 0;
            rowRepeat = std::clamp(attributes.value(kTable, u"number-rows-repeated"_s).toInt(), 1, kMaxRows);
            rowCells.clear();
        } else if (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell") {
            const int repeat
                = std::clamp(attributes.value(kTable, u"number-columns-repeated"_s).toInt(), 1, kMaxColumns);
            const QString type = attributes.value(kOffice, u"value-type"_s).toString();
            // The stored value, never the formatted text ("1,979" or "80 GB" shown for 80).
            QString text = cellText(xml);
            if (type == u"float" || type == u"percentage" || type == u"currency")
                text = attributes.value(kOffice, u"value"_s).toString();
            else if (type == u"date")
                text = attributes.value(kOffice, u"date-value"_s).left(10).toString();
            else if (type == u"boolean")
                text = attributes.value(kOffice, u"boolean-value"_s) == u"true" ? u"TRUE"_s : u"FALSE"_s;
            for (int i = 0; i < repeat && !text.isEmpty() && column + i < kMaxColumns; ++i) {
                if (row <= kMaxRows)
                    grid.setCell(row, column + i, text);
                rowCells.append({ column + i, text });
            }
            column += repeat;
        }
    }
    if (!finish(std::move(grid), &sheet, xml, u"content.xml"_s, error))
        return std::nullopt;
    return sheet;
}

} // namespace SpreadsheetReader
