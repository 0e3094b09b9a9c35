#pragma once

#include "core/chip.h"

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

// One numeric column of the application: table column, chart metric, comparison row, CLI key and
// CSV header all come from this table, so adding a metric is adding one row in metrics.cpp.
struct Metric
{
    QString key; // chart and CLI name, e.g. "bandwidth-gbs"
    QString csvKey; // list/compare output key, e.g. "bandwidth_gbs"
    QString label; // translated, e.g. "Memory bandwidth"
    QString unit; // canonical display unit, e.g. "GB/s"
    bool higherIsBetter = true;
    std::optional<SpecField> field; // set for sourced catalog values
    // Set for derived metrics: computed from other values, unknown when an input is unknown.
    std::function<std::optional<double>(const Chip&)> derive;
    QString formula; // for derived metrics: what the value is computed from

    // Sourced fields this metric is computed from (for derived metrics), or its own field.
    QList<SpecField> derivedFrom;

    bool isDerived() const { return !field.has_value(); }
    QList<SpecField> inputs() const { return field ? QList<SpecField> { *field } : derivedFrom; }
    std::optional<double> value(const Chip& chip) const;
    // The sourced value behind this metric, or nullptr for derived or unknown values.
    const SpecValue* specValue(const Chip& chip) const;
    QString axisTitle() const; // "Memory bandwidth (GB/s)"
};

namespace Metrics {

const QVector<Metric>& all();
// Accepts the chart key ("memory-gb") and the CSV key ("memory_gb").
const Metric* find(const QString& key);
QStringList keys();

// Human-readable number with about four significant digits, in the given locale's notation.
QString formatNumber(double value, bool groupThousands = true);
// Exact, locale-independent number for CSV and JSON (no float noise such as 3350.0000000000005).
QString exactNumber(double value);

} // namespace Metrics
