#pragma once

#include "analysis/chartdata.h"
#include "chartbuilder.h"

#include <QScrollArea>

class QChartView;

// The one widget that shows a chart in the window (Chart page, LLM fit): the chart keeps a height
// at which no labels overlap, measured from its content, and the area scrolls below that.
class ChartView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    void setChart(const ChartData& data, ChartStyle style);
    QChartView* chartView() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    // Tooltips for the bar or point under the mouse. Done here rather than through each series'
    // hovered(): every scatter series covers the whole plot, so the topmost one takes the hover
    // events of all the others and their points never show a tooltip.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateMinimumHeight();

    QChartView* m_view;
    ChartData m_data;
};
