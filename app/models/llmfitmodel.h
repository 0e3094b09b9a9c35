#pragma once

#include "analysis/llmfit.h"
#include "core/catalog.h"

#include <QAbstractTableModel>
#include <QVector>

// One row per chip: how many chips hold the model's weights and the decode upper bound.
class LlmFitModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ChipColumn,
        ChipsNeededColumn,
        DecodeColumn,
        MemoryColumn,
        BandwidthColumn,
        WeightsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, ChipIdRole, ExceedsMaxChipsRole };

    explicit LlmFitModel(QObject* parent = nullptr);
    // `chips` point into `catalog`; the model keeps the snapshot so they stay valid.
    void setInput(CatalogSnapshot catalog, const QVector<const Chip*>& chips, const LlmFit::Input& input);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<double> number(int row, int column) const;

    CatalogSnapshot m_catalog;
    QVector<const Chip*> m_chips;
    QVector<LlmFit::Result> m_results;
    int m_maxChips = LlmFit::Input::kDefaultMaxChips;
};
