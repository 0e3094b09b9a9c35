#include "listtable.h"

#include "core/chipfields.h"
#include "derivedmetrics.h"
#include "exportrules.h"
#include "metrics.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A text field as `list` writes it: the catalog's own form (a choice's key, a year as a number).
DataCell fieldCell(const ChipField& field, const Chip& chip)
{
    if (field.kind == ChipField::Kind::Year)
        return chip.year ? DataCell::fromInteger(*chip.year) : DataCell::unknown();
    const QString value = field.value(chip);
    return DataCell::fromText(value.isEmpty() && !field.unknownKey.isEmpty() ? field.unknownKey : value);
}

// `KEY_origin` for every column of a chip's own value (schema fields and sourced metrics, not
// derived ones): the file the value came from, unknown where the value is.
void addOrigins(DataTable& table, const QVector<const Chip*>& chips, const Catalog& catalog)
{
    QList<std::pair<qsizetype, QString>> columns; // column, field key
    for (qsizetype column = 0; column < table.keys.size(); ++column) {
        const QString& key = table.keys[column];
        if (const ChipField* field = ChipFields::find(key); field && field->kind != ChipField::Kind::Id)
            columns.append({ column, field->key });
        else if (const Metric* metric = Metrics::find(key); metric && metric->field && metric->csvKey == key)
            columns.append({ column, specFieldInfo(*metric->field).jsonKey });
    }
    for (const auto& [column, fieldKey] : std::as_const(columns)) {
        table.keys.append(table.keys[column] + u"_origin"_s);
        table.headers.append(
            table.headers[column] + u' ' + QCoreApplication::translate("ListTable", "origin"));
    }
    for (qsizetype row = 0; row < chips.size(); ++row) {
        for (const auto& [column, fieldKey] : std::as_const(columns)) {
            const bool known = table.rows[row][column].kind != DataCell::Kind::Unknown;
            table.rows[row].append(
                known ? DataCell::fromText(catalog.originOf(chips[row]->id, fieldKey)) : DataCell::unknown());
        }
    }
}
} // namespace

