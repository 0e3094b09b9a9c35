#pragma once

#include "analysis/chartdata.h"

#include <QSet>

class QChart;

struct ChartStyle
{
    bool dark = false;
    QSet<QString> highlightedChipIds; // drawn with an emphasis mark (an outline, never another fill)
};

// Turns ChartData into a Qt Charts QChart. The only place that knows Qt Charts, so that it can be
// replaced (Qt Charts is deprecated from Qt 6.10) without touching data or callers.
namespace ChartBuilder {
// The caller owns the chart. Fonts are in pixels, so a chart looks the same on any screen or file.
QChart* build(const ChartData& data, const ChartStyle& style);
// The smallest layout height (in layout pixels) at which every label, and the footnote as it wraps
// at `layoutWidth`, fits without overlapping.
int minimumLayoutHeight(const ChartData& data, qreal layoutWidth);
// The items under `chartPosition` (in the chart's coordinates): a bar's row, or every point whose
// marker covers the position (several where chips share a point), nearest first.
QList<int> itemsAt(QChart* chart, const ChartData& data, QPointF chartPosition);
}
