#include "chartpage.h"

#include "analysis/metrics.h"
#include "chartbuilder.h"
#include "chartexport.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "widgets/rebuildscheduler.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
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
    , m_scroll(new QScrollArea(this))
    , m_view(new QChartView)
    , m_scheduler(new RebuildScheduler(this))
{
    setObjectName(u"chartPage"_s);
    m_kind->addItem(tr("Bar chart"), int(ChartRequest::Kind::Bar));
    m_kind->addItem(tr("Scatter chart"), int(ChartRequest::Kind::Scatter));
    fillMetrics(m_metric);
    fillMetrics(m_x);
    fillMetrics(m_y);
    selectKey(m_metric, u"bandwidth-gbs"_s);
    selectKey(m_x, u"memory-gb"_s);
    selectKey(m_y, u"bandwidth-gbs"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The chart adapts to the view, never the window to the chart's preferred height.
    m_view->setMinimumSize(200, 120);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_scroll, 1);

    m_scheduler->watch(proxy);
    connect(m_scheduler, &RebuildScheduler::rebuild, this, &ChartPage::rebuild);
    for (QComboBox* combo : { m_kind, m_metric, m_x, m_y })
        connect(combo, &QComboBox::currentIndexChanged, m_scheduler, &RebuildScheduler::request);
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

bool ChartPage::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ChartPage::updateControls()
{
    const bool bar = request().kind == ChartRequest::Kind::Bar;
    m_metricLabel->setVisible(bar);
    m_metric->setVisible(bar);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_xLabel, m_x, m_logX, m_yLabel, m_y, m_logY })
        widget->setVisible(!bar);
}

void ChartPage::rebuild()
{
    updateControls();
    m_data = ChartDataBuilder::build(m_model->catalog(), m_proxy->visibleChips(), request());
    ChartStyle style;
    style.dark = isDark();
    style.highlightedChipIds = m_highlighted;
    style.interactive = true;
    QChart* chart = ChartBuilder::build(m_data, style);
    // QChartView raises its minimum to the chart's; keep small windows possible.
    chart->setMinimumSize(200, 120);
    // Below this height labels would overlap: scroll instead.
    m_view->setMinimumHeight(ChartBuilder::minimumLayoutHeight(m_data, m_scroll->viewport()->width()));
    QChart* previous = m_view->chart();
    m_view->setChart(chart);
    delete previous; // setChart releases, but does not delete, the chart it replaces
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
