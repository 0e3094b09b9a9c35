#include "chartbuilder.h"
#include "logaxiswarnings.h"

#include "vendorpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTextDocument>
#include <QValueAxis>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kAxisLabelPx = 12;
constexpr int kAxisTitlePx = 13;
constexpr int kTitlePx = 18;
constexpr int kValueLabelPx = 12;
constexpr int kFootnotePx = 11;
constexpr qreal kBarWidth = 0.7; // of a category
constexpr qreal kMarkerSize = 12;

// A chip on the same point as earlier ones is drawn as a ring around them, one size larger each.
qreal markerSize(const ChartItem& item)
{
    return kMarkerSize + 8 * item.coincident;
}

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

struct LegendSlot
{
    QRectF swatch;
    QPointF textPos;
    QString text;
    int colourSlot;
};

constexpr qreal kLegendRow = kAxisLabelPx + 8;
constexpr qreal kSideMargin = 12;

// The legend, flowed into as many rows as `width` needs: full vendor names, never "Amaz…" (Qt's
// own legend truncates names that do not fit one row).
QVector<LegendSlot> flowLegend(const ChartData& data, qreal width, qreal* height)
{
    const QFontMetricsF metrics(pixelFont(kAxisLabelPx));
    QVector<LegendSlot> placed;
    qreal x = kSideMargin;
    qreal y = 0;
    const qreal right = std::max<qreal>(width - kSideMargin, kSideMargin + 80);
    for (const auto& entry : data.legend) {
        const qreal entryWidth = 12 + 5 + metrics.horizontalAdvance(entry.label);
        if (x > kSideMargin && x + entryWidth > right) {
            x = kSideMargin;
            y += kLegendRow;
        }
        const qreal swatchTop = y + (kLegendRow - 12) / 2;
        placed.append({ QRectF(x, swatchTop, 12, 12),
            QPointF(x + 17, y + (kLegendRow - metrics.height()) / 2), entry.label, entry.colourSlot });
        x += entryWidth + 16;
    }
    *height = data.legend.isEmpty() ? 0 : y + kLegendRow;
    return placed;
}

// Text drawn over the chart that Qt Charts cannot draw itself (value labels with units, "n/a"
// rows, point labels, the legend, the footnote); repositioned whenever the plot area moves.
class Annotations : public QObject
{
public:
    Annotations(QChart* chart, const ChartData& data, const ChartStyle& style)
        : QObject(chart)
        , m_chart(chart)
        , m_data(data)
        , m_style(style)
    {
        m_footnote = new QGraphicsTextItem(chart);
        m_footnote->setFont(pixelFont(kFootnotePx));
        m_footnote->setDefaultTextColor(textColour(true));
        m_footnote->setPlainText(data.footnote);
        connect(chart, &QChart::plotAreaChanged, this, [this] { relayout(); });
        connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { relayoutBottom(); });
    }

    QAbstractSeries* series = nullptr; // the series whose coordinates the labels follow
    int categoryCount = 0;
    double barBase = 0; // the value where bars start: 0, or the left end of a log axis

    // Legend rows, then the footnote, along the bottom edge; the plot gets what is left.
    void relayoutBottom()
    {
        const QRectF bounds = m_chart->rect();
        m_footnote->setTextWidth(bounds.width() - 2 * kSideMargin);
        const qreal footnoteHeight = m_footnote->document()->size().height();
        m_footnote->setPos(kSideMargin, bounds.height() - footnoteHeight - 6);
        qreal legendHeight = 0;
        const QVector<LegendSlot> legendSlots = flowLegend(m_data, bounds.width(), &legendHeight);
        const qreal legendTop = bounds.height() - footnoteHeight - 8 - legendHeight;
        qDeleteAll(m_legendItems);
        m_legendItems.clear();
        for (const auto& slot : legendSlots) {
            auto* swatch = new QGraphicsRectItem(slot.swatch.translated(0, legendTop), m_chart);
            swatch->setPen(Qt::NoPen);
            swatch->setBrush(VendorPalette::colour(slot.colourSlot, m_style.dark));
            auto* text = new QGraphicsSimpleTextItem(slot.text, m_chart);
            text->setFont(pixelFont(kAxisLabelPx));
            text->setBrush(textColour());
            text->setPos(slot.textPos + QPointF(0, legendTop));
            m_legendItems << swatch << text;
        }
        QMargins margins = m_chart->margins();
        const int bottom = int(std::ceil(footnoteHeight + legendHeight)) + 14;
        if (margins.bottom() != bottom) {
            margins.setBottom(bottom);
            m_chart->setMargins(margins);
        }
    }

    void relayout()
    {
        fitAxisTitles();
        qDeleteAll(m_labels);
        m_labels.clear();
        if (!series)
            return;
        if (m_data.request.kind == ChartRequest::Kind::Bar)
            layoutBarLabels();
        else
            layoutPointLabels();
    }

