#pragma once

#include "core/catalog.h"

#include <QSet>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

struct Metric;

// What a chart shows, independent of the chart library: a bar chart of one metric or a scatter of
// two, over a list of chips. The window and `chipcompare export-chart` build the same ChartData.
struct ChartRequest
{
    // A timeline is a scatter of a metric (y) against the year a chip was announced (x): how fast
    // one vendor's parts close on another's.
    enum class Kind { Bar, Scatter, Timeline };
    Kind kind = Kind::Bar;
    const Metric* metric = nullptr; // bar
    const Metric* x = nullptr; // scatter
    const Metric* y = nullptr; // scatter and timeline
    bool logX = false;
    bool logY = false;
    // Most chips a chart draws (0: the default, 60 bars or 2,000 points); more cannot be read and
    // Qt Charts slows down badly. The footnote says when chips were left out and how the drawn
    // ones were chosen.
    int maxItems = 0;
    static constexpr int kDefaultBarLimit = 60;
    static constexpr int kDefaultScatterLimit = 2000;
    // A timeline of at most this many years has one tick and one band a year; longer ones step by
    // 2, 5, 10 or 20 years.
    static constexpr int kYearBandsUpTo = 12;
    // Chips that stay in the chart whatever the cap: the selected and the compared ones.
    QSet<QString> keepChipIds;
    QString note; // appended to the footnote (e.g. what an LLM-fit chart leaves unranked)
    // Points whose labels are placed first, so that they win the free spots beside their dots (a
    // timeline's seed chips, the selected ones). Others are labelled where room is left.
    QSet<QString> labelFirstChipIds;
    // The chips of the article that started ChipCompare: China's domestic parts against NVIDIA's
    // H20 and H100. A timeline labels them first.
    static QSet<QString> seedChipIds();
};

struct ChartItem
{
    QString chipId;
    QString label; // the chip's short name; "GK104 (gk104-b)" where another drawn chip shares it
    QString vendor;
    int colourSlot = -1; // VendorSlots: the vendor's palette colour, -1 for "Other"
    bool lowConfidence = false; // rests on a rumored or estimated value
    int coincident = 0; // scatter: how many earlier items sit on exactly the same point
    double value = 0.0; // bar: the metric; scatter: unused
    double x = 0.0;
    double y = 0.0;
    // Timeline: where within its year the dot stands (-0.35 to 0.35 of a year), so that a year of
    // many chips draws a cloud, not one column of dots hiding each other's labels. The same for
    // chips on one point, so they still stack as rings. x keeps the year itself.
    double xSpread = 0.0;
    QPointF plotPoint() const { return { x + xSpread, y }; }
    QString valueText; // "3,350 GB/s", with * for rumored/estimate and † for disagreement
    QString marks; // "*", "†", "*†" or empty: for point labels
    QString tooltip; // plain text: values and their sources
};

struct ChartData
{
    ChartRequest request;
    QString title;
    QString xAxisTitle;
    QString yAxisTitle;
    QVector<ChartItem> items; // bar: sorted by value, largest first; scatter: catalog order
    QStringList unknownLabels; // chips without a value: shown as "n/a", never drawn as zero
    QStringList unknownChipIds; // the chips behind unknownLabels, in the same order
    QString footnote; // catalog date, sources of the values shown, marks
    QStringList vendors; // of the items, in first-seen order

    // The legend: one entry per palette colour drawn, in first-seen order; vendors beyond the
    // palette share one "Other (N vendors)" entry.
    struct LegendEntry
    {
        QString label;
        int colourSlot;
    };
    QVector<LegendEntry> legend;

    static QString kindKey(ChartRequest::Kind kind); // "bar", "scatter", "timeline"
    bool isPointChart() const { return request.kind != ChartRequest::Kind::Bar; } // scatter, timeline
    // The chart in words, for screen readers: what it shows, how many chips, its extremes and the
    // chips without a value ("Bar chart: Memory bandwidth (GB/s). 17 chips, largest first: …").
    QString textAlternative() const;
    // A bar chart cut to its first `rows` rows (largest values first, then n/a rows), with a
    // footnote saying what was left out; unchanged when it has no more rows than that.
    ChartData withRows(int rows) const;
};

namespace ChartDataBuilder {
ChartData build(const Catalog& catalog, const QVector<const Chip*>& chips, const ChartRequest& request);
}
