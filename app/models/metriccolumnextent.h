#pragma once

#include "analysis/metrics.h"

#include <QList>
#include <QStringList>

// What the widest cells of a metric's column hold, found without formatting every value: the
// chip table sizes the column from it so that no number is ever cut short.
struct MetricColumnExtent
{
    QStringList widestTexts; // the widest of these is at least as wide as any value's text
    bool anyDisagreement = false; // some cell carries the "sources disagree" mark
    bool anyBelowReported = false; // some cell is marked rumored or estimate (italic)

    static MetricColumnExtent of(const Metric& metric, const QList<Chip>& chips);
};
