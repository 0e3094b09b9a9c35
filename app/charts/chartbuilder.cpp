#include "chartbuilder.h"

#include "vendorpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTextDocument>
#include <QToolTip>
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

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// Text drawn over the chart that Qt Charts cannot draw itself (value labels with units, "n/a"
// rows, point labels, the footnote); repositioned whenever the plot area moves.
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
        connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { relayoutFootnote(); });
    }

    QAbstractSeries* series = nullptr; // the series whose coordinates the labels follow
    int categoryCount = 0;

    void relayoutFootnote()
    {
        const QRectF bounds = m_chart->rect();
        m_footnote->setTextWidth(bounds.width() - 24);
        const qreal height = m_footnote->document()->size().height();
        m_footnote->setPos(12, bounds.height() - height - 6);
        QMargins margins = m_chart->margins();
        const int bottom = int(std::ceil(height)) + 8;
        if (margins.bottom() != bottom) {
            margins.setBottom(bottom);
            m_chart->setMargins(margins);
        }
    }

    void relayout()
    {
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
                const QPointF top = m_chart->mapToPosition(QPointF(0, category + 0.5), series);
                const QPointF bottom = m_chart->mapToPosition(QPointF(0, category - 0.5), series);
                auto* band = new QGraphicsRectItem(QRectF(m_chart->plotArea().left(), top.y(),
                                                       m_chart->plotArea().width(), bottom.y() - top.y()),
                    m_chart);
                band->setPen(Qt::NoPen);
                band->setBrush(m_style.dark ? QColor(255, 255, 255, 40) : QColor(255, 200, 0, 60));
                band->setZValue(19);
                m_labels.append(band);
            }
        }
        for (int j = 0; j < m_data.unknownLabels.size(); ++j) {
            const int category = total - 1 - int(m_data.items.size()) - j;
            const QPointF start = m_chart->mapToPosition(QPointF(0, category), series);
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
            const QPointF point = m_chart->mapToPosition(QPointF(item.x, item.y), series);
            placed.append(QRectF(point - QPointF(6, 6), QSizeF(12, 12)));
        }
        for (const auto& item : m_data.items) {
            const QPointF point = m_chart->mapToPosition(QPointF(item.x, item.y), series);
            const bool highlighted = m_style.highlightedChipIds.contains(item.chipId);
            auto* label = addLabel(item.label + item.marks, highlighted);
            const QSizeF size = label->boundingRect().size();
            // Try right-above, right-below, left-above, left-below, further out: first free spot wins.
            const QList<QPointF> offsets { { 8, -size.height() - 2 }, { 8, 2 },
                { -size.width() - 8, -size.height() - 2 }, { -size.width() - 8, 2 },
                { 8, -size.height() - 16 }, { 8, 16 }, { -size.width() - 8, -size.height() - 16 },
                { -size.width() - 8, 16 } };
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
        axis->setRange(minimum / 1.6, maximum * 1.6);
        return axis;
    }
    auto* axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(axis->max() >= 10 ? u"%.0f"_s : u"%.2g"_s);
    return axis;
}