private:
    // Qt Charts cuts an axis title longer than its axis ("Memory bandwidth (GB/s, l…"): give it a
    // smaller font instead, down to a size that stays readable.
    void fitAxisTitles()
    {
        constexpr int kSmallestTitlePx = 9;
        constexpr qreal kTitlePadding = 16; // Qt keeps this much of the axis free around its title
        const QRectF plot = m_chart->plotArea();
        for (QAbstractAxis* axis : m_chart->axes()) {
            const qreal room
                = (axis->orientation() == Qt::Vertical ? plot.height() : plot.width()) - kTitlePadding;
            if (axis->titleText().isEmpty() || room <= 0)
                continue;
            int pixels = kAxisTitlePx;
            while (pixels > kSmallestTitlePx
                && QFontMetricsF(pixelFont(pixels, true)).horizontalAdvance(axis->titleText()) > room)
                --pixels;
            if (axis->titleFont().pixelSize() != pixels)
                axis->setTitleFont(pixelFont(pixels, true));
        }
    }

    QColor textColour(bool muted = false) const
    {
        if (m_style.dark)
            return muted ? QColor(0xbb, 0xbb, 0xbb) : QColor(0xee, 0xee, 0xee);
        return muted ? QColor(0x55, 0x55, 0x55) : QColor(0x20, 0x20, 0x20);
    }

    QGraphicsSimpleTextItem* addLabel(const QString& text, bool bold, bool muted = false)
    {
        auto* label = new QGraphicsSimpleTextItem(text, m_chart);
        label->setFont(pixelFont(kValueLabelPx, bold));
        label->setBrush(textColour(muted));
        label->setZValue(20);
        m_labels.append(label);
        return label;
    }

    void layoutBarLabels()
    {
        // Categories run bottom to top; the data lists them top to bottom.
        const int total = categoryCount;
        for (int i = 0; i < m_data.items.size(); ++i) {
            const auto& item = m_data.items[i];
            const int category = total - 1 - i;
            const QPointF end = m_chart->mapToPosition(QPointF(item.value, category), series);
            const bool highlighted = m_style.highlightedChipIds.contains(item.chipId);
            auto* label = addLabel(item.valueText, highlighted);
            label->setPos(end.x() + 6, end.y() - label->boundingRect().height() / 2);
            if (highlighted) {
                // An outline, never a different fill: the bar keeps its vendor's colour.
                const QPointF topLeft
                    = m_chart->mapToPosition(QPointF(barBase, category + kBarWidth / 2), series);
                const QPointF bottomRight
                    = m_chart->mapToPosition(QPointF(item.value, category - kBarWidth / 2), series);
                auto* outline
                    = new QGraphicsRectItem(QRectF(topLeft, bottomRight).adjusted(-2, -2, 2, 2), m_chart);
                outline->setPen(QPen(textColour(), 2));
                outline->setBrush(Qt::NoBrush);
                outline->setZValue(19);
                m_labels.append(outline);
            }
        }
        for (int j = 0; j < m_data.unknownLabels.size(); ++j) {
            const int category = total - 1 - int(m_data.items.size()) - j;
            const QPointF start = m_chart->mapToPosition(QPointF(barBase, category), series);
            auto* label = addLabel(QObject::tr("n/a"), false, true);
            label->setPos(start.x() + 6, start.y() - label->boundingRect().height() / 2);
        }
    }

    void layoutPointLabels()
    {
        omittedLabels = 0;
        QVector<QRectF> placed;
        const QRectF plot = m_chart->plotArea();
        for (const auto& item : m_data.items) {
            const QPointF point = m_chart->mapToPosition(item.plotPoint(), series);
            const qreal radius = markerSize(item) / 2;
            placed.append(QRectF(point - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
        }
        // The chips asked for first, so that they win the free spots beside their dots.
        QVector<const ChartItem*> order;
        for (const auto& item : m_data.items) {
            if (m_data.request.labelFirstChipIds.contains(item.chipId)
                || m_style.highlightedChipIds.contains(item.chipId))
                order.append(&item);
        }
        for (const auto& item : m_data.items) {
            if (!order.contains(&item))
                order.append(&item);
        }
        for (const ChartItem* next : std::as_const(order)) {
            const ChartItem& item = *next;
            const QPointF point = m_chart->mapToPosition(item.plotPoint(), series);
            const bool highlighted = m_style.highlightedChipIds.contains(item.chipId);
            auto* label = addLabel(item.label + item.marks, highlighted);
            const QSizeF size = label->boundingRect().size();
            const qreal r = markerSize(item) / 2;
            // Try right-above, right-below, left-above, left-below, further out: first free spot
            // wins, so chips on one point get their labels stacked beside it.
            const QList<QPointF> offsets { { r + 2, -size.height() - 2 }, { r + 2, 2 },
                { -size.width() - r - 2, -size.height() - 2 }, { -size.width() - r - 2, 2 },
                { r + 2, -size.height() - 16 }, { r + 2, 16 }, { -size.width() - r - 2, -size.height() - 16 },
                { -size.width() - r - 2, 16 }, { r + 2, -size.height() - 30 }, { r + 2, 30 } };
            std::optional<QRectF> chosen;
            for (const QPointF& offset : offsets) {
                QRectF candidate(point + offset, size);
                if (!plot.contains(candidate))
                    continue;
                const bool free = std::none_of(
                    placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(candidate); });
                if (free) {
                    chosen = candidate;
                    break;
                }
            }
            // A label with no free spot is left out rather than drawn over others (tiny
            // pictures); the point keeps its vendor colour and, in the window, its tooltip.
            if (!chosen) {
                m_labels.removeOne(label);
                delete label;
                ++omittedLabels;
                continue;
            }
            label->setPos(chosen->topLeft());
            placed.append(*chosen);
        }
    }

public:
    int omittedLabels = 0; // by the last layout

private:
    QChart* m_chart;
    ChartData m_data;
    ChartStyle m_style;
    QGraphicsTextItem* m_footnote;
    QList<QGraphicsItem*> m_labels;
    QList<QGraphicsItem*> m_legendItems;
};

