#include "listtable.h"

#include "derivedmetrics.h"
#include "metrics.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ListTable {

DataTable build(const QVector<const Chip*>& chips, bool confidence)
{
    DataTable table;
    auto tr = [](const char* text) { return QCoreApplication::translate("ListTable", text); };
    table.keys = { u"id"_s, u"name"_s, u"vendor"_s, u"country"_s, u"year"_s, u"status"_s, u"memory_type"_s };
    table.headers
        = { tr("Id"), tr("Name"), tr("Vendor"), tr("Country"), tr("Year"), tr("Status"), tr("Memory type") };
    const auto& metrics = Metrics::all();
    // The contract's column order: memory_gb ... tdp_w, then cuda_compat and software_stack; every
    // other metric follows in the metric table's order, so that those columns keep their positions.
    QVector<const Metric*> specMetrics;
    QVector<const Metric*> derivedMetrics;
    QVector<const Metric*> laterMetrics; // added after the 3A090 column existed: they follow it
    for (const auto& metric : metrics)
        (metric.leadsList                 ? specMetrics
                : metric.sinceVersion > 1 ? laterMetrics
                                          : derivedMetrics)
            .append(&metric);
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
    table.keys << u"cuda_compat"_s << u"software_stack"_s;
    table.headers << tr("CUDA") << tr("Software stack");
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
        row << DataCell::fromText(chip->id) << DataCell::fromText(chip->name)
            << DataCell::fromText(chip->vendor) << DataCell::fromText(chip->country)
            << (chip->year ? DataCell::fromInteger(*chip->year) : DataCell::unknown())
            << DataCell::fromText(chipStatusKey(chip->status)) << DataCell::fromText(chip->memoryType);
        for (const auto* metric : specMetrics) {
            row << DataCell::fromOptional(metric->value(*chip));
            if (confidence)
                row << confidenceCell(metric->confidence(*chip));
        }
        row << DataCell::fromText(cudaCompatKey(chip->cudaCompat)) << DataCell::fromText(chip->softwareStack);
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
    return table;
}

} // namespace ListTable
