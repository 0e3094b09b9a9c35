#pragma once

#include "analysis/chipfilter.h"
#include "unknownlastsortproxy.h"

#include <QVector>

class ChipTableModel;
struct Chip;

// The chips the user has narrowed the catalog to, in the table's order. Every view of "the chips
// shown" (table, chart, ecosystem matrix, LLM fit, CSV export) reads this one proxy.
class ChipFilterProxyModel : public UnknownLastSortProxy
{
    Q_OBJECT
public:
    explicit ChipFilterProxyModel(ChipTableModel* source, QObject* parent = nullptr);

    void setFilter(const ChipFilter& filter);
    const ChipFilter& filter() const { return m_filter; }
    QVector<const Chip*> visibleChips() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ChipTableModel* m_chips;
    ChipFilter m_filter;
};
