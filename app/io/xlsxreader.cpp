#include "xlsxreader.h"

#include "sheetgrid.h"
#include "zipreader.h"

#include <QDate>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SpreadsheetReader {

namespace {

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

} // namespace

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

} // namespace SpreadsheetReader