void styleAxis(QAbstractAxis* axis, const QString& title, bool dark)
{
    axis->setLabelsFont(pixelFont(kAxisLabelPx));
    axis->setTitleFont(pixelFont(kAxisTitlePx, true));
    axis->setTitleText(title);
    const QColor text = dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20);
    axis->setLabelsBrush(text);
    axis->setTitleBrush(text);
}

QAbstractAxis* valueAxis(double minimum, double maximum, bool logarithmic)
{
    if (logarithmic) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(u"%g"_s);
        axis->setMinorTickCount(8);
        // Labels stand only on powers of ten. When the data and some room hold fewer than two
        // (the 60 largest memories of a big catalog, 283 to 288 GB), the range runs out to the
        // powers of ten around it, so the axis is never bare.
        double low = minimum / 1.6;
        double high = maximum * 1.6;
        if (std::floor(std::log10(high)) - std::ceil(std::log10(low)) < 1) {
            low = std::pow(10.0, std::floor(std::log10(low)));
            high = std::pow(10.0, std::ceil(std::log10(high)));
        }
        axis->setRange(low, high);
        return axis;
    }
    auto* axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(axis->max() >= 10 ? u"%.0f"_s : u"%.2g"_s);
    return axis;
}

// Whole years, at most about a dozen ticks (a step of 1, 2, 5, 10 or 20 years, on multiples of the
// step), half a year of room at each end so that no dot sits on the frame.
QAbstractAxis* yearAxis(int first, int last)
{
    if (first > last)
        first = last = QDate::currentDate().year();
    int step = 1;
    for (const int candidate : { 1, 2, 5, 10, 20 }) {
        step = candidate;
        if ((last - first) / candidate <= ChartRequest::kYearBandsUpTo)
            break;
    }
    auto* axis = new QValueAxis;
    axis->setRange(first - 0.5, last + 0.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(first - first % step);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%.0f"_s);
    // One band a year: its lines run between the years (the minor ticks, half-way), not through
    // them, so the dots spread across a year's band read as that year's (ChartItem::xSpread).
    if (step == 1) {
        axis->setGridLineVisible(false);
        axis->setMinorTickCount(1);
        axis->setMinorGridLineVisible(true);
    }
    return axis;
}

// On a log axis a set's share of another vendor's bar cannot be 0 (log 0 is undefined, and Qt
// Charts warns for each); the smallest positive double stacks to nothing, far left of the axis.
constexpr double kNotThisSet = std::numeric_limits<double>::min();

void buildBar(QChart* chart, const ChartData& data, const ChartStyle& style, Annotations* annotations)
{
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(kBarWidth);
    const int total = int(data.items.size() + data.unknownLabels.size());
    // Labels are unique per chart (ChartDataBuilder adds the id where names repeat): the category
    // axis merges equal strings, which would move bars away from their names.
    QStringList categories;
    for (int i = total - 1; i >= 0; --i)
        categories.append(
            i < data.items.size() ? data.items[i].label : data.unknownLabels[i - data.items.size()]);
    // One set per legend colour, zero elsewhere, so every bar has its vendor's colour.
    for (const auto& entry : data.legend) {
        auto* set = new QBarSet(entry.label);
        set->setColor(VendorPalette::colour(entry.colourSlot, style.dark));
        set->setPen(Qt::NoPen);
        for (int c = 0; c < total; ++c) {
            const int index = total - 1 - c;
            const bool mine = index < data.items.size() && data.items[index].colourSlot == entry.colourSlot;
            set->append(mine ? data.items[index].value : (data.request.logX ? kNotThisSet : 0.0));
        }
        series->append(set);
    }
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    styleAxis(categoryAxis, QString(), style.dark);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    double maximum = 0;
    double minimum = std::numeric_limits<double>::max();
    for (const auto& item : data.items) {
        maximum = std::max(maximum, item.value);
        minimum = std::min(minimum, item.value);
    }
    // Room to the right of the longest bar for its value label (a log axis gives it by itself).
    if (data.request.logX)
        LogAxisWarnings::silence();
    auto* axis = data.request.logX && !data.items.isEmpty() ? valueAxis(minimum, maximum, true)
                                                             : valueAxis(0, maximum * 1.22, false);
    styleAxis(axis, data.xAxisTitle, style.dark);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);

    annotations->series = series;
    annotations->categoryCount = total;
    // Where bars start: 0, or a log axis' left end.
    if (auto* log = qobject_cast<QLogValueAxis*>(axis))
        annotations->barBase = log->min();
}

