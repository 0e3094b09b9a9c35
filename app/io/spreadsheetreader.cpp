#include "spreadsheetreader.h"

#include "zipreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace SpreadsheetReader {

namespace {

QString tr(const char* text)
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

    void setCell(int row, int column, const QString& text)
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
};

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

// ---- Excel (Office Open XML) ----

const QString kRelationships = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;

// "BC12" -> column 54 (0-based); -1 when the reference has no letters.
int columnOfReference(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        ++letters;
        if (column > kMaxColumns)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year error folded in for every date after
// February 1900, which is every date a chip has).
QString dateFromSerial(const QString& serial)
{
    bool ok = false;
    const double days = serial.toDouble(&ok);
    if (!ok || days < 61 || days > 2958465) // 1900-03-01 .. 9999-12-31
        return serial;
    return QDate(1899, 12, 30).addDays(qint64(days)).toString(Qt::ISODate);
}

// A number format that shows a date: a built-in one, or a code with a day or a year in it
// (ignoring quoted text and [colour] or [$-locale] sections).
bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    bool quoted = false;
    bool bracket = false;
    for (const QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            bracket = true;
        else if (!quoted && c == u']')
            bracket = false;
        else if (!quoted && !bracket && (c == u'y' || c == u'Y' || c == u'd' || c == u'D'))
            return true;
    }
    return false;
}

// The cell styles (by index) whose number format is a date.
QSet<int> dateStyles(const ZipReader& zip)
{
    QString ignored;
    const auto data = zip.read(u"xl/styles.xml"_s, &ignored);
    if (!data)
        return {};
    QHash<int, QString> codes;
    QSet<int> dates;
    QXmlStreamReader xml(*data);
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            codes.insert(attributes.value(u"numFmtId"_s).toInt(), attributes.value(u"formatCode"_s).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == u"xf" && inCellXfs) {
            const int id = attributes.value(u"numFmtId"_s).toInt();
            if (isDateFormat(id, codes.value(id)))
                dates.insert(index);
            ++index;
        }
    }
    return dates;
}

// The text of every <t> of the element now open (skipping phonetic <rPh> runs), up to its end.
QString runText(QXmlStreamReader& xml)
{
    QString text;
    const QString element = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == element)
            break;
    }
    return text;
}

QStringList sharedStrings(const ZipReader& zip)
{
    QString ignored;
    const auto data = zip.read(u"xl/sharedStrings.xml"_s, &ignored);
    QStringList strings;
    if (!data)
        return strings;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(runText(xml));
    }
    return strings;
}

// Sheet names in order, each with its part ("xl/worksheets/sheet1.xml").
bool workbookSheets(const ZipReader& zip, QStringList* names, QStringList* parts, TableReadError* error)
{
    QString problem;
    const auto workbook = zip.read(u"xl/workbook.xml"_s, &problem);
    const auto relations = zip.read(u"xl/_rels/workbook.xml.rels"_s, &problem);
    if (!workbook || !relations) {
        *error = { 0, tr("is not a readable .xlsx workbook: %1").arg(problem) };
        return false;
    }
    QHash<QString, QString> targets;
    QXmlStreamReader rels(*relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship") {
            const QString target = rels.attributes().value(u"Target"_s).toString();
            // Relative to xl/, or absolute from the archive's root.
            targets.insert(rels.attributes().value(u"Id"_s).toString(),
                target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target);
        }
    }
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            names->append(xml.attributes().value(u"name"_s).toString());
            parts->append(targets.value(xml.attributes().value(kRelationships, u"id"_s).toString()));
        }
    }
    return true;
}

std::optional<Sheet> readXlsx(const ZipReader& zip, const QString& wanted, TableReadError* error)
{
    Sheet sheet;
    QStringList parts;
    if (!workbookSheets(zip, &sheet.names, &parts, error))
        return std::nullopt;
    const auto chosen = chooseSheet(sheet.names, wanted, error);
    if (!chosen)
        return std::nullopt;
    sheet.name = *chosen;
    const QString part = parts.value(int(sheet.names.indexOf(*chosen)));
    QString problem;
    const auto data = zip.read(part, &problem);
    if (!data) {
        *error = { 0, tr("its sheet '%1': %2").arg(sheet.name, problem) };
        return std::nullopt;
    }
    const QStringList strings = sharedStrings(zip);
    const QSet<int> dates = dateStyles(zip);
    Grid grid;
    QXmlStreamReader xml(*data);
    int row = 0;
    int column = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"row") {
            const int r = attributes.value(u"r"_s).toInt();
            row = r > 0 ? r : row + 1;
            column = 0;
        } else if (xml.name() == u"c") {
            const int at = columnOfReference(attributes.value(u"r"_s));
            column = at >= 0 ? at : column;
            const QString type = attributes.value(u"t"_s).toString();
            const int style = attributes.value(u"s"_s).toInt();
            QString value;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == u"is")
                    inlineText = runText(xml);
                else if (xml.isEndElement() && xml.name() == u"c")
                    break;
            }
            QString text;
            if (type == u"s")
                text = strings.value(value.toInt());
            else if (type == u"inlineStr")
                text = inlineText;
            else if (type == u"b")
                text = value == u"1" ? u"TRUE"_s : u"FALSE"_s;
            else if (type == u"e")
                text.clear(); // #N/A, #DIV/0!: no value
            else if (type.isEmpty() || type == u"n")
                text = dates.contains(style) ? dateFromSerial(value) : value;
            else
                text = value; // "str": a formula's text result
            if (row > 0 && row <= kMaxRows)
                grid.setCell(row, column, text);
            ++column;
        }
    }
    if (!finish(std::move(grid), &sheet, xml, part, error))
        return std::nullopt;
    return sheet;
}

// ---- OpenDocument ----

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

} // namespace

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
