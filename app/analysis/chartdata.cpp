#include "chartdata.h"

#include "metrics.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChartData", text);
}

struct Marks
{
    bool low = false;
    bool disagree = false;
};

Marks marksOf(const Metric& metric, const Chip& chip)
{
    Marks marks;
    for (const SpecField field : metric.inputs()) {
        const auto& value = chip.spec(field);
        if (!value)
            continue;
        marks.low = marks.low || isBelowReported(value->primary.confidence);
        marks.disagree = marks.disagree || value->sourcesDisagree();
    }
    return marks;
}

QString markText(Marks marks)
{
    return QString(marks.low ? u"*"_s : QString()) + (marks.disagree ? u"†"_s : QString());
}

QString markedValue(const Metric& metric, double value, Marks marks)
{
    QString text = Metrics::formatNumber(value);
    if (!metric.unit.isEmpty())
        text += u' ' + metric.unit;
    return text + markText(marks);
}

QString sourceLine(const Catalog& catalog, const Metric& metric, const Chip& chip)
{
    QStringList names;
    for (const SpecField field : metric.inputs()) {
        const auto& value = chip.spec(field);
        if (!value)
            continue;
        const Source* source = catalog.source(value->primary.sourceId);
        names.append(source ? source->title : value->primary.sourceId);
        names.last() += u" ("_s + confidenceLabel(value->primary.confidence) + u')';
    }
    return names.join(u"; "_s);
}

void collectSources(
    const Catalog& catalog, const Metric& metric, const Chip& chip, QStringList& ordered, QSet<QString>& seen)
{
    for (const SpecField field : metric.inputs()) {
        const auto& value = chip.spec(field);
        if (!value)
            continue;
        const Source* source = catalog.source(value->primary.sourceId);
        QString name = source ? (source->publisher.isEmpty() ? source->title : source->publisher)
                              : value->primary.sourceId;
        if (!seen.contains(name)) {
            seen.insert(name);
            ordered.append(name);
        }
    }
}

// "Memory (GB, log)": short enough to fit the axis of a small chart.
QString logAxisTitle(const Metric& metric)
{
    if (metric.unit.isEmpty())
        return metric.label + tr(" (log)");
    return metric.label + u" ("_s + metric.unit + tr(", log") + u')';
}

} // namespace

QString ChartData::kindKey(ChartRequest::Kind kind)
{
    return kind == ChartRequest::Kind::Bar ? u"bar"_s : u"scatter"_s;
}

ChartData ChartData::withRows(int rows) const
{
    const int total = int(items.size() + unknownLabels.size());
    if (request.kind != ChartRequest::Kind::Bar || total <= rows)
        return *this;
    ChartData cut = *this;
    if (rows <= items.size()) {
        cut.items.resize(std::max(rows, 0));
        cut.unknownLabels.clear();
    } else {
        cut.unknownLabels.resize(rows - items.size());
    }
    // The legend lists only the vendors still drawn.
    cut.vendors.clear();
    for (const auto& item : std::as_const(cut.items)) {
        if (!cut.vendors.contains(item.vendor))
            cut.vendors.append(item.vendor);
    }
    cut.footnote += u' '
        + tr("Only the first %1 of %2 chips fit at this picture size; a larger size shows them all.")
              .arg(rows)
              .arg(total);
    return cut;
}

