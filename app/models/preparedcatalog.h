#pragma once

#include "analysis/chipfilter.h"
#include "analysis/metrics.h"
#include "analysis/roworder.h"
#include "analysis/searchindex.h"
#include "core/catalog.h"
#include "core/confidencepolicy.h"
#include "metriccolumnextent.h"

#include <QSharedPointer>
#include <functional>

// Everything the window derives from a catalog to show it: the filter keys and search index of
// every chip, the order by name, the filter menus' choices, the data-quality findings and the
// number columns' widest values. It is the one copy of that data: the table, the filter bar, the
// data-quality panel and the column widths all read it, and none of them derives its own.
// CatalogLoader makes it in its worker thread for a file that opens (on 100,000 chips that is
// seconds of work kept off the event loop); the document makes it for every edit, from the one
// before (after()), redoing only what the edit can have changed.
struct PreparedCatalog
{
    CatalogSnapshot catalog;
    QVector<ChipFilterKeys> filterKeys; // without the search text (see SearchIndex)
    SearchIndex search;
    QList<PolicyFinding> findings;
    RowOrder::SortedRows nameOrder; // RowOrder::byName
    FilterChoices choices;
    QVector<MetricColumnExtent> columnExtents; // one a metric, in Metrics::all() order

    // `keepGoing` is asked now and then; answering false stops the work (the result is then null).
    static QSharedPointer<const PreparedCatalog> of(
        CatalogSnapshot catalog, const std::function<bool()>& keepGoing = {});
    // For `next`, made from `previous` when `next` holds the same chips in the same order (an edit
    // of values): the search texts of the edited chips only, the order by name only when a name
    // changed. Otherwise the same as of(next).
    static QSharedPointer<const PreparedCatalog> after(const PreparedCatalog& previous, CatalogSnapshot next);
    // Same chip ids in the same order.
    static bool sameChips(const Catalog& a, const Catalog& b);
};
using PreparedCatalogPtr = QSharedPointer<const PreparedCatalog>;
