#pragma once

#include <QWidget>

class ChipFilterProxyModel;
class ChipTableModel;
class EcosystemModel;
class QTableView;

// The ecosystem matrix for the chips the filters show.
class EcosystemPage : public QWidget
{
    Q_OBJECT
public:
    EcosystemPage(ChipTableModel* chips, ChipFilterProxyModel* proxy, QWidget* parent = nullptr);
    EcosystemModel* model() const { return m_model; }

private:
    void rebuild();

    ChipTableModel* m_chips;
    ChipFilterProxyModel* m_proxy;
    EcosystemModel* m_model;
    QTableView* m_view;
};
