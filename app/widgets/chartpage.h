#pragma once

#include "analysis/chartdata.h"

#include <QSet>
#include <QVariantMap>
#include <QWidget>

class ChipFilterProxyModel;
class ChipTableModel;
class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class ChartView;
class RebuildScheduler;

// The chart beside the table: drawn from the same filtered model, so a filter change redraws it,
// and the table's selection is emphasised in it.
class ChartPage : public QWidget
{
    Q_OBJECT
public:
    ChartPage(ChipTableModel* model, ChipFilterProxyModel* proxy, QWidget* parent = nullptr);

    ChartRequest request() const;
    void setKind(ChartRequest::Kind kind);
    bool setBarMetric(const QString& key);
    bool setScatterMetrics(const QString& xKey, const QString& yKey);
    void setHighlightedChips(const QStringList& chipIds);
    // Chips the cap never drops besides the selected ones (the Compare page's).
    void setComparedChips(const QStringList& chipIds);
    void setMaxItems(int maxItems); // 0: the default cap
    // What the user chose (kind, metrics, log axes, cap), to remember between sessions; restoring
    // ignores what no longer exists.
    QVariantMap state() const;
    void restoreState(const QVariantMap& state);
    int maxItems() const;
    const QSet<QString>& highlightedChips() const { return m_highlighted; }

    // What is drawn now: rebuilt on the event-loop turn after a change while the page shows, on
    // showing it otherwise; export and render bring it up to date first.
    const ChartData& chartData() const { return m_data; }
    QChartView* chartView() const;

    QImage renderImage(QSize pixelSize, double scale = 0);
    bool exportChart(const QString& path, QSize pixelSize, double scale, QString* error);

public slots:
    void rebuild();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateControls();
    bool isDark() const;

    ChipTableModel* m_model;
    ChipFilterProxyModel* m_proxy;
    QComboBox* m_kind;
    QComboBox* m_metric;
    QComboBox* m_x;
    QComboBox* m_y;
    QCheckBox* m_logX;
    QCheckBox* m_logY;
    QLabel* m_xLabel;
    QLabel* m_yLabel;
    QLabel* m_metricLabel;
    QLabel* m_maxLabel;
    QSpinBox* m_maxItems;
    ChartView* m_chart;
    ChartData m_data;
    QSet<QString> m_highlighted;
    QSet<QString> m_compared;
    RebuildScheduler* m_scheduler;
};
