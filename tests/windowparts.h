#pragma once

// The parts of the main window a GUI test works with, found as a user's tools find them: by object
// name, from the widgets on screen. (MainWindow has no accessors for tests.) Each helper fails the
// calling test's QVERIFY when asked of a window without that part: check with QVERIFY(part(w)).

#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/dataqualitymodel.h"
#include "widgets/detailspanel.h"
#include "widgets/filterbar.h"
#include "widgets/tablepage.h"

#include <QLabel>
#include <QTableView>
#include <QWidget>

inline TablePage* tablePage(const QWidget& window)
{
    return window.findChild<TablePage*>(QStringLiteral("tablePage"));
}
inline QTableView* chipTable(const QWidget& window)
{
    return window.findChild<QTableView*>(QStringLiteral("chipTable"));
}
// What the table shows: the chips the filters let through, in the table's order.
inline ChipFilterProxyModel* chipProxy(const QWidget& window)
{
    QTableView* table = chipTable(window);
    return table ? qobject_cast<ChipFilterProxyModel*>(table->model()) : nullptr;
}
// Every chip of the catalog in use, one row each.
inline ChipTableModel* chipModel(const QWidget& window)
{
    ChipFilterProxyModel* proxy = chipProxy(window);
    return proxy ? qobject_cast<ChipTableModel*>(proxy->sourceModel()) : nullptr;
}
inline FilterBar* filterBar(const QWidget& window)
{
    return window.findChild<FilterBar*>(QStringLiteral("filterBar"));
}
inline DetailsPanel* detailsPanel(const QWidget& window)
{
    return window.findChild<DetailsPanel*>(QStringLiteral("detailsPanel"));
}
// The status bar's permanent summary of the catalog in use.
inline QLabel* catalogSummary(const QWidget& window)
{
    return window.findChild<QLabel*>(QStringLiteral("catalogSummary"));
}
// The findings of the Data quality panel (its view is built when the panel first shows).
inline DataQualityModel* dataQualityModel(const QWidget& window)
{
    return window.findChild<DataQualityModel*>(QStringLiteral("dataQualityModel"));
}
