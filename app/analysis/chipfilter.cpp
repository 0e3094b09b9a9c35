#include "chipfilter.h"

using namespace Qt::StringLiterals;

namespace {
QSet<QString> lowerSet(const QStringList& names)
{
    QSet<QString> set;
    for (const auto& name : names) {
        const QString trimmed = name.trimmed().toLower();
        if (!trimmed.isEmpty())
            set.insert(trimmed);
    }
    return set;
}
} // namespace

ChipFilterKeys ChipFilterKeys::of(const Chip& chip, bool withSearch)
{
    ChipFilterKeys keys;
    if (withSearch)
        keys.search = chip.searchText();
    keys.memoryType = chip.memoryType.toLower();
    // "Alibaba (T-Head)" is also found as "alibaba" or "t-head".
    const QString vendor = chip.vendor.isEmpty() ? ChipFilter::unknownKey() : chip.vendor.toLower();
    keys.vendorNames.append(vendor);
    const qsizetype open = vendor.indexOf(u" ("_s);
    if (open > 0 && vendor.endsWith(u')')) {
        keys.vendorNames.append(vendor.left(open));
        keys.vendorNames.append(vendor.mid(open + 2, vendor.size() - open - 3));
    }
    return keys;
}

FilterChoices FilterChoices::of(const Catalog& catalog)
{
    FilterChoices choices;
    choices.vendors = catalog.vendors();
    choices.memoryTypes = catalog.memoryTypes();
    for (const Chip& chip : catalog.chips) {
        choices.unknownVendor = choices.unknownVendor || chip.vendor.isEmpty();
        choices.unknownStatus = choices.unknownStatus || !chip.status;
    }
    return choices;
}

QString ChipFilter::unknownKey()
{
    return u"unknown"_s;
}

void ChipFilter::setVendors(const QStringList& names)
{
    vendors = lowerSet(names);
}

void ChipFilter::setMemoryTypes(const QStringList& names)
{
    memoryTypes = lowerSet(names);
}

void ChipFilter::setSearchText(const QString& text)
{
    searchText = text.trimmed().toLower();
}

bool ChipFilter::isEmpty() const
{
    return vendors.isEmpty() && memoryTypes.isEmpty() && statuses.isEmpty() && !unknownStatus
        && searchText.isEmpty();
}

bool ChipFilter::accepts(const Chip& chip, const ChipFilterKeys& keys) const
{
    return acceptsExceptSearch(chip, keys) && (searchText.isEmpty() || keys.search.contains(searchText));
}

bool ChipFilter::isNarrowingOf(const ChipFilter& other) const
{
    return vendors == other.vendors && memoryTypes == other.memoryTypes && statuses == other.statuses
        && unknownStatus == other.unknownStatus && searchText.contains(other.searchText);
}

bool ChipFilter::acceptsExceptSearch(const Chip& chip, const ChipFilterKeys& keys) const
{
    if (!vendors.isEmpty()
        && std::none_of(keys.vendorNames.begin(), keys.vendorNames.end(),
            [this](const QString& name) { return vendors.contains(name); }))
        return false;
    if (!memoryTypes.isEmpty() && !memoryTypes.contains(keys.memoryType))
        return false;
    if ((!statuses.isEmpty() || unknownStatus)
        && !(chip.status ? statuses.contains(*chip.status) : unknownStatus))
        return false;
    return true;
}

bool ChipFilter::operator==(const ChipFilter& other) const
{
    return vendors == other.vendors && memoryTypes == other.memoryTypes && statuses == other.statuses
        && unknownStatus == other.unknownStatus && searchText == other.searchText;
}
