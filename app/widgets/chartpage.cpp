#include "chartpage.h"

#include "analysis/metrics.h"
#include "charts/chartbuilder.h"
#include "charts/chartexport.h"
#include "charts/chartview.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "rebuildscheduler.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
void fillMetrics(QComboBox* combo)
{
    for (const auto& metric : Metrics::all())
        combo->addItem(metric.axisTitle(), metric.key);
}

bool selectKey(QComboBox* combo, const QString& key)
{
    const Metric* metric = Metrics::find(key);
    const int index = metric ? combo->findData(metric->key) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}
} // namespace

ChartPage::ChartPage(ChipTableModel* model, ChipFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_kind(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_x(new QComboBox(this))
    , m_y(new QComboBox(this))
    , m_logX(new QCheckBox(tr("log"), this))
    , m_logY(new QCheckBox(tr("log"), this))
    , m_xLabel(new QLabel(tr("X:"), this))
    , m_yLabel(new QLabel(tr("Y:"), this))
    , m_metricLabel(new QLabel(tr("Metric:"), this))
    , m_maxLabel(new QLabel(tr("&Most chips:"), this))
    , m_maxItems(new QSpinBox(this))
    , m_chart(new ChartView(this))
    , m_scheduler(new RebuildScheduler(this))
{
    setObjectName(u"chartPage"_s);
    m_kind->setObjectName(u"chartKind"_s);
    m_x->setObjectName(u"chartX"_s);
    m_y->setObjectName(u"chartY"_s);
    m_logX->setObjectName(u"chartLogX"_s);
    m_logY->setObjectName(u"chartLogY"_s);
    m_logX->setToolTip(tr("A logarithmic value axis: the bar chart's, or the scatter chart's x axis"));
    m_kind->addItem(tr("Bar chart"), int(ChartRequest::Kind::Bar));
    m_kind->addItem(tr("Scatter chart"), int(ChartRequest::Kind::Scatter));
    m_kind->addItem(tr("Timeline"), int(ChartRequest::Kind::Timeline));
    m_kind->setToolTip(tr("Timeline: the y metric by the year each chip was announced, on a log axis "
                          "unless you untick it."));
    fillMetrics(m_metric);
    fillMetrics(m_x);
    fillMetrics(m_y);
    selectKey(m_metric, u"bandwidth-gbs"_s);
    selectKey(m_x, u"memory-gb"_s);
    selectKey(m_y, u"bandwidth-gbs"_s);
    // The cap: above it the chart keeps the extremes, the selected and compared chips, then an even
    // spread (see ChartDataBuilder). 0 shows the default for the chart kind.
    m_maxItems->setObjectName(u"maxChartItems"_s);
    m_maxItems->setRange(0, 100000);
    m_maxItems->setSpecialValueText(tr("default"));
    m_maxItems->setGroupSeparatorShown(true);
    m_maxItems->setToolTip(tr("Most chips one chart draws. Above it the chart keeps the extremes on "
                              "each axis, the selected and compared chips, then an even spread; the "
                              "footnote says so. Default: %1 bars or %2 points.")
                               .arg(ChartRequest::kDefaultBarLimit)
                               .arg(ChartRequest::kDefaultScatterLimit));
    m_maxLabel->setBuddy(m_maxItems);
    m_chart->setObjectName(u"chartArea"_s);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(m_metricLabel);
    controls->addWidget(m_metric);
    controls->addWidget(m_xLabel);
    controls->addWidget(m_x);
    controls->addWidget(m_logX);
    controls->addWidget(m_yLabel);
    controls->addWidget(m_y);
    controls->addWidget(m_logY);
    controls->addStretch(1);
    controls->addWidget(m_maxLabel);
    controls->addWidget(m_maxItems);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);

    m_scheduler->watch(proxy);
    connect(m_scheduler, &RebuildScheduler::rebuild, this, &ChartPage::rebuild);
    // A timeline spans orders of magnitude (a 2019 part next to a 2025 one): it starts on a log axis.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (request().kind == ChartRequest::Kind::Timeline)
            m_logY->setChecked(true);
    });
    for (QComboBox* combo : { m_kind, m_metric, m_x, m_y })
        connect(combo, &QComboBox::currentIndexChanged, m_scheduler, &RebuildScheduler::request);
    connect(m_maxItems, &QSpinBox::valueChanged, m_scheduler, &RebuildScheduler::request);
    for (QCheckBox* box : { m_logX, m_logY })
        connect(box, &QCheckBox::toggled, m_scheduler, &RebuildScheduler::request);
    updateControls();
    rebuild();
}

