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

private:
    void updateMinimumHeight();

    QChartView* m_view;
    ChartData m_data;
};
