#include "namecolumn.h"

#include "chipnamelikeness.h"
#include "columnrecognizer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Messages are the importer's: QCoreApplication::translate("TableImporter", ...) written out, so
// that lupdate files them under the context the run time looks them up in.

namespace NameColumn {

namespace {

constexpr int kSample = 2000; // cells read a column: enough to tell, and cheap on 100,000 rows

QStringList columnCells(const RawTable& table, int column, int skipRow)
{
    QStringList cells;
    for (int r = 0; r < table.rows.size() && cells.size() < kSample; ++r) {
        if (r != skipRow)
            cells.append(table.rows[r].value(column));
    }
    return cells;
}

bool namesAKindOfThing(const QString& header)
{
    static const QStringList kindWords { u"accelerator"_s, u"gpu"_s, u"chip"_s, u"model"_s, u"device"_s,
        u"card"_s, u"processor"_s, u"hardware"_s, u"product"_s };
    const QStringList words = ColumnRecognizer::normalized(header).split(u' ');
    return std::any_of(words.cbegin(), words.cend(), [](const QString& w) { return kindWords.contains(w); });
}

bool isPlainUnmapped(const ColumnTarget& target)
{
    // Not a vetoed one: "host_processor_model_name" names a chip, but the host's.
    return target.kind == ColumnTarget::Kind::Unmapped && target.reason.isEmpty();
}

} // namespace

Preference prefer(const RawTable& table, const QVector<TableImporter::ColumnReport>& columns,
    const QList<int>& nameColumns, int skipRow)
{
    const int first = nameColumns.value(0, -1);
    QList<int> candidates = nameColumns;
    for (int c = 0; c < columns.size(); ++c) {
        if (isPlainUnmapped(columns[c].target) && namesAKindOfThing(table.headers[c]))
            candidates.append(c);
    }
    Preference preference;
    ChipNameLikeness::Score best;
    ChipNameLikeness::Score firstScore;
    for (const int c : std::as_const(candidates)) {
        const auto score = ChipNameLikeness::score(columnCells(table, c, skipRow), kSample);
        if (c == first)
            firstScore = score;
        if (score.chipLike > best.chipLike) {
            preference.column = c;
            best = score;
        }
    }
    // A first name column with no known value at all is no evidence: the row-by-row fallback
    // already goes past it ("Model name" holding only "nan").
    preference.replacesFirst = preference.column >= 0 && preference.column != first && best.share() >= 0.5
        && (first < 0 || (firstScore.known > 0 && firstScore.share() < 0.2));
    if (!preference.replacesFirst)
        return preference;
    preference.note = QCoreApplication::translate(
        "TableImporter", "names from '%1': its values look like chip names (%2 of the %3 read)")
                          .arg(table.headers[preference.column])
                          .arg(best.chipLike)
                          .arg(best.known);
    if (first >= 0) {
        preference.note
            += QCoreApplication::translate("TableImporter", "; '%1' holds something else (e.g. '%2')")
                   .arg(table.headers[first], firstScore.example);
        preference.firstReason
            = QCoreApplication::translate("TableImporter", "its values are not chip names (e.g. '%1')")
                  .arg(firstScore.example);
    }
    return preference;
}

int likeliestUnmapped(
    const RawTable& table, const QVector<TableImporter::ColumnReport>& columns, int except, int skipRow)
{
    int likeliest = -1;
    int most = 0;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].target.kind != ColumnTarget::Kind::Unmapped || c == except)
            continue;
        const int chipLike = ChipNameLikeness::score(columnCells(table, c, skipRow), kSample).chipLike;
        if (chipLike > most) {
            most = chipLike;
            likeliest = c;
        }
    }
    return likeliest;
}

bool firstColumnListsFieldNames(const RawTable& table)
{
    int fieldNames = 0;
    for (const auto& row : table.rows) {
        const auto target = ColumnRecognizer::recognize(row.value(0));
        fieldNames += target.kind == ColumnTarget::Kind::Number || target.kind == ColumnTarget::Kind::Text;
    }
    return fieldNames >= 2 && 2 * fieldNames >= table.rows.size();
}

} // namespace NameColumn
