#include "chartdata.h"
#include "core/numberformat.h"

#include "metrics.h"
#include "vendorslots.h"

#include <QCoreApplication>
#include <QSet>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ChartDataBuilder", text, disambiguation, n);
}

struct Marks
{
    bool low = false;
    bool disagree = false;
};

Marks marksOf(const Metric& metric, const Chip& chip)
{
    return { metric.isBelowReported(chip), metric.sourcesDisagree(chip) };
}

QString markText(Marks marks)
{
    return QString(marks.low ? u"*"_s : QString()) + (marks.disagree ? u"†"_s : QString());
}

QString markedValue(const Metric& metric, double value, Marks marks)
{
    QString text = NumberFormat::formatNumber(value);
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
        names.append(source ? source->title : value->primary.sourceId.toString());
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
                              : value->primary.sourceId.toString();
        if (!seen.contains(name)) {
            seen.insert(name);
            ordered.append(name);
        }
    }
}

// A fixed pseudo-random place in -0.35..0.35 for a point (year, value): the same in every run
// and for every chip on that point (FNV-1a over the two numbers' bytes; qHash is seeded per run).
double spreadWithinYear(double year, double value)
{
    quint64 hash = 14695981039346656037ULL;
    for (const double part : { year, value }) {
        quint64 bits = 0;
        std::memcpy(&bits, &part, sizeof bits);
        for (int i = 0; i < 8; ++i) {
            hash ^= (bits >> (8 * i)) & 0xff;
            hash *= 1099511628211ULL;
        }
    }
    return (double(hash % 10007) / 10006.0 - 0.5) * 0.7;
}

// "Memory (GB, log)": short enough to fit the axis of a small chart.
QString logAxisTitle(const Metric& metric)
{
    if (metric.unit.isEmpty())
        return metric.label + tr(" (log)");
    return metric.label + u" ("_s + metric.unit + tr(", log") + u')';
}

// A label per chip that no other chip in the chart shares: the short name, and the id only where
// two chips are called the same (a bar category axis silently merges equal names, and the bars
// then drift away from their labels).
QStringList uniqueLabels(const QVector<const Chip*>& chips)
{
    QHash<QString, int> uses;
    for (const Chip* chip : chips)
        ++uses[chip->displayShortName()];
    QStringList labels;
    labels.reserve(chips.size());
    QSet<QString> taken;
    for (const Chip* chip : chips) {
        QString label = chip->displayShortName();
        if (uses.value(label) > 1)
            label += u" ("_s + chip->id + u')';
        // Ids are unique, so this only triggers when a chip is literally named "X (id)".
        for (int n = 2; taken.contains(label); ++n)
            label = chip->displayShortName() + u" ("_s + chip->id + u" #"_s + QString::number(n) + u')';
        taken.insert(label);
        labels.append(label);
    }
    return labels;
}

QVector<ChartData::LegendEntry> legendOf(const QVector<ChartItem>& items)
{
    QVector<ChartData::LegendEntry> legend;
    QSet<int> usedSlots;
    QSet<QString> others;
    for (const auto& item : items) {
        if (item.colourSlot < 0) {
            others.insert(item.vendor.toLower());
        } else if (!usedSlots.contains(item.colourSlot)) {
            usedSlots.insert(item.colourSlot);
            legend.append({ item.vendor.isEmpty() ? tr("unknown vendor") : item.vendor, item.colourSlot });
        }
    }
    if (!others.isEmpty())
        legend.append({ QCoreApplication::translate(
                            "ChartDataBuilder", "Other (%n vendor(s))", nullptr, int(others.size())),
            -1 });
    return legend;
}

} // namespace

QString ChartData::kindKey(ChartRequest::Kind kind)
{
    switch (kind) {
    case ChartRequest::Kind::Bar:
        return u"bar"_s;
    case ChartRequest::Kind::Scatter:
        return u"scatter"_s;
    case ChartRequest::Kind::Timeline:
        return u"timeline"_s;
    }
    return {};
}

