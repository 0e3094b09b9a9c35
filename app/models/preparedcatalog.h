#pragma once

#include "analysis/chipfilter.h"
#include "analysis/metrics.h"
#include "metriccolumnextent.h"
#include "analysis/roworder.h"
#include "analysis/searchindex.h"
#include "core/catalog.h"
#include "core/confidencepolicy.h"

#include <QSharedPointer>
#include <functional>

// What the window derives from a whole catalog before it can show it: the filter keys and search
// index of every chip, and the data-quality findings. CatalogLoader makes it in its worker thread,
// so that the GUI thread only swaps it in; on 100,000 chips that is seconds of work kept off the
// event loop.
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
};
using PreparedCatalogPtr = QSharedPointer<const PreparedCatalog>;
