#pragma once

#include "analysis/chartdata.h"
#include "analysis/llmfit.h"
#include "analysis/metrics.h"

#include <QVariantMap>
#include <QWidget>

class ChipFilterProxyModel;
class ChipTableModel;
class LlmFitModel;
class ChartView;
class QSpinBox;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;
class RebuildScheduler;
class UnknownLastSortProxy;

// Which chips can serve a given LLM: chips needed and a decode upper bound, for the filtered
// chips, with the chart of it one click away.
class LlmFitPage : public QWidget
{
    Q_OBJECT
public:
    LlmFitPage(ChipTableModel* chips, ChipFilterProxyModel* proxy, QWidget* parent = nullptr);

    LlmFit::Input input() const;
    bool setPreset(const QString& key);
    void setCustom(double parameters, double activeParameters);
    void setPrecision(LlmFit::Precision precision);
    void setUsableFraction(double fraction);
    void setChartVisible(bool visible);
    void setMaxChips(int maxChips); // 0: no limit
    // The inputs (model or counts, precision, usable fraction, most chips, chart shown), to
    // remember between sessions.
    QVariantMap state() const;
    void restoreState(const QVariantMap& state);

    LlmFitModel* model() const { return m_model; }
    UnknownLastSortProxy* sortedModel() const { return m_sorted; }
    const ChartData& chartData() const { return m_chartData; }
    ChartView* chartArea() const { return m_chartView; }
    bool exportChart(const QString& path, QSize size, QString* error);

private:
    void scheduleRebuild();
    void rebuild();
    void updateDecodeMetric();

    ChipTableModel* m_chips;
    ChipFilterProxyModel* m_proxy;
    QComboBox* m_preset;
    QDoubleSpinBox* m_params;
    QDoubleSpinBox* m_active;
    QComboBox* m_precision;
    QDoubleSpinBox* m_usable;
    QCheckBox* m_showChart;
    QLabel* m_formula;
    QLabel* m_problem;
    LlmFitModel* m_model;
    UnknownLastSortProxy* m_sorted;
    QTableView* m_view;
    QSpinBox* m_maxChips;
    ChartView* m_chartView;
    Metric m_decodeMetric; // the chart's metric, bound to the current input
    ChartData m_chartData;
    RebuildScheduler* m_scheduler;
    bool m_applyingPreset = false;
};
