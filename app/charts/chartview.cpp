#include "chartview.h"

#include <QChart>
#include <QChartView>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;
#include <QScrollBar>

ChartView::ChartView(QWidget* parent)
    : QScrollArea(parent)
    , m_view(new QChartView)
{
    m_view->setRenderHint(QPainter::Antialiasing);
    // The chart adapts to the view, never the window to the chart's preferred height.
    m_view->setMinimumSize(200, 120);
    setWidget(m_view);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
}

bool ChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseMove && m_view->chart()) {
        const auto* move = static_cast<QMouseEvent*>(event);
        const QPointF scenePosition = m_view->mapToScene(move->position().toPoint());
        const QList<int> items
            = ChartBuilder::itemsAt(m_view->chart(), m_data, m_view->chart()->mapFromScene(scenePosition));
        QStringList tips;
        for (const int index : items)
            tips.append(m_data.items[index].tooltip);
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(move->globalPosition().toPoint(), tips.join(u"\n\n"_s), m_view->viewport());
    }
    return QScrollArea::eventFilter(watched, event);
}

void ChartView::setChart(const ChartData& data, ChartStyle style)
{
    m_data = data;
    QChart* chart = ChartBuilder::build(m_data, style);
    // QChartView raises its minimum to the chart's; keep small windows possible.
    chart->setMinimumSize(200, 120);
    QChart* previous = m_view->chart();
    m_view->setChart(chart);
    delete previous; // setChart releases, but does not delete, the chart it replaces
    // What a screen reader says for a picture: its title as the name, the chart in words.
    m_view->setAccessibleName(m_data.title);
    m_view->setAccessibleDescription(m_data.textAlternative());
    updateMinimumHeight();
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    // The footnote and legend wrap differently at another width.
    if (event->size().width() != event->oldSize().width())
        updateMinimumHeight();
}

void ChartView::updateMinimumHeight()
{
    // Below this height labels would overlap: scroll instead.
    m_view->setMinimumHeight(ChartBuilder::minimumLayoutHeight(m_data, viewport()->width()));
}