QScatterSeries* pointSeries(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, qreal size)
{
    auto* series = new QScatterSeries;
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(size);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

void buildScatter(QChart* chart, const ChartData& data, const ChartStyle& style, Annotations* annotations)
{
    double minX = std::numeric_limits<double>::max(), maxX = 0, minY = std::numeric_limits<double>::max(),
           maxY = 0;
    for (const auto& item : data.items) {
        minX = std::min(minX, item.x);
        maxX = std::max(maxX, item.x);
        minY = std::min(minY, item.y);
        maxY = std::max(maxY, item.y);
    }
    if (data.items.isEmpty())
        minX = minY = 1;
    QAbstractAxis* xAxis = nullptr;
    if (data.request.kind == ChartRequest::Kind::Timeline) {
        xAxis = yearAxis(int(minX), int(maxX));
    } else {
        xAxis = valueAxis(minX, data.request.logX ? maxX : maxX * 1.12, data.request.logX);
    }
    auto* yAxis = valueAxis(minY, data.request.logY ? maxY : maxY * 1.12, data.request.logY);
    styleAxis(xAxis, data.xAxisTitle, style.dark);
    styleAxis(yAxis, data.yAxisTitle, style.dark);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // One filled series per legend colour; chips on a point already taken become rings around it
    // (one series per colour and ring size), so no chip hides another.
    struct Group
    {
        QScatterSeries* series;
        QStringList tooltips; // in the series' point order
    };
    QHash<std::pair<int, int>, Group> groups;
    QScatterSeries* first = nullptr;
    for (const auto& entry : data.legend) {
        auto* series = pointSeries(chart, xAxis, yAxis, kMarkerSize);
        series->setName(entry.label);
        const QColor colour = VendorPalette::colour(entry.colourSlot, style.dark);
        series->setColor(colour);
        series->setBorderColor(colour.darker(140));
        groups.insert({ entry.colourSlot, 0 }, { series, {} });
        if (!first)
            first = series;
    }
    for (const auto& item : data.items) {
        const std::pair<int, int> key { item.colourSlot, item.coincident };
        if (!groups.contains(key)) {
            auto* ring = pointSeries(chart, xAxis, yAxis, markerSize(item));
            const QColor colour = VendorPalette::colour(item.colourSlot, style.dark);
            ring->setColor(Qt::transparent);
            ring->setPen(QPen(colour, 2.5));
            groups.insert(key, { ring, {} });
        }
        Group& group = groups[key];
        group.series->append(item.plotPoint());
        group.tooltips.append(item.tooltip);
    }
    if (!style.highlightedChipIds.isEmpty()) {
        auto* ring = pointSeries(chart, xAxis, yAxis, 22);
        ring->setName(QObject::tr("selected"));
        ring->setColor(Qt::transparent);
        ring->setPen(QPen(style.dark ? Qt::white : Qt::black, 2));
        for (const auto& item : data.items) {
            if (style.highlightedChipIds.contains(item.chipId))
                ring->append(item.plotPoint());
        }
    }
    annotations->series = first;
}

} // namespace