QSet<QString> ChartRequest::seedChipIds()
{
    return { u"alibaba-hanguang-800"_s, u"enflame-l600"_s, u"cambricon-siyuan-690"_s, u"metax-c600"_s,
        u"nvidia-h20"_s, u"nvidia-h100-sxm"_s };
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
        cut.unknownChipIds.clear();
    } else {
        cut.unknownLabels.resize(rows - items.size());
        cut.unknownChipIds.resize(rows - items.size());
    }
    // The legend lists only the vendors still drawn.
    cut.vendors.clear();
    for (const auto& item : std::as_const(cut.items)) {
        if (!cut.vendors.contains(item.vendor))
            cut.vendors.append(item.vendor);
    }
    cut.legend = legendOf(cut.items);
    cut.footnote += u' '
        + tr("Only the first %1 of %2 chips fit at this picture size; a larger size shows them all.")
              .arg(rows)
              .arg(total);
    return cut;
}

QString ChartData::textAlternative() const
{
    constexpr int kNamed = 5; // a screen reader reads the first few; the table has them all
    QStringList parts;
    if (request.kind == ChartRequest::Kind::Bar) {
        parts.append(QCoreApplication::translate("ChartDataBuilder", "Bar chart: %1.").arg(title));
        QStringList values;
        for (int i = 0; i < std::min<int>(kNamed, int(items.size())); ++i)
            values.append(items[i].label + u": "_s + items[i].valueText);
        if (!items.isEmpty())
            parts.append(QCoreApplication::translate("ChartDataBuilder", "%1 chips, largest first: %2.")
                             .arg(items.size())
                             .arg(values.join(u"; "_s)));
        if (items.size() > kNamed)
            parts.append(QCoreApplication::translate("ChartDataBuilder", "Smallest: %1: %2.")
                             .arg(items.last().label, items.last().valueText));
    } else {
        parts.append((request.kind == ChartRequest::Kind::Timeline
                ? QCoreApplication::translate("ChartDataBuilder", "Timeline: %1; x axis %2, y axis %3.")
                : QCoreApplication::translate("ChartDataBuilder", "Scatter chart: %1; x axis %2, y axis %3."))
                         .arg(title, xAxisTitle, yAxisTitle));
        if (!items.isEmpty()) {
            auto byX = std::max_element(items.cbegin(), items.cend(),
                [](const ChartItem& a, const ChartItem& b) { return a.x < b.x; });
            auto byY = std::max_element(items.cbegin(), items.cend(),
                [](const ChartItem& a, const ChartItem& b) { return a.y < b.y; });
            parts.append(QCoreApplication::translate(
                "ChartDataBuilder", "%1 chips; highest on x: %2; highest on y: %3.")
                             .arg(items.size())
                             .arg(byX->label, byY->label));
        }
    }
    if (!unknownLabels.isEmpty())
        parts.append(QCoreApplication::translate("ChartDataBuilder", "No value: %1.")
                         .arg(unknownLabels.join(u", "_s)));
    return parts.join(u' ');
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
// Sources named in the footnote. A merged dataset cites hundreds: all of them made a paragraph that
// buried the chart. Each value's own source stays in its tooltip, the table and the details.
constexpr int kListedSources = 12;

// A bar chart past its cap keeps the chips asked for (selected, compared), then the largest.
QVector<Candidate> capBars(const QVector<Candidate>& sorted, int limit, const QSet<QString>& keep)
{
    QVector<bool> chosen(sorted.size(), false);
    int count = 0;
    for (int i = 0; i < sorted.size() && count < limit; ++i) {
        if (keep.contains(sorted[i].chip->id)) {
            chosen[i] = true;
            ++count;
        }
    }
    for (int i = 0; i < sorted.size() && count < limit; ++i) {
        if (!chosen[i]) {
            chosen[i] = true;
            ++count;
        }
    }
    QVector<Candidate> result;
    result.reserve(limit);
    for (int i = 0; i < sorted.size(); ++i) {
        if (chosen[i])
            result.append(sorted[i]);
    }
    return result;
}

// A scatter past its cap keeps what a reader looks for: the extremes on each axis, the chips asked
// for, then an even spread along the x axis, so no era or size class vanishes. Deterministic: the
// same chips give the same picture. Catalog order is kept.
QVector<Candidate> capPoints(const QVector<Candidate>& candidates, int limit, const QSet<QString>& keep)
{
    const int n = int(candidates.size());
    QVector<bool> chosen(n, false);
    int count = 0;
    auto choose = [&](int i) {
        if (i >= 0 && !chosen[i] && count < limit) {
            chosen[i] = true;
            ++count;
        }
    };
    int minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (int i = 1; i < n; ++i) {
        const Candidate& c = candidates[i];
        if (c.x < candidates[minX].x)
            minX = i;
        if (c.x > candidates[maxX].x)
            maxX = i;
        if (c.y < candidates[minY].y)
            minY = i;
        if (c.y > candidates[maxY].y)
            maxY = i;
    }
    for (const int i : { minX, maxX, minY, maxY })
        choose(i);
    for (int i = 0; i < n && count < limit; ++i) {
        if (keep.contains(candidates[i].chip->id))
            choose(i);
    }
    QVector<int> rest;
    for (int i = 0; i < n; ++i) {
        if (!chosen[i])
            rest.append(i);
    }
    std::sort(rest.begin(), rest.end(), [&candidates](int a, int b) {
        const Candidate& p = candidates[a];
        const Candidate& q = candidates[b];
        if (p.x != q.x)
            return p.x < q.x;
        if (p.y != q.y)
            return p.y < q.y;
        return p.chip->id < q.chip->id;
    });
    const int wanted = limit - count;
    for (int k = 0; k < wanted && !rest.isEmpty(); ++k) {
        const qint64 index = wanted == 1 ? rest.size() / 2 : qint64(k) * (rest.size() - 1) / (wanted - 1);
        choose(rest[int(index)]);
    }
    QVector<Candidate> result;
    result.reserve(count);
    for (int i = 0; i < n; ++i) {
        if (chosen[i])
            result.append(candidates[i]);
    }
    return result;
}

} // namespace

