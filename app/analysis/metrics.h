#pragma once

#include "core/chip.h"

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

// One numeric column of the application: table column, chart metric, comparison row, CLI key and
// CSV header. The sourced metrics are the schema's numbers (their rows in core/chipfields.cpp say
// how each shows as a metric); the derived ones, computed from those, are the rows of metrics.cpp.
struct Metric
{
    using Group = MetricGroup; // where the metric sits on the Compare page

    QString key; // chart and CLI name, e.g. "bandwidth-gbs"
    QString csvKey; // list/compare output key, e.g. "bandwidth_gbs"
    QString label; // translated, e.g. "Memory bandwidth"
    QString unit; // canonical display unit, e.g. "GB/s"
    bool higherIsBetter = true;
    std::optional<SpecField> field; // set for sourced catalog values
    // Set for derived metrics: computed from other values, unknown when an input is unknown.
    std::function<std::optional<double>(const Chip&)> derive;
    QString formula; // for derived metrics: what the value is computed from
    Group group = Group::Compute;
    // One of the first numeric columns of `chipcompare list` (their positions are a contract).
    bool leadsList = false;
    bool shownByDefault = true; // a visible table column unless the user shows it
    // The catalog format that added it: `list` puts later columns after the earlier ones, so no
    // column a script relies on ever moves.
    int sinceVersion = 1;
    int order = 0; // the table's column order and the Compare page's row order within each group

    // Sourced fields this metric is computed from (for derived metrics), or its own field.
    QList<SpecField> derivedFrom;

    bool isDerived() const { return !field.has_value(); }
    QList<SpecField> inputs() const { return field ? QList<SpecField> { *field } : derivedFrom; }
    std::optional<double> value(const Chip& chip) const;
    // The sourced value behind this metric, or nullptr for derived or unknown values.
    const SpecValue* specValue(const Chip& chip) const;
    // The weakest confidence among the values this one rests on: a derived number is no surer than
    // its least certain input. nullopt when the value is unknown.
    std::optional<Confidence> confidence(const Chip& chip) const;
    bool isBelowReported(const Chip& chip) const; // rumored or estimate: marked in every view
    bool sourcesDisagree(const Chip& chip) const; // on this value or any input

    QString axisTitle() const; // "Memory bandwidth (GB/s)"
};

namespace Metrics {

QString groupLabel(Metric::Group group); // translated: "Memory", "Compute", ...
const QVector<Metric>& all();
// Accepts the chart key ("memory-gb") and the CSV key ("memory_gb").
const Metric* find(const QString& key);
QStringList keys();

} // namespace Metrics
