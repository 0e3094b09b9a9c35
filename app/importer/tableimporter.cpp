#include "tableimporter.h"

#include "core/chipfields.h"
#include "core/numberformat.h"
#include "core/units.h"

#include "cellparser.h"
#include "namecolumn.h"
#include "referencecheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace TableImporter {

namespace {

constexpr int kListedSkips = 20;

QString tr(const char* text)
{
    return QCoreApplication::translate("TableImporter", text);
}

// A column as the summary names it: its header in quotes, or what the invented key column is.
QString shownHeader(const QString& header)
{
    return header == TableReader::keyColumn() ? tr("the records' keys") : u"'"_s + header + u"'"_s;
}

const SpecFieldInfo* fieldInfo(const QString& key)
{
    for (const auto& info : specFields()) {
        if (info.jsonKey == key)
            return &info;
    }
    return nullptr;
}

// The first http(s) address in a cell ("Link to datasheet" may hold several, one per line), if
// the catalog accepts it as one ("https://examp~e.com" is not: the cell is then a citation).
QString firstUrl(const QString& text)
{
    static const QRegularExpression url(u"https?://[^\\s,;\"'<>]+"_s);
    const QString found = url.match(text).captured(0);
    return Source::isWebAddress(found) ? found : QString();
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

// Two rows that make the same chip: the same name and every value the same, from the same source
// (an MLPerf summary repeats its accelerator on each benchmark's row).
bool sameChip(const Chip& a, const Chip& b)
{
    if (a.name != b.name || !(a.extra == b.extra))
        return false;
    for (const auto& field : ChipFields::all()) {
        if (field.isScalar() && field.value(a) != field.value(b))
            return false;
    }
    for (const auto& info : specFields()) {
        const SpecValue* x = a.spec(info.field);
        const SpecValue* y = b.spec(info.field);
        if (!x != !y)
            return false;
        if (x
            && (!nearlyEqual(x->canonical(), y->canonical()) || x->primary.sourceId != y->primary.sourceId
                || x->alternatives.size() != y->alternatives.size()))
            return false;
    }
    return true;
}

class Builder
{
    // Its messages are the importer's: one context for lupdate and for the run time.
    Q_DECLARE_TR_FUNCTIONS(TableImporter)

public:
    Builder(const RawTable& table, const Options& options)
        : m_table(table)
        , m_options(options)
    {
    }

    Result run()
    {
        recognise();
        if (!m_result.error.isEmpty())
            return m_result;
        m_defaultSource = m_options.source;
        // Semicolons separate fields where commas are decimal points (most of Europe's spreadsheets).
        m_decimalComma = m_options.decimalComma || m_table.delimiter == u';';
        if (m_decimalComma)
            m_result.notes.append(m_options.decimalComma
                    ? tr("commas in numbers are decimal commas (--decimal-comma)")
                    : tr("commas in numbers are decimal commas: the file is separated by semicolons"));
        m_result.catalog.date = QDate::currentDate();
        QSet<QString> usedIds;
        for (int r = 0; r < m_table.rows.size(); ++r)
            readRow(r, usedIds);
        m_result.rowsRead = int(m_table.rows.size());
        noteRepeatedRows();
        // A table of which most rows did not become chips is the wrong table, or read the wrong
        // way: refuse it with what would help rather than write the few rows that passed.
        const int records = m_result.rowsRead - (m_unitRow >= 0 ? 1 : 0);
        if (m_rowsLeftOut > 0 && 2 * m_rowsLeftOut > records) {
            m_result.error = tr("%1 of %2 rows were left out (%3): most of the table did not become "
                                "chips. %4")
                                 .arg(m_rowsLeftOut)
                                 .arg(records)
                                 .arg(leftOutReasons(), nameHint());
            return m_result;
        }
        if (m_namesFrom.size() > 1 || (m_namesFrom.size() == 1 && m_namesFrom.firstKey() != m_nameColumn)) {
            QStringList from;
            for (auto it = m_namesFrom.cbegin(); it != m_namesFrom.cend(); ++it)
                from.append(
                    tr("%1 from %2").arg(it.value()).arg(shownHeader(m_result.columns[it.key()].header)));
            m_result.notes.append(tr("names: %1").arg(from.join(u", "_s)));
        }
        if (m_prefixedIds > 0)
            m_result.notes.append(
                tr("%n id(s) that mean nothing outside this file (bare numbers, or rows without a "
                   "usable name) were made unique with the file's name, e.g. %1; --id-prefix sets "
                   "the prefix",
                    nullptr, m_prefixedIds)
                    .arg(m_prefixExample));
        if (m_options.reference)
            noteIdsSharedWithReference();
        if (m_options.reference)
            m_result.notes += ReferenceCheck::suspiciousValues(m_result.catalog, *m_options.reference,
                m_options.referenceName.isEmpty() ? tr("reference catalog") : m_options.referenceName);
        // Sources: the given one, if any value cites it, then one per distinct row source.
        if (m_defaultUsed)
            m_result.catalog.sources.prepend(m_defaultSource);
        return m_result;
    }

private:
    void recognise()
    {
        QHash<QString, ColumnTarget> mappings;
        for (auto it = m_options.mappings.cbegin(); it != m_options.mappings.cend(); ++it)
            mappings.insert(it.key().trimmed().toLower(), it.value());
        // A record named "_header" gives each field's unit ({"memory": "GB", ...}): read as units, not
        // as a chip, and a header without a unit of its own takes the record's.
        const QStringList units = unitRecord();
        for (qsizetype c = 0; c < m_table.headers.size(); ++c) {
            const QString& header = m_table.headers[c];
            const auto mapped = mappings.constFind(header.trimmed().toLower());
            const QString unit = units.value(c).trimmed();
            ColumnTarget target = mapped != mappings.cend() ? *mapped : ColumnRecognizer::recognize(header);
            if (mapped == mappings.cend() && !unit.isEmpty() && Units::canonicalSpelling(unit)) {
                const ColumnTarget withUnit = ColumnRecognizer::recognize(header + u" ("_s + unit + u')');
                if (withUnit.kind == ColumnTarget::Kind::Number
                    && (target.kind != ColumnTarget::Kind::Number || !target.unit))
                    target = withUnit;
            }
            m_result.columns.append({ header, target, 0, 0 });
        }
        for (int c = 0; c < m_result.columns.size(); ++c) {
            const auto& target = m_result.columns[c].target;
            if (target.kind == ColumnTarget::Kind::Text && target.key == u"name"_s) {
                if (m_nameColumn < 0)
                    m_nameColumn = c;
                m_nameColumns.append(c);
            }
            if (target.kind == ColumnTarget::Kind::Text && target.key == u"__key"_s)
                m_keyColumn = c;
            if (target.kind == ColumnTarget::Kind::Text && target.key == u"id"_s && m_idColumn < 0)
                m_idColumn = c;
        }
        // A transposed sheet names its chips in its first row.
        if (m_nameColumn < 0 && m_options.transposed && !m_result.columns.isEmpty()) {
            m_nameColumn = 0;
            m_nameColumns = { 0 };
            m_result.columns[0].target = { ColumnTarget::Kind::Text, u"name"_s, std::nullopt, {} };
        }
        if (!m_options.transposed && m_nameColumn >= 0 && looksTransposed()) {
            QStringList fields;
            for (int r = 0; r < m_table.rows.size() && fields.size() < 3; ++r)
                fields.append(u"'"_s + m_table.rows[r].value(0) + u"'"_s);
            m_result.error = tr("the table looks transposed: its first column lists field names (%1, …) "
                                "and its first row chips ('%2', …). Import it with --transpose")
                                 .arg(fields.join(u", "_s), m_table.headers.value(1));
            return;
        }
        preferChipLikeNames();
        if (m_nameColumn < 0 && m_keyColumn < 0) {
            QStringList headers;
            for (const auto& header : m_table.headers)
                headers.append(u"'"_s + header + u"'"_s);
            // The hint names the column whose cells look like chips' (a sheet with headers in
            // another language: "제품명" holding "GeForce RTX 4090").
            m_result.error = tr("no column holds the chips' names (a 'name', 'model', 'GPU' or 'hardware "
                                "name' header); headers found: %1. %2")
                                 .arg(headers.join(u", "_s), nameHint());
            // A sheet whose first column lists field names is probably the other way round.
            if (NameColumn::firstColumnListsFieldNames(m_table))
                m_result.error += u". "_s + tr("Its first column lists field names: try --transpose");
        }
    }

    void skip(int row, int column, const QString& reason)
    {
        ++m_result.columns[column].skipped;
        m_result.skipped.append(
            { m_table.rowLines.value(row), m_table.headers[column], reason, m_table.rowFiles.value(row) });
    }

    // "FILE:LINE" of a row: the file it was read from when a folder was read.
    QString placeOf(int row) const
    {
        const QString file = m_table.rowFiles.value(row, m_options.fileName);
        return file + u':' + QString::number(m_table.rowLines.value(row));
    }

    // "line 12" in a file, "dgx-h200.json:1" in a folder.
    QString lineRef(int row) const
    {
        if (m_table.rowFiles.isEmpty())
            return tr("line %1").arg(m_table.rowLines.value(row));
        return QFileInfo(m_table.rowFiles[row]).fileName() + u':'
            + QString::number(m_table.rowLines.value(row));
    }

    QString sourceFor(int row)
    {
        for (int c = 0; c < m_result.columns.size(); ++c) {
            if (m_result.columns[c].target.kind != ColumnTarget::Kind::Source)
                continue;
            const QString cell = m_table.rows[row][c].trimmed();
            if (CellParser::isUnknown(cell))
                continue;
            ++m_result.columns[c].taken;
            const QString url = firstUrl(cell);
            const QString key = url.isEmpty() ? cell : url;
            if (const auto it = m_rowSources.constFind(key); it != m_rowSources.cend())
                return *it;
            Source source;
            source.id = u"row-source-"_s + QString::number(m_rowSources.size() + 1);
            source.url = url;
            source.title = url.isEmpty() ? cell.section(u'\n', 0, 0).left(200) : url;
            source.publisher = url.isEmpty() ? QString() : QUrl(url).host();
            source.accessed = m_defaultSource.accessed;
            source.kind = m_defaultSource.kind;
            m_rowSources.insert(key, source.id);
            m_result.catalog.sources.append(source);
            return source.id;
        }
        m_defaultUsed = true;
        return m_defaultSource.id;
    }

    // The cells of the row that gives the fields' units (a JSON "_header" record, or a row of a
    // sheet named "_header"), when the table has one (it is then left out as a chip); empty
    // otherwise.
    QStringList unitRecord()
    {
        m_unitRow = m_table.unitRow;
        for (int r = 0; r < m_table.rows.size() && m_unitRow < 0; ++r) {
            const QStringList& cells = m_table.rows[r];
            if (std::any_of(cells.cbegin(), cells.cend(),
                    [](const QString& cell) { return cell.trimmed() == TableReader::unitRecordKey(); }))
                m_unitRow = r;
        }
        if (m_unitRow < 0)
            return {};
        m_result.notes.append(tr("the record '_header' gives the fields' units; it is not a chip"));
        return m_table.rows[m_unitRow];
    }

    void readRow(int r, QSet<QString>& usedIds)
    {
        if (r == m_unitRow)
            return;
        const QStringList& cells = m_table.rows[r];
        // The first known value among the name-like columns, row by row ("Model name" is "nan"
        // where "Model" holds the name); the record's key is the last resort.
        QString name;
        int nameFrom = -1;
        for (const int c : std::as_const(m_nameColumns)) {
            const QString cell = cells[c].trimmed();
            if (!cell.isEmpty() && !CellParser::isUnknown(cell)) {
                name = cell;
                nameFrom = c;
                break;
            }
        }
        if (nameFrom < 0 && m_keyColumn >= 0) {
            name = cells[m_keyColumn].trimmed();
            nameFrom = m_keyColumn;
        }
        if (name.isEmpty() || CellParser::isUnknown(name)) {
            ++m_rowsLeftOut;
            ++m_rowsWithoutName;
            m_result.notes.append(tr("%1: row without a name, left out").arg(placeOf(r)));
            return;
        }
        // Header rows scraped as records: a "chip" called "Model" or "Hardware name".
        if ((m_nameColumn >= 0 && name.compare(m_table.headers[m_nameColumn], Qt::CaseInsensitive) == 0)
            || ColumnRecognizer::isNameHeader(name)) {
            ++m_rowsLeftOut;
            ++m_headerRows;
            m_result.notes.append(tr("%1: a repeated header row ('%2'), left out").arg(placeOf(r), name));
            return;
        }
        Chip chip;
        chip.name = name;
        ++m_result.columns[nameFrom].taken;
        ++m_namesFrom[nameFrom];
        const QString sourceId = sourceFor(r);
        QString idText;
        QJsonObject extra; // the user's "x-" columns
        for (int c = 0; c < m_result.columns.size(); ++c) {
            const ColumnTarget& target = m_result.columns[c].target;
            const QString cell = cells[c].trimmed();
            switch (target.kind) {
            case ColumnTarget::Kind::Text:
                if (target.key == u"id"_s && !cell.isEmpty())
                    idText = cell;
                else
                    readText(chip, r, c, cell);
                break;
            case ColumnTarget::Kind::Number:
                readNumber(chip, r, c, cell, sourceId);
                break;
            case ColumnTarget::Kind::Extra:
                if (!cell.isEmpty()) {
                    extra.insert(target.key, cell);
                    ++m_result.columns[c].taken;
                }
                break;
            default:
                break;
            }
        }
        // The id column when there is one (made valid if it is not), else one made from the name;
        // repeated names stay separate chips.
        if (!extra.isEmpty()) { // joined to the schema's member-less fields readText() kept there
            QJsonObject all = chip.extra.toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                all.insert(it.key(), it.value());
            chip.extra = all;
        }
        // A row that repeats an earlier row's chip exactly is that chip, not another one "-2";
        // rows that differ in anything (one die, many boards) stay separate chips.
        if (idText.isEmpty()) {
            for (const qsizetype earlier : m_chipsByName.value(name)) {
                if (sameChip(m_result.catalog.chips[earlier], chip)) {
                    m_repeats[name].append(lineRef(r));
                    return;
                }
            }
        }
        chip.id = uniqueId(idText.isEmpty() ? name : idText, !idText.isEmpty(), r, usedIds);
        if (!idText.isEmpty())
            ++m_result.columns[m_idColumn].taken;
        chip.specs.squeeze();
        m_chipsByName[name].append(m_result.catalog.chips.size());
        m_result.catalog.chips.append(chip);
    }

    // Ids that are also the reference catalog's: loaded over it, those chips merge with its chips
    // field by field (what a sheet of updated values wants); --id-prefix keeps them apart instead.
    void noteIdsSharedWithReference()
    {
        QStringList shared;
        for (const Chip& chip : std::as_const(m_result.catalog.chips)) {
            if (m_options.reference->chip(chip.id))
                shared.append(chip.id);
        }
        if (shared.isEmpty())
            return;
        const QString name
            = m_options.referenceName.isEmpty() ? tr("reference catalog") : m_options.referenceName;
        m_result.notes.append(
            tr("%n chip(s) with an id of the %1 (%2): loaded over it, each merges with that chip field by "
               "field; --id-prefix keeps them apart",
                nullptr, int(shared.size()))
                .arg(name, shared.mid(0, 5).join(u", "_s) + (shared.size() > 5 ? u", …"_s : QString())));
    }

    void noteRepeatedRows()
    {
        if (m_repeats.isEmpty())
            return;
        int rows = 0;
        QStringList examples;
        for (auto it = m_repeats.cbegin(); it != m_repeats.cend(); ++it) {
            rows += int(it.value().size());
            if (examples.size() < 5) {
                examples.append(tr("'%1' (%2%3)")
                                    .arg(it.key(), it.value().mid(0, 8).join(u", "_s),
                                        it.value().size() > 8 ? u", …"_s : QString()));
            }
        }
        m_result.notes.append(
            tr("%n repeated row(s) joined to the earlier row's chip (same name, same values): %1", nullptr,
                rows)
                .arg(examples.join(u"; "_s) + (m_repeats.size() > 5 ? u"; …"_s : QString())));
    }

    QString leftOutReasons() const
    {
        QStringList reasons;
        if (m_rowsWithoutName > 0)
            reasons.append(tr("%n without a name", nullptr, m_rowsWithoutName));
        if (m_headerRows > 0)
            reasons.append(tr("%n repeated header row(s)", nullptr, m_headerRows));
        return reasons.join(u", "_s);
    }

    // What to try when the names were not found: the column whose cells look most like chips'.
    QString nameHint() const
    {
        int likeliest = m_likeliestNameColumn;
        if (likeliest < 0 || likeliest == m_nameColumn) // any column no header rule took ("Board")
            likeliest = NameColumn::likeliestUnmapped(m_table, m_result.columns, m_nameColumn, m_unitRow);
        if (likeliest >= 0 && likeliest != m_nameColumn)
            return tr("The column '%1' looks like chip names: try --map '%1=name'")
                .arg(m_table.headers[likeliest]);
        return tr("Name the column that holds the chips' names with --map 'COLUMN=name'");
    }

    // The column whose cells read like chip names names the chips when the first name column's do
    // not ("Model" holding "resnet50"); the summary says so.
    void preferChipLikeNames()
    {
        const auto preference = NameColumn::prefer(m_table, m_result.columns, m_nameColumns, m_unitRow);
        m_likeliestNameColumn = preference.column;
        if (!preference.replacesFirst)
            return;
        m_result.notes.append(preference.note);
        // The other column names something else: never a chip's name, not even where this one is empty.
        if (m_nameColumn >= 0) {
            m_result.columns[m_nameColumn].target
                = { ColumnTarget::Kind::Unmapped, {}, std::nullopt, preference.firstReason };
            m_nameColumns.removeAll(m_nameColumn);
        }
        m_nameColumn = preference.column;
        m_result.columns[m_nameColumn].target = { ColumnTarget::Kind::Text, u"name"_s, std::nullopt, {} };
        m_nameColumns.removeAll(m_nameColumn);
        m_nameColumns.prepend(m_nameColumn);
    }

    // A vendor table read the wrong way round though a header names a column of chips ("GPU"): its
    // first column lists field names ("FP64", "GPU memory") and its first row chips ("H100 SXM"),
    // which no header rule takes.
    bool looksTransposed() const
    {
        // A vendor table has a few dozen fields; a table of hundreds of rows is not one turned round
        // (and every import passes here, so a long one is not read twice).
        constexpr int kMostFields = 300;
        if (m_options.transposed || m_table.headers.size() < 2 || m_table.rows.size() > kMostFields)
            return false;
        int unrecognised = 0;
        for (int c = 1; c < m_result.columns.size(); ++c)
            unrecognised += m_result.columns[c].target.kind == ColumnTarget::Kind::Unmapped;
        return 2 * unrecognised > m_result.columns.size() - 1
            && NameColumn::firstColumnListsFieldNames(m_table);
    }

    QString uniqueId(const QString& text, bool fromIdColumn, int row, QSet<QString>& usedIds)
    {
        // A file's own numeric id ("1824") is kept: a name of digits alone says nothing, an id does.
        const QString trimmed = text.trimmed();
        const bool numericId = fromIdColumn && !trimmed.isEmpty()
            && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        QString base = numericId ? trimmed : slug(text);
        const bool generated = base.isEmpty();
        if (generated)
            base = u"chip-"_s + QString::number(row + 1);
        // An id that means nothing outside this file is made unique with the file's name, and
        // every id takes an explicit --id-prefix.
        const bool bare
            = generated || std::all_of(base.cbegin(), base.cend(), [](QChar c) { return c.isDigit(); });
        const QString prefix = !m_options.idPrefix.isEmpty() ? slug(m_options.idPrefix)
            : bare                                           ? defaultIdPrefix(m_options.fileName)
                                                             : QString();
        if (!prefix.isEmpty()) {
            const QString before = base;
            base = prefix + u'-' + base;
            if (m_options.idPrefix.isEmpty())
                ++m_prefixedIds;
            if (m_options.idPrefix.isEmpty() && m_prefixExample.isEmpty())
                m_prefixExample = tr("%1 -> %2").arg(generated ? tr("(no usable name)") : before, base);
        }
        QString id = base;
        for (int n = 2; usedIds.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        usedIds.insert(id);
        return id;
    }

    void readText(Chip& chip, int r, int c, const QString& cell)
    {
        const QString key = m_result.columns[c].target.key;
        if (key == u"name"_s || key == u"__key"_s)
            return;
        // "none" is a CUDA compatibility, not an unknown.
        if (key == u"cuda_compat"_s && cudaCompatFromKey(cell.toLower())) {
            chip.cudaCompat = *cudaCompatFromKey(cell.toLower());
            ++m_result.columns[c].taken;
            return;
        }
        if (CellParser::isUnknown(cell))
            return;
        if (key == u"year"_s) {
            const auto year = CellParser::parseYear(cell);
            if (!year)
                return skip(r, c, tr("'%1' holds no single year from 1950 to 2100").arg(cell));
            chip.year = *year;
        } else if (key == u"status"_s) {
            const auto status = chipStatusFromKey(cell.toLower());
            if (!status)
                return skip(r, c,
                    tr("'%1' is not a status (%2)")
                        .arg(cell, ChipFields::field(u"status").choiceKeys().join(u", "_s)));
            chip.status = *status;
        } else if (key == u"cuda_compat"_s) {
            const auto compat = cudaCompatFromKey(cell.toLower());
            if (!compat)
                return skip(r, c, tr("'%1' is not native, source-compatible, none or unknown").arg(cell));
            chip.cudaCompat = *compat;
        } else if (const ChipField* field = ChipFields::find(key); field && field->isText()) {
            field->set(chip, cell);
        }
        ++m_result.columns[c].taken;
    }

    void readNumber(Chip& chip, int r, int c, const QString& cell, const QString& sourceId)
    {
        const ColumnTarget& target = m_result.columns[c].target;
        const SpecFieldInfo* info = fieldInfo(target.key);
        if (!info)
            return;
        // A cell that names what it measures as something else ("Mean Well 252W Adapter" in a power
        // column) is not the chip's value.
        static const QRegularExpression notTheChip(
            u"\\b(adapter|psu|power supply|idle|host|system|per node|total)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (const auto match = notTheChip.match(cell); match.hasMatch())
            return skip(r, c,
                tr("'%1' says '%2': not the chip's own %3").arg(cell, match.captured(1), info->jsonKey));
        const ParsedCell parsed = CellParser::parseNumber(cell, m_decimalComma);
        if (parsed.kind == ParsedCell::Kind::Unknown)
            return;
        if (parsed.kind == ParsedCell::Kind::Skipped) {
            skip(r, c, parsed.reason);
            return;
        }
        // The cell's own unit, when it has one, else the header's; never a guess.
        QString unit;
        if (parsed.unit && Units::dimensionOf(*parsed.unit) == info->dimension)
            unit = *parsed.unit;
        else if (!parsed.unitText.isEmpty() && parsed.unit)
            return skip(r, c, tr("unit '%1' does not fit %2").arg(parsed.unitText, info->jsonKey));
        else if (target.unit)
            unit = *target.unit;
        else if (!parsed.unitText.isEmpty())
            return skip(r, c,
                tr("unknown unit '%1' (known: %2)")
                    .arg(parsed.unitText, Units::acceptedUnits(info->dimension).join(u", "_s)));
        else
            return skip(r, c,
                tr("'%1' has no unit, and the header names none; add one with --map 'COLUMN=%2:UNIT'")
                    .arg(cell, info->jsonKey));
        if (Units::dimensionOf(unit) != info->dimension)
            return skip(r, c, tr("unit '%1' does not fit %2").arg(unit, info->jsonKey));
        // A sparse headline (--map ...:sparse) is twice the dense figure the catalog holds.
        const double value = target.sparse ? parsed.value / 2 : parsed.value;
        const auto canonical = Units::toCanonical(value, unit, info->dimension);
        if (!canonical || !std::isfinite(*canonical) || *canonical <= 0)
            return skip(r, c, tr("'%1' does not convert to a finite positive value").arg(cell));
        SourcedNumber number;
        number.value = value;
        number.unit = unit;
        number.canonical = *canonical;
        number.sourceId = sourceId;
        number.confidence = m_options.confidence;
        QString note = parsed.note;
        if (target.sparse)
            note = (note.isEmpty() ? QString() : note + u"; "_s)
                + tr("halved from the sparse figure %1 %2 (--map ...:sparse)")
                      .arg(NumberFormat::formatNumber(parsed.value), unit);
        number.setNote(note);
        SpecValue* slot = chip.spec(info->field);
        ++m_result.columns[c].taken;
        if (!slot) {
            chip.setSpec(info->field, SpecValue { number, {} });
            m_firstColumn[{ r, int(info->field) }] = c;
            return;
        }
        // Another column for the same field: the leftmost value stands; one that disagrees is kept
        // beside it, never dropped.
        if (nearlyEqual(slot->canonical(), number.canonical))
            return;
        number.setNote((number.note().isEmpty() ? QString() : number.note() + u"; "_s)
            + tr("column '%1'").arg(m_table.headers[c]));
        if (slot->primary.note().isEmpty())
            slot->primary.setNote(
                tr("column '%1'").arg(m_table.headers[m_firstColumn.value({ r, int(info->field) }, c)]));
        slot->alternatives.append(number);
    }

    const RawTable& m_table;
    const Options& m_options;
    int m_prefixedIds = 0; // ids given the file's name, for the summary
    QString m_prefixExample;
    Result m_result;
    Source m_defaultSource;
    bool m_defaultUsed = false;
    QHash<QString, QString> m_rowSources; // URL or citation -> source id
    QHash<std::pair<int, int>, int>
        m_firstColumn; // (row, field) -> column of its primary value (names repeat)
    int m_nameColumn = -1;
    QList<int> m_nameColumns; // every name-like column, in the table's order
    bool m_decimalComma = false; // see Options::decimalComma
    int m_unitRow = -1; // the "_header" record, read as units
    QMap<int, int> m_namesFrom; // column -> how many chips took their name from it
    int m_keyColumn = -1;
    int m_idColumn = -1;
    int m_likeliestNameColumn = -1; // the column whose cells look most like chip names
    int m_rowsLeftOut = 0;
    int m_rowsWithoutName = 0;
    int m_headerRows = 0;
    QHash<QString, QList<qsizetype>> m_chipsByName; // name -> its chips' indexes, to find repeats
    QMap<QString, QStringList> m_repeats; // name -> where the rows that repeated its chip stand
};

} // namespace

QString defaultIdPrefix(const QString& fileName)
{
    const QString base = slug(QFileInfo(fileName).completeBaseName());
    return base.isEmpty() ? u"import"_s : base;
}

QString slug(const QString& text)
{
    QString ascii = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : ascii) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-') && c.category() != QChar::Mark_NonSpacing)
            out += u'-';
    }
    // At most 80 characters, and never ending in '-' (the cut may fall just after one: ids are
    // words joined by single hyphens).
    out.truncate(80);
    while (out.endsWith(u'-'))
        out.chop(1);
    // "含光800" would leave "800": an id without a letter says nothing, so the caller numbers it.
    if (!std::any_of(out.cbegin(), out.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return {};
    return out;
}

QString summaryText(const Result& result, const QString& file, const QString& out)
{
    QStringList lines;
    lines.append(
        tr("%1: %2 read, %3 written to %4")
            .arg(file, QCoreApplication::translate("TableImporter", "%n row(s)", nullptr, result.rowsRead),
                QCoreApplication::translate(
                    "TableImporter", "%n chip(s)", nullptr, int(result.catalog.chips.size())),
                out));
    QStringList unmapped;
    for (const auto& column : result.columns) {
        switch (column.target.kind) {
        case ColumnTarget::Kind::Unmapped:
            unmapped.append(column.target.reason.isEmpty()
                    ? shownHeader(column.header)
                    : shownHeader(column.header) + u" ("_s + column.target.reason + u')');
            break;
        case ColumnTarget::Kind::Ignored:
            lines.append(u"  "_s + shownHeader(column.header) + u" -> - ("_s + column.target.reason + u')');
            break;
        default:
            lines.append(u"  "_s + shownHeader(column.header) + u" -> "_s + column.target.describe() + u" ("_s
                + tr("%1 taken, %2 skipped").arg(column.taken).arg(column.skipped) + u')');
        }
    }
    if (!unmapped.isEmpty())
        lines.append(tr("  unmapped: %1").arg(unmapped.join(u", "_s)));
    for (const auto& note : result.notes)
        lines.append(u"  "_s + note);
    if (!result.skipped.isEmpty()) {
        lines.append(tr("  skipped cells (%1, the first %2 listed):")
                         .arg(result.skipped.size())
                         .arg(std::min<int>(kListedSkips, int(result.skipped.size()))));
        for (int i = 0; i < result.skipped.size() && i < kListedSkips; ++i) {
            const auto& cell = result.skipped[i];
            lines.append(u"  "_s + (cell.file.isEmpty() ? file : cell.file) + u':'
                + QString::number(cell.line) + u':' + cell.column + u": "_s + cell.reason);
        }
    }
    return lines.join(u'\n') + u'\n';
}

Result import(const RawTable& table, const Options& options)
{
    return Builder(table, options).run();
}

} // namespace TableImporter