ChartData build(const Catalog& catalog, const QVector<const Chip*>& chips, const ChartRequest& request)
{
    ChartData data;
    data.request = request;
    const bool bar = request.kind == ChartRequest::Kind::Bar;

    // First pick and order the chips on numbers alone: on a large catalog most of them are not
    // drawn, and text, tooltips and source look-ups are made only for those that are.
    QVector<Candidate> candidates;
    QVector<const Chip*> unknown;
    if (bar) {
        const Metric& metric = *request.metric;
        data.title = metric.label;
        data.xAxisTitle = request.logX ? logAxisTitle(metric) : metric.axisTitle();
        for (const Chip* chip : chips) {
            // A log axis cannot show zero or less: such a chip is listed as n/a, as an unknown is.
            if (const auto value = metric.value(*chip); value && (!request.logX || *value > 0))
                candidates.append({ chip, *value, 0.0 });
            else
                unknown.append(chip);
        }
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.x > b.x; });
    } else if (request.kind == ChartRequest::Kind::Timeline) {
        const Metric& y = *request.y;
        data.title = tr("%1 by year").arg(y.label);
        data.xAxisTitle = tr("Year announced");
        data.yAxisTitle = request.logY ? logAxisTitle(y) : y.axisTitle();
        for (const Chip* chip : chips) {
            const auto yv = y.value(*chip);
            if (chip->year && yv && (!request.logY || *yv > 0))
                candidates.append({ chip, double(*chip->year), *yv });
            else
                unknown.append(chip);
        }
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
                unknown.append(chip);
        }
    }
    const int limit = std::max(1,
        request.maxItems > 0 ? request.maxItems
            : bar            ? ChartRequest::kDefaultBarLimit
                             : ChartRequest::kDefaultScatterLimit);
    const int drawable = int(candidates.size());
    if (drawable > limit)
        candidates = bar ? capBars(candidates, limit, request.keepChipIds)
                         : capPoints(candidates, limit, request.keepChipIds);
    // A bar chart lists chips without a value as "n/a" rows below the bars, within the same limit.
    const QVector<const Chip*> unknownShown
        = bar ? unknown.mid(0, std::max(0, limit - int(candidates.size()))) : QVector<const Chip*>();

    QVector<const Chip*> labelled;
    labelled.reserve(candidates.size() + unknownShown.size());
    for (const Candidate& candidate : std::as_const(candidates))
        labelled.append(candidate.chip);
    labelled += unknownShown;
    const QStringList labels = uniqueLabels(labelled);
    for (int i = 0; i < unknownShown.size(); ++i) {
        data.unknownLabels.append(labels[candidates.size() + i]);
        data.unknownChipIds.append(unknownShown[i]->id);
    }
    if (!bar) {
        // A scatter draws no row for them; they are listed for the footnote and callers.
        for (const Chip* chip : std::as_const(unknown)) {
            data.unknownLabels.append(chip->displayShortName());
            data.unknownChipIds.append(chip->id);
        }
    }

    const QHash<QString, int> vendorSlots = VendorSlots::assign(catalog);
    QHash<std::pair<double, double>, int> pointUses;
    // Timeline: a year of several chips spreads its dots across its band, when the axis has one
    // band a year (a dozen years at most, as the chart's year axis draws them).
    QHash<double, int> chipsInYear;
    if (request.kind == ChartRequest::Kind::Timeline && !candidates.isEmpty()) {
        const auto [first, last] = std::minmax_element(candidates.cbegin(), candidates.cend(),
            [](const Candidate& a, const Candidate& b) { return a.x < b.x; });
        if (last->x - first->x <= ChartRequest::kYearBandsUpTo) {
            for (const Candidate& candidate : std::as_const(candidates))
                ++chipsInYear[candidate.x];
        }
    }
    QStringList sources;
    QSet<QString> seenSources;
    bool anyLow = false;
    bool anyDisagree = false;
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate& candidate = candidates[i];
        const Chip& chip = *candidate.chip;
        ChartItem item;
        item.chipId = chip.id;
        item.label = labels[i];
        item.vendor = chip.vendor;
        item.colourSlot = VendorSlots::slotOf(vendorSlots, chip.vendor);
        Marks marks;
        if (bar) {
            const Metric& metric = *request.metric;
            marks = marksOf(metric, chip);
            item.value = candidate.x;
            item.valueText = markedValue(metric, candidate.x, marks);
            item.tooltip = chip.name + u"\n"_s + metric.label + u": "_s + item.valueText + u"\n"_s
                + sourceLine(catalog, metric, chip);
            collectSources(catalog, metric, chip, sources, seenSources);
        } else if (request.kind == ChartRequest::Kind::Timeline) {
            const Metric& y = *request.y;
            marks = marksOf(y, chip);
            item.x = candidate.x;
            item.y = candidate.y;
            item.coincident = pointUses[{ candidate.x, candidate.y }]++;
            if (chipsInYear.value(candidate.x) > 1)
                item.xSpread = spreadWithinYear(candidate.x, candidate.y);
            item.valueText = QString::number(*chip.year) + u", "_s + markedValue(y, candidate.y, marks);
            item.tooltip = chip.name + u"\n"_s + tr("Year announced: %1").arg(*chip.year) + u"\n"_s + y.label
                + u": "_s + markedValue(y, candidate.y, marks) + u" — "_s + sourceLine(catalog, y, chip);
            collectSources(catalog, y, chip, sources, seenSources);
        } else {
            const Metric& x = *request.x;
            const Metric& y = *request.y;
            const Marks mx = marksOf(x, chip);
            const Marks my = marksOf(y, chip);
            marks = { mx.low || my.low, mx.disagree || my.disagree };
            item.x = candidate.x;
            item.y = candidate.y;
            item.coincident = pointUses[{ candidate.x, candidate.y }]++;
            item.valueText = markedValue(x, candidate.x, mx) + u", "_s + markedValue(y, candidate.y, my);
            item.tooltip = chip.name + u"\n"_s + x.label + u": "_s + markedValue(x, candidate.x, mx)
                + u" — "_s + sourceLine(catalog, x, chip) + u"\n"_s + y.label + u": "_s
                + markedValue(y, candidate.y, my) + u" — "_s + sourceLine(catalog, y, chip);
            collectSources(catalog, x, chip, sources, seenSources);
            collectSources(catalog, y, chip, sources, seenSources);
        }
        item.marks = markText(marks);
        item.lowConfidence = marks.low;
        anyLow = anyLow || marks.low;
        anyDisagree = anyDisagree || marks.disagree;
        if (!data.vendors.contains(item.vendor))
            data.vendors.append(item.vendor);
        data.items.append(item);
    }
    data.legend = legendOf(data.items);

    QStringList notes;
    notes.append(tr("ChipCompare catalog of %1.").arg(catalog.date.toString(Qt::ISODate)));
    if (drawable > limit) {
        const bool kept = std::any_of(data.items.cbegin(), data.items.cend(),
            [&request](const ChartItem& item) { return request.keepChipIds.contains(item.chipId); });
        if (bar)
            notes.append(
                (kept ? tr("Showing %1 of %2 chips with a value: the selected ones, then the largest.")
                      : tr("Showing the %1 largest of %2 chips with a value."))
                    .arg(NumberFormat::formatCount(limit), NumberFormat::formatCount(drawable)));
        else
            notes.append(
                (kept ? tr("Showing %1 of %2 chips with both values: the extremes on each axis, the "
                           "selected and compared chips, then an even spread along the x axis.")
                      : tr("Showing %1 of %2 chips with both values: the extremes on each axis, then "
                           "an even spread along the x axis."))
                    .arg(NumberFormat::formatCount(limit), NumberFormat::formatCount(drawable)));
    }
    if (std::any_of(data.legend.cbegin(), data.legend.cend(),
            [](const ChartData::LegendEntry& entry) { return entry.colourSlot < 0; }))
        notes.append(tr("Other (grey): vendors beyond the %1 colours of the palette, ranked by chip count.")
                         .arg(VendorSlots::kSlotCount));
    if (!sources.isEmpty()) {
        QString list = sources.mid(0, kListedSources).join(u"; "_s);
        if (sources.size() > kListedSources)
            list += tr(" and %1 more").arg(NumberFormat::formatCount(sources.size() - kListedSources));
        notes.append(tr("Sources: %1.").arg(list));
    }
    if (anyLow)
        notes.append(tr("* rumored or estimate, or computed from such a value."));
    if (anyDisagree)
        notes.append(tr("† sources disagree."));
    if (!unknown.isEmpty()) {
        QStringList names;
        for (int i = 0; i < unknown.size() && i < kListedUnknowns; ++i)
            names.append(
                i < data.unknownLabels.size() ? data.unknownLabels[i] : unknown[i]->displayShortName());
        QString list = names.join(u", "_s);
        if (unknown.size() > kListedUnknowns)
            list += tr(" and %1 more").arg(NumberFormat::formatCount(unknown.size() - kListedUnknowns));
        notes.append((request.kind == ChartRequest::Kind::Timeline ? tr("n/a (no value or no year): %1.")
                                                                   : tr("n/a (no value): %1."))
                         .arg(list));
    }
    if (!request.note.isEmpty())
        notes.append(request.note);
    data.footnote = notes.join(u' ');
    return data;
}

} // namespace ChartDataBuilder