ChartRequest ChartPage::request() const
{
    ChartRequest request;
    request.kind = ChartRequest::Kind(m_kind->currentData().toInt());
    request.metric = Metrics::find(m_metric->currentData().toString());
    request.x = Metrics::find(m_x->currentData().toString());
    request.y = Metrics::find(m_y->currentData().toString());
    request.logX = m_logX->isChecked();
    request.logY = m_logY->isChecked();
    request.maxItems = m_maxItems->value();
    request.keepChipIds = m_highlighted + m_compared;
    if (request.kind == ChartRequest::Kind::Timeline)
        request.labelFirstChipIds = ChartRequest::seedChipIds() + m_compared;
    return request;
}

void ChartPage::setKind(ChartRequest::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

bool ChartPage::setBarMetric(const QString& key)
{
    return selectKey(m_metric, key);
}

bool ChartPage::setScatterMetrics(const QString& xKey, const QString& yKey)
{
    return selectKey(m_x, xKey) && selectKey(m_y, yKey);
}

void ChartPage::setHighlightedChips(const QStringList& chipIds)
{
    const QSet<QString> ids(chipIds.begin(), chipIds.end());
    if (ids == m_highlighted)
        return;
    m_highlighted = ids;
    m_scheduler->request();
}

void ChartPage::setComparedChips(const QStringList& chipIds)
{
    const QSet<QString> ids(chipIds.begin(), chipIds.end());
    if (ids == m_compared)
        return;
    m_compared = ids;
    m_scheduler->request();
}

void ChartPage::setMaxItems(int maxItems)
{
    m_maxItems->setValue(maxItems);
}

int ChartPage::maxItems() const
{
    return m_maxItems->value();
}

QChartView* ChartPage::chartView() const
{
    return m_chart->chartView();
}

QVariantMap ChartPage::state() const
{
    return { { u"kind"_s, ChartData::kindKey(ChartRequest::Kind(m_kind->currentData().toInt())) },
        { u"metric"_s, m_metric->currentData() }, { u"x"_s, m_x->currentData() },
        { u"y"_s, m_y->currentData() }, { u"logX"_s, m_logX->isChecked() },
        { u"logY"_s, m_logY->isChecked() }, { u"maxItems"_s, m_maxItems->value() } };
}

void ChartPage::restoreState(const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    const QString kind = state.value(u"kind"_s).toString();
    setKind(kind == ChartData::kindKey(ChartRequest::Kind::Scatter)    ? ChartRequest::Kind::Scatter
            : kind == ChartData::kindKey(ChartRequest::Kind::Timeline) ? ChartRequest::Kind::Timeline
                                                                       : ChartRequest::Kind::Bar);
    setBarMetric(state.value(u"metric"_s).toString());
    setScatterMetrics(state.value(u"x"_s).toString(), state.value(u"y"_s).toString());
    m_logX->setChecked(state.value(u"logX"_s).toBool());
    m_logY->setChecked(state.value(u"logY"_s).toBool());
    m_maxItems->setValue(state.value(u"maxItems"_s, m_maxItems->value()).toInt());
}

bool ChartPage::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ChartPage::updateControls()
{
    const auto kind = request().kind;
    const bool bar = kind == ChartRequest::Kind::Bar;
    m_metricLabel->setVisible(bar);
    m_metric->setVisible(bar);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_xLabel, m_x })
        widget->setVisible(kind == ChartRequest::Kind::Scatter);
    // A bar chart's value axis runs along x: the same box makes it logarithmic (thousands of chips
    // from 32 KB boards to 288 GB accelerators).
    m_logX->setVisible(kind != ChartRequest::Kind::Timeline);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_yLabel, m_y, m_logY })
        widget->setVisible(!bar);
}

void ChartPage::rebuild()
{
    updateControls();
    m_data = ChartDataBuilder::build(m_model->catalog(), m_proxy->visibleChips(), request());
    ChartStyle style;
    style.dark = isDark();
    style.highlightedChipIds = m_highlighted;
    m_chart->setChart(m_data, style);
}

void ChartPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Themes overwrite series colours: rebuild so vendor colours follow a light/dark switch.
    if (event->type() == QEvent::PaletteChange)
        m_scheduler->request();
}

QImage ChartPage::renderImage(QSize pixelSize, double scale)
{
    m_scheduler->flush();
    return ChartExport::renderImage(m_data, pixelSize, scale);
}

bool ChartPage::exportChart(const QString& path, QSize pixelSize, double scale, QString* error)
{
    m_scheduler->flush();
    return ChartExport::exportToFile(m_data, path, pixelSize, scale, error);
}
