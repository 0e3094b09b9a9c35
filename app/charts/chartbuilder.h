#pragma once

#include "analysis/chartdata.h"

#include <QSet>

class QChart;

struct ChartStyle
{
    bool dark = false;
    QSet<QString> highlightedChipIds; // drawn with an emphasis mark
    bool interactive = false; // hover tooltips (the window), not for exports
};

// Turns ChartData into a Qt Charts QChart. The only place that knows Qt Charts, so that it can be
// replaced (Qt Charts is deprecated from Qt 6.10) without touching data or callers.
namespace ChartBuilder {
// The caller owns the chart. Fonts are in pixels, so a chart looks the same on any screen or file.
QChart* build(const ChartData& data, const ChartStyle& style);
// The smallest layout height (in layout pixels) at which every label, and the footnote as it wraps
// at `layoutWidth`, fits without overlapping.
int minimumLayoutHeight(const ChartData& data, qreal layoutWidth);
}
