#include "preparedcatalog.h"

#include "analysis/roworder.h"

QSharedPointer<const PreparedCatalog> PreparedCatalog::of(
    CatalogSnapshot catalog, const std::function<bool()>& keepGoing)
{
    auto prepared = QSharedPointer<PreparedCatalog>::create();
    prepared->filterKeys.reserve(catalog->chips.size());
    for (const Chip& chip : catalog->chips)
        prepared->filterKeys.append(ChipFilterKeys::of(chip, false));
    if (keepGoing && !keepGoing())
        return {};
    prepared->search.build(catalog->chips);
    if (keepGoing && !keepGoing())
        return {};
    prepared->findings = ConfidencePolicy::checkCatalog(*catalog);
    prepared->nameOrder = RowOrder::byName(catalog->chips);
    prepared->choices = FilterChoices::of(*catalog);
    for (const Metric& metric : Metrics::all())
        prepared->columnExtents.append(MetricColumnExtent::of(metric, catalog->chips));
    prepared->catalog = std::move(catalog);
    return prepared;
}