namespace ChartBuilder {

QList<int> itemsAt(QChart* chart, const ChartData& data, QPointF chartPosition)
{
    QList<int> found;
    if (chart->series().isEmpty() || !chart->plotArea().contains(chartPosition))
        return found;
    QAbstractSeries* series = chart->series().first(); // every series shares the axes
    if (data.request.kind == ChartRequest::Kind::Bar) {
        const int total = int(data.items.size() + data.unknownLabels.size());
        const int category = int(std::lround(chart->mapToValue(chartPosition, series).y()));
        const int index = total - 1 - category;
        if (index >= 0 && index < data.items.size())
            found.append(index);
        return found;
    }
    QVector<std::pair<qreal, int>> hits;
    for (int i = 0; i < data.items.size(); ++i) {
        const ChartItem& item = data.items[i];
        const QPointF centre = chart->mapToPosition(item.plotPoint(), series);
        const qreal distance = QLineF(centre, chartPosition).length();
        if (distance <= markerSize(item) / 2 + 2)
            hits.append({ distance, i });
    }
    std::stable_sort(
        hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& hit : std::as_const(hits))
        found.append(hit.second);
    return found;
}

int minimumLayoutHeight(const ChartData& data, qreal layoutWidth)
{
    // Title and axes, the legend and footnote as they wrap at this width, then one label height
    // and a gap per bar (or a usable plot for a scatter).
    constexpr int kTitleAxes = 160;
    constexpr int kRowHeight = kValueLabelPx + 8;
    constexpr int kScatterPlot = 170;
    const QFontMetricsF metrics(pixelFont(kFootnotePx));
    const qreal footnote
        = metrics
              .boundingRect(QRectF(0, 0, std::max<qreal>(layoutWidth - 2 * kSideMargin, 50), 1e6),
                  Qt::TextWordWrap, data.footnote)
              .height();
    qreal legend = 0;
    flowLegend(data, layoutWidth, &legend);
    const int fixed = kTitleAxes + int(std::ceil(footnote + legend));
    if (data.isPointChart())
        return fixed + kScatterPlot;
    return fixed + int(data.items.size() + data.unknownLabels.size()) * kRowHeight;
}

QChart* build(const ChartData& data, const ChartStyle& style)
{
    auto* chart = new QChart;
    // The theme first: it resets colours and fonts that are set below.
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(data.title);
    chart->setTitleFont(pixelFont(kTitlePx, true));
    chart->setTitleBrush(style.dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20));
    // Annotations draws a legend that wraps instead of truncating vendor names.
    chart->legend()->hide();
    chart->setMargins(QMargins(8, 4, 16, 40));

    auto* annotations = new Annotations(chart, data, style);
    if (data.request.kind == ChartRequest::Kind::Bar)
        buildBar(chart, data, style, annotations);
    else
        buildScatter(chart, data, style, annotations);
    return chart;
}

} // namespace ChartBuilder