namespace ListTable {

DataTable build(const QVector<const Chip*>& chips, bool confidence, const Catalog* catalog, bool origins)
{
    DataTable table;
    auto tr = [](const char* text) { return QCoreApplication::translate("ListTable", text); };
    // The schema's identity columns, then the leading metrics, then its ecosystem columns.
    const auto leadingFields = ChipFields::columns(ChipField::Column::BeforeNumbers);
    const auto ecosystemFields = ChipFields::columns(ChipField::Column::AfterLeadingNumbers);
    for (const ChipField* field : leadingFields) {
        table.keys.append(field->key);
        table.headers.append(field->listTitleText());
    }
    const auto& metrics = Metrics::all();
    // The contract's column order: memory_gb ... tdp_w, then cuda_compat and software_stack; every
    // other metric follows in the metric table's order, so that those columns keep their positions.
    QVector<const Metric*> specMetrics;
    QVector<const Metric*> derivedMetrics;
    QVector<const Metric*> laterMetrics; // added after the 3A090 column existed: they follow it
    QVector<const Metric*> newestMetrics; // added after export_rule existed: they follow that
    for (const auto& metric : metrics)
        (metric.leadsList                  ? specMetrics
                : metric.sinceVersion > 2  ? newestMetrics
                : metric.sinceVersion == 2 ? laterMetrics
                                           : derivedMetrics)
            .append(&metric);
    // A metric of a later format follows those of the earlier ones.
    std::stable_sort(laterMetrics.begin(), laterMetrics.end(),
        [](const Metric* a, const Metric* b) { return a->sinceVersion < b->sinceVersion; });
    auto confidenceColumn = [&](const QString& key, const QString& header) {
        if (!confidence)
            return;
        table.keys.append(key + u"_confidence"_s);
        table.headers.append(header + u' ' + tr("confidence"));
    };
    for (const auto* metric : specMetrics) {
        table.keys.append(metric->csvKey);
        table.headers.append(metric->label + u" ("_s + metric->unit + u')');
        confidenceColumn(metric->csvKey, metric->label);
    }
    for (const ChipField* field : ecosystemFields) {
        table.keys.append(field->key);
        table.headers.append(field->listTitleText());
    }
    for (const auto* metric : derivedMetrics) {
        table.keys.append(metric->csvKey);
        table.headers.append(
            metric->unit.isEmpty() ? metric->label : metric->label + u" ("_s + metric->unit + u')');
        confidenceColumn(metric->csvKey, metric->label);
    }
    table.keys << u"eccn_3a090_estimate"_s;
    table.headers << tr("3A090 band (estimate)");
    confidenceColumn(u"eccn_3a090_estimate"_s, tr("3A090 band"));
    for (const auto* metric : laterMetrics) {
        table.keys.append(metric->csvKey);
        table.headers.append(
            metric->unit.isEmpty() ? metric->label : metric->label + u" ("_s + metric->unit + u')');
        confidenceColumn(metric->csvKey, metric->label);
    }
    auto confidenceCell = [](std::optional<Confidence> value) {
        return value ? DataCell::fromText(confidenceKey(*value)) : DataCell::unknown();
    };

    table.rows.reserve(chips.size());
    for (const Chip* chip : chips) {
        QVector<DataCell> row;
        for (const ChipField* field : leadingFields)
            row << fieldCell(*field, *chip);
        for (const auto* metric : specMetrics) {
            row << DataCell::fromOptional(metric->value(*chip));
            if (confidence)
                row << confidenceCell(metric->confidence(*chip));
        }
        for (const ChipField* field : ecosystemFields)
            row << fieldCell(*field, *chip);
        for (const auto* metric : derivedMetrics) {
            row << DataCell::fromOptional(metric->value(*chip));
            if (confidence)
                row << confidenceCell(metric->confidence(*chip));
        }
        const auto band = Derived::eccnBand(*chip);
        row << DataCell::fromText(Derived::eccnBandKey(band));
        if (confidence)
            row << confidenceCell(
                band == Derived::EccnBand::Unknown ? std::nullopt : Derived::eccnBandConfidence(*chip));
        for (const auto* metric : laterMetrics) {
            row << DataCell::fromOptional(metric->value(*chip));
            if (confidence)
                row << confidenceCell(metric->confidence(*chip));
        }
        table.rows.append(row);
    }
    if (catalog) {
        table.keys.append(u"export_rule"_s);
        table.headers.append(tr("Export rule"));
        for (qsizetype row = 0; row < chips.size(); ++row) {
            const auto finding = ExportRules::applicable(*catalog, *chips[row]);
            table.rows[row].append(DataCell::fromText(finding.rule ? finding.rule->id : QString()));
        }
    }
    for (const Metric* metric : std::as_const(newestMetrics)) {
        table.keys.append(metric->csvKey);
        table.headers.append(metric->axisTitle());
        if (confidence) {
            table.keys.append(metric->csvKey + u"_confidence"_s);
            table.headers.append(metric->label + u' ' + tr("confidence"));
        }
        for (qsizetype row = 0; row < chips.size(); ++row) {
            table.rows[row].append(DataCell::fromOptional(metric->value(*chips[row])));
            if (confidence) {
                const auto value = metric->confidence(*chips[row]);
                table.rows[row].append(
                    value ? DataCell::fromText(confidenceKey(*value)) : DataCell::unknown());
            }
        }
    }
    // Fields added to the schema since: after every column above, which keep their places.
    for (const ChipField* field : ChipFields::columns(ChipField::Column::Last)) {
        table.keys.append(field->key);
        table.headers.append(field->listTitleText());
        for (qsizetype row = 0; row < chips.size(); ++row)
            table.rows[row].append(fieldCell(*field, *chips[row]));
    }
    if (catalog && origins)
        addOrigins(table, chips, *catalog);
    return table;
}

} // namespace ListTable
