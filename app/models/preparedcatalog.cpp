#include "preparedcatalog.h"

#include "analysis/roworder.h"
#include "core/chipfields.h"

#include <algorithm>

namespace {

// The fields Chip::searchText is made of.
bool sameSearchText(const Chip& a, const Chip& b)
{
    const auto& fields = ChipFields::searchable();
    return std::all_of(fields.cbegin(), fields.cend(),
        [&](const ChipField* field) { return field->value(a) == field->value(b); });
}

// The parts that look at every chip whatever changed: cheap next to the search index and the sort.
void deriveWholeCatalogParts(PreparedCatalog& prepared, const Catalog& catalog)
{
    prepared.findings = ConfidencePolicy::checkCatalog(catalog);
    prepared.choices = FilterChoices::of(catalog);
    prepared.columnExtents.clear();
    for (const Metric& metric : Metrics::all())
        prepared.columnExtents.append(MetricColumnExtent::of(metric, catalog.chips));
}

} // namespace

QSharedPointer<const PreparedCatalog> PreparedCatalog::of(
    CatalogSnapshot catalog, const std::function<bool()>& keepGoing)
{
    if (!catalog)
        catalog = CatalogSnapshot::create();
    auto prepared = QSharedPointer<PreparedCatalog>::create();
    prepared->filterKeys.reserve(catalog->chips.size());
    for (const Chip& chip : catalog->chips)
        prepared->filterKeys.append(ChipFilterKeys::of(chip, false));
    if (keepGoing && !keepGoing())
        return {};
    prepared->search.build(catalog->chips);
    if (keepGoing && !keepGoing())
        return {};
    prepared->nameOrder = RowOrder::byName(catalog->chips);
    deriveWholeCatalogParts(*prepared, *catalog);
    prepared->catalog = std::move(catalog);
    return prepared;
}

QSharedPointer<const PreparedCatalog> PreparedCatalog::after(
    const PreparedCatalog& previous, CatalogSnapshot next)
{
    if (!next || !previous.catalog || !sameChips(*previous.catalog, *next))
        return of(std::move(next));
    const QVector<Chip>& before = previous.catalog->chips;
    const QVector<Chip>& chips = next->chips;
    auto prepared = QSharedPointer<PreparedCatalog>::create(previous);
    int first = -1;
    int last = -1;
    bool namesChanged = false;
    for (qsizetype i = 0; i < chips.size(); ++i) {
        prepared->filterKeys[i] = ChipFilterKeys::of(chips[i], false);
        if (!sameSearchText(before[i], chips[i])) {
            first = first < 0 ? int(i) : first;
            last = int(i);
        }
        namesChanged = namesChanged || before[i].name != chips[i].name;
    }
    if (first >= 0)
        prepared->search.update(chips, first, last);
    if (namesChanged)
        prepared->nameOrder = RowOrder::byName(chips);
    deriveWholeCatalogParts(*prepared, *next);
    prepared->catalog = std::move(next);
    return prepared;
}

bool PreparedCatalog::sameChips(const Catalog& a, const Catalog& b)
{
    if (a.chips.size() != b.chips.size())
        return false;
    for (qsizetype i = 0; i < a.chips.size(); ++i) {
        if (a.chips[i].id != b.chips[i].id)
            return false;
    }
    return true;
}
