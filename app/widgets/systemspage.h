#pragma once

#include "analysis/chartdata.h"

#include <QWidget>

class ChartView;
class ChipTableModel;
class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SystemTableModel;

// Racks and supernodes (CloudMatrix 384, GB200 NVL72, Atlas 950): the systems of the catalog in
// use in a sortable table, and a bar chart of one figure, per system or per watt. Figures the
// catalog does not give for a system are the chip's × the number of chips, in italics (≈ on a bar).
class SystemsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SystemsPage(ChipTableModel* chips, QWidget* parent = nullptr);

    SystemTableModel* model() const { return m_model; }
    const ChartData& chartData() const { return m_data; }
    bool setChartFigure(const QString& key); // a numeric column of `chipcompare systems`
    QStringList selectedSystemIds() const; // in the table's order
    QPushButton* compareButton() const { return m_compare; }

signals:
    // Compare selected: these systems side by side on the Compare page.
    void compareRequested(const QStringList& systemIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void rebuildChart();

    ChipTableModel* m_chips;
    SystemTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QComboBox* m_figure;
    QPushButton* m_compare;
    ChartView* m_chart;
    ChartData m_data;
};
