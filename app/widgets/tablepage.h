#pragma once

#include "core/catalog.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class ChipFilterProxyModel;
class FrozenColumnTableView;
class NumberCellDelegate;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

// The chip table with its legend, and the menu that shows or hides its columns.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    explicit TablePage(ChipFilterProxyModel* proxy, QWidget* parent = nullptr);

    QTableView* view() const;
    // The columns a comparison starts from, in the order they lead the table after the name.
    static QList<int> keyColumns();
    // Sum of the widths the name and key columns want: what the table needs to show them all.
    int keyColumnsWidth() const;
    QWidget* emptyPlaceholder() const { return m_empty; }
    QMenu* columnMenu() const { return m_columnMenu; }
    QStringList selectedChipIds() const;
    QString currentChipId() const;
    // Each shown column to its header and contents, within limits.
    void fitColumns();
    // Widens each shown number column that its values no longer fit (a catalog came, a value was
    // edited). A column the user narrowed stays so until its values need more than before.
    // The values' extents come from the model's PreparedCatalog, worked out with it.
    void fitNumberColumnsToValues();
    // After the columns were put back as they first were (View → Reset layout): every number
    // column fits its values again, whatever the user had narrowed.
    void refitNumberColumns();
    void selectFirstRow(); // so the details panel never starts empty

signals:
    void clearFiltersRequested();
    void currentChipChanged(const QString& chipId);
    void selectedChipsChanged(const QStringList& chipIds);
    // A number cell of an editable chip was double-clicked or F2'd: the window opens its editor.
    void numberEditRequested(const QString& chipId, const QString& fieldKey);
    void readOnlyEditAttempted(const QString& chipId);

private:
    void rebuildColumnMenu();
    void applyDefaultColumnOrder();
    void updateEmptyState();
    void fitColumn(int column);
    int numberColumnWidthNeeded(int column) const;
    void fitNumberColumn(int column);

    ChipFilterProxyModel* m_proxy;
    FrozenColumnTableView* m_view;
    QWidget* m_empty;
    QMenu* m_columnMenu;
    NumberCellDelegate* m_numberDelegate;
    QHash<int, int> m_fittedWidth; // column -> the width its values needed when last fitted
    // What numberColumnWidthNeeded worked out, for the catalog and look it was worked out for:
    // setting up the window fits the number columns to their values and then the whole table.
    struct NeededWidths
    {
        QWeakPointer<const Catalog> catalog; // weak: never keeps a replaced catalog alive
        QString fontKey;
        const QStyle* style = nullptr;
        QHash<int, int> byColumn;
    };
    mutable NeededWidths m_neededWidths;
    QSet<int> m_fittedColumns; // fitted to header and contents since the table was set up
};