namespace ChartDataBuilder {

namespace {

// A chip that can be drawn, before any text is made for it.
struct Candidate
{
    const Chip* chip;
    double x; // bar: the value
    double y;
};

constexpr int kListedUnknowns = 12; // names of chips without a value listed in the footnote

} // namespace

ChartData build(const Catalog& catalog, const QVector<const Chip*>& chips, const ChartRequest& request)
{
    ChartData data;
    data.request = request;
    const bool bar = request.kind == ChartRequest::Kind::Bar;

    // First pick and order the chips on numbers alone: on a large catalog most of them are not
    // drawn, and text, tooltips and source look-ups are made only for those that are.
    QVector<Candidate> candidates;
    QStringList unknown;
    if (bar) {
        const Metric& metric = *request.metric;
        data.title = metric.label;
        data.xAxisTitle = metric.axisTitle();
        for (const Chip* chip : chips) {
            if (const auto value = metric.value(*chip))
                candidates.append({ chip, *value, 0.0 });
            else
                unknown.append(chip->displayShortName());
        }
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.x > b.x; });
    } else {
        const Metric& x = *request.x;
        const Metric& y = *request.y;
        data.title = y.label + u" vs "_s + x.label;
        data.xAxisTitle = request.logX ? logAxisTitle(x) : x.axisTitle();
        data.yAxisTitle = request.logY ? logAxisTitle(y) : y.axisTitle();
        for (const Chip* chip : chips) {
            const auto xv = x.value(*chip);
            const auto yv = y.value(*chip);
            // Log axes cannot show zero or negative values; catalog values are positive, derived
            // ones may not be, so check rather than trust.
            if (xv && yv && (!request.logX || *xv > 0) && (!request.logY || *yv > 0))
                candidates.append({ chip, *xv, *yv });
            else
                unknown.append(chip->displayShortName());
        }
    }
    const int limit = request.maxItems > 0 ? request.maxItems
        : bar                              ? ChartRequest::kDefaultBarLimit
                                           : ChartRequest::kDefaultScatterLimit;
    const int drawable = int(candidates.size());
    if (drawable > limit)
        candidates.resize(limit);
    // A bar chart lists chips without a value as "n/a" rows below the bars, within the same limit.
    data.unknownLabels = bar ? unknown.mid(0, std::max(0, limit - int(candidates.size()))) : unknown;

    QStringList sources;
    QSet<QString> seenSources;
    bool anyLow = false;
    bool anyDisagree = false;
    for (const Candidate& candidate : std::as_const(candidates)) {
        const Chip& chip = *candidate.chip;
        ChartItem item;
        item.chipId = chip.id;
        item.label = chip.displayShortName();
        item.vendor = chip.vendor;
        Marks marks;
        if (bar) {
            const Metric& metric = *request.metric;
            marks = marksOf(metric, chip);
            item.value = candidate.x;
            item.valueText = markedValue(metric, candidate.x, marks);
            item.tooltip = chip.name + u"\n"_s + metric.label + u": "_s + item.valueText + u"\n"_s
                + sourceLine(catalog, metric, chip);
            collectSources(catalog, metric, chip, sources, seenSources);
        } else {
            const Metric& x = *request.x;
            const Metric& y = *request.y;
            const Marks mx = marksOf(x, chip);
            const Marks my = marksOf(y, chip);
            marks = { mx.low || my.low, mx.disagree || my.disagree };
            item.x = candidate.x;
            item.y = candidate.y;
            item.valueText = markedValue(x, candidate.x, mx) + u", "_s + markedValue(y, candidate.y, my);
            item.tooltip = chip.name + u"\n"_s + x.label + u": "_s + markedValue(x, candidate.x, mx)
                + u" — "_s + sourceLine(catalog, x, chip) + u"\n"_s + y.label + u": "_s
                + markedValue(y, candidate.y, my) + u" — "_s + sourceLine(catalog, y, chip);
            collectSources(catalog, x, chip, sources, seenSources);
            collectSources(catalog, y, chip, sources, seenSources);
        }
        item.marks = markText(marks);
        anyLow = anyLow || marks.low;
        anyDisagree = anyDisagree || marks.disagree;
        if (!data.vendors.contains(item.vendor))
            data.vendors.append(item.vendor);
        data.items.append(item);
    }

    QStringList notes;
    notes.append(tr("ChipCompare catalog of %1.").arg(catalog.date.toString(Qt::ISODate)));
    if (drawable > limit)
        notes.append(bar ? tr("Showing the %1 largest of %2 chips with a value.").arg(limit).arg(drawable)
                         : tr("Showing %1 of %2 chips with both values.").arg(limit).arg(drawable));
    if (!sources.isEmpty())
        notes.append(tr("Sources: %1.").arg(sources.join(u"; "_s)));
    if (anyLow)
        notes.append(tr("* rumored or estimate."));
    if (anyDisagree)
        notes.append(tr("† sources disagree."));
    if (!unknown.isEmpty()) {
        QString names = unknown.mid(0, kListedUnknowns).join(u", "_s);
        if (unknown.size() > kListedUnknowns)
            names += tr(" and %1 more").arg(unknown.size() - kListedUnknowns);
        notes.append(tr("n/a (no value): %1.").arg(names));
    }
    data.footnote = notes.join(u' ');
    return data;
}

} // namespace ChartDataBuilder