void buildBar(QChart* chart, const ChartData& data, const ChartStyle& style, Annotations* annotations)
{
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    const int total = int(data.items.size() + data.unknownLabels.size());
    QStringList categories;
    for (int i = total - 1; i >= 0; --i)
        categories.append(
            i < data.items.size() ? data.items[i].label : data.unknownLabels[i - data.items.size()]);
    // One set per vendor, zero elsewhere, so every bar has its vendor's colour and the legend
    // lists vendors.
    for (const auto& vendor : data.vendors) {
        auto* set = new QBarSet(vendor);
        set->setColor(VendorPalette::colour(vendor, style.dark));
        set->setPen(Qt::NoPen);
        for (int c = 0; c < total; ++c) {
            const int index = total - 1 - c;
            const bool mine = index < data.items.size() && data.items[index].vendor == vendor;
            set->append(mine ? data.items[index].value : 0.0);
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
    for (const auto& item : data.items)
        maximum = std::max(maximum, item.value);
    // Room to the right of the longest bar for its value label.
    auto* axis = valueAxis(0, maximum * 1.22, false);
    styleAxis(axis, data.xAxisTitle, style.dark);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);

    annotations->series = series;
    annotations->categoryCount = total;
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
    auto* xAxis = valueAxis(minX, data.request.logX ? maxX : maxX * 1.12, data.request.logX);
    auto* yAxis = valueAxis(minY, data.request.logY ? maxY : maxY * 1.12, data.request.logY);
    styleAxis(xAxis, data.xAxisTitle, style.dark);
    styleAxis(yAxis, data.yAxisTitle, style.dark);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    QScatterSeries* first = nullptr;
    for (const auto& vendor : data.vendors) {
        auto* series = new QScatterSeries;
        series->setName(vendor);
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(12);
        const QColor colour = VendorPalette::colour(vendor, style.dark);
        series->setColor(colour);
        series->setBorderColor(colour.darker(140));
        QStringList tooltips; // in the series' point order
        for (const auto& item : data.items) {
            if (item.vendor == vendor) {
                series->append(item.x, item.y);
                tooltips.append(item.tooltip);
            }
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (style.interactive) {
            QObject::connect(series, &QScatterSeries::hovered, series,
                [series, tooltips](const QPointF& point, bool entered) {
                    if (!entered) {
                        QToolTip::hideText();
                        return;
                    }
                    for (int i = 0; i < series->count(); ++i) {
                        if (series->at(i) == point) {
                            QToolTip::showText(QCursor::pos(), tooltips.value(i));
                            return;
                        }
                    }
                });
        }
        if (!first)
            first = series;
    }
    if (!style.highlightedChipIds.isEmpty()) {
        auto* ring = new QScatterSeries;
        ring->setName(QObject::tr("selected"));
        ring->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        ring->setMarkerSize(22);
        ring->setColor(Qt::transparent);
        ring->setBorderColor(style.dark ? Qt::white : Qt::black);
        QPen pen = ring->pen();
        pen.setWidthF(2);
        pen.setColor(style.dark ? Qt::white : Qt::black);
        ring->setPen(pen);
        for (const auto& item : data.items) {
            if (style.highlightedChipIds.contains(item.chipId))
                ring->append(item.x, item.y);
        }
        chart->addSeries(ring);
        ring->attachAxis(xAxis);
        ring->attachAxis(yAxis);
        for (auto* marker : chart->legend()->markers(ring))
            marker->setVisible(false);
    }
    annotations->series = first;
}

} // namespace

namespace ChartBuilder {

int minimumLayoutHeight(const ChartData& data, qreal layoutWidth)
{
    // Title, axes and legend, the footnote as it wraps at this width, then one label height and a
    // gap per bar (or a usable plot for a scatter).
    constexpr int kTitleAxesLegend = 190;
    constexpr int kRowHeight = kValueLabelPx + 8;
    constexpr int kScatterPlot = 170;
    const QFontMetricsF metrics(pixelFont(kFootnotePx));
    const qreal footnote = metrics
                               .boundingRect(QRectF(0, 0, std::max<qreal>(layoutWidth - 24, 50), 1e6),
                                   Qt::TextWordWrap, data.footnote)
                               .height();
    const int fixed = kTitleAxesLegend + int(std::ceil(footnote));
    if (data.request.kind == ChartRequest::Kind::Scatter)
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
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(pixelFont(kAxisLabelPx));
    chart->legend()->setLabelColor(style.dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20));
    chart->setMargins(QMargins(8, 4, 16, 40));

    auto* annotations = new Annotations(chart, data, style);
    if (data.request.kind == ChartRequest::Kind::Bar)
        buildBar(chart, data, style, annotations);
    else
        buildScatter(chart, data, style, annotations);
    return chart;
}

} // namespace ChartBuilder
