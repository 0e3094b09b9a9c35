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
// "Alibaba (T-Head)" is also found as "alibaba" or "t-head".
bool vendorMatches(const QSet<QString>& wanted, const QString& vendor)
{
    const QString lower = vendor.toLower();
    if (wanted.contains(lower))
        return true;
    const qsizetype open = lower.indexOf(u" ("_s);
    if (open <= 0 || !lower.endsWith(u')'))
        return false;
    return wanted.contains(lower.left(open)) || wanted.contains(lower.mid(open + 2, lower.size() - open - 3));
}
} // namespace

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
    return vendors.isEmpty() && memoryTypes.isEmpty() && statuses.isEmpty() && searchText.isEmpty();
}

bool ChipFilter::accepts(const Chip& chip, const QString& lowerSearchText) const
{
    if (!vendors.isEmpty() && !vendorMatches(vendors, chip.vendor))
        return false;
    if (!memoryTypes.isEmpty() && !memoryTypes.contains(chip.memoryType.toLower()))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(chip.status))
        return false;
    if (!searchText.isEmpty() && !lowerSearchText.contains(searchText))
        return false;
    return true;
}

bool ChipFilter::operator==(const ChipFilter& other) const
{
    return vendors == other.vendors && memoryTypes == other.memoryTypes && statuses == other.statuses
        && searchText == other.searchText;
}
