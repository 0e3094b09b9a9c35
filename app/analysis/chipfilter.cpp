#include "chipfilter.h"

#include "metrics.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

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

bool ChipFilter::setYearRange(const QString& input, QString* error)
{
    const QString text = input.trimmed();
    const qsizetype dots = text.indexOf(u".."_s);
    const QString from = dots < 0 ? text : text.left(dots).trimmed();
    const QString to = dots < 0 ? text : text.mid(dots + 2).trimmed();
    const auto year = [](const QString& part, bool* ok) -> std::optional<int> {
        *ok = true;
        if (part.isEmpty())
            return std::nullopt;
        const int value = part.toInt(ok);
        *ok = *ok && value >= 1950 && value <= 2100;
        return value;
    };
    bool fromOk = false;
    bool toOk = false;
    const auto first = year(from, &fromOk);
    const auto last = year(to, &toOk);
    if (!fromOk || !toOk || (!first && !last) || (first && last && *first > *last)) {
        *error = QCoreApplication::translate("ChipFilter",
            "'%1' is not a year range: write 2020..2026, 2020.., ..2026 or 2024 (years from 1950 to 2100)")
                     .arg(input);
        return false;
    }
    yearFrom = first;
    yearTo = last;
    return true;
}

bool MetricCondition::accepts(const Chip& chip) const
{
    const Metric* metric = Metrics::find(metricKey);
    const auto known = metric ? metric->value(chip) : std::nullopt;
    if (!known)
        return false;
    switch (op) {
    case Op::Less:
        return *known < value;
    case Op::LessOrEqual:
        return *known <= value;
    case Op::Equal:
        return *known == value;
    case Op::GreaterOrEqual:
        return *known >= value;
    case Op::Greater:
        return *known > value;
    }
    return false;
}

std::optional<MetricCondition> MetricCondition::parse(const QString& text, QString* error)
{
    static const QRegularExpression form(u"^\\s*([A-Za-z0-9_-]+)\\s*(<=|>=|<|>|==|=)\\s*(\\S+)\\s*$"_s);
    const auto match = form.match(text);
    const auto fail = [&](const QString& why) {
        *error = why;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("ChipFilter",
            "'%1' is not a condition: write KEY>=NUMBER, e.g. 'memory_capacity>=64' (also <=, <, >, =)")
                        .arg(text));
    QString key = match.captured(1);
    // A catalog field's key ("memory_capacity") stands for its metric ("memory_gb").
    for (const auto& info : specFields()) {
        if (info.jsonKey == key) {
            for (const auto& metric : Metrics::all()) {
                if (metric.field == info.field)
                    key = metric.key;
            }
        }
    }
    const Metric* metric = Metrics::find(key);
    if (!metric)
        return fail(QCoreApplication::translate("ChipFilter", "'%1' is not a metric; use one of %2")
                        .arg(match.captured(1), Metrics::keys().join(u", "_s)));
    bool ok = false;
    const double value = match.captured(3).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(QCoreApplication::translate("ChipFilter", "'%1' is not a number (in %2)")
                        .arg(match.captured(3), metric->unit.isEmpty() ? metric->label : metric->unit));
    const QString op = match.captured(2);
    MetricCondition condition;
    condition.metricKey = metric->key;
    condition.op = op == u"<"_s ? Op::Less
        : op == u"<="_s         ? Op::LessOrEqual
        : op == u">"_s          ? Op::Greater
        : op == u">="_s         ? Op::GreaterOrEqual
                                : Op::Equal;
    condition.value = value;
    return condition;
}

bool ChipFilter::isEmpty() const
{
    return searchText.isEmpty() && !hasCriteriaBesidesSearch();
}

bool ChipFilter::hasCriteriaBesidesSearch() const
{
    return !vendors.isEmpty() || !memoryTypes.isEmpty() || !statuses.isEmpty() || unknownStatus || yearFrom
        || yearTo || !conditions.isEmpty();
}

bool ChipFilter::accepts(const Chip& chip, const ChipFilterKeys& keys) const
{
    return acceptsExceptSearch(chip, keys) && (searchText.isEmpty() || keys.search.contains(searchText));
}

bool ChipFilter::isNarrowingOf(const ChipFilter& other) const
{
    return vendors == other.vendors && memoryTypes == other.memoryTypes && statuses == other.statuses
        && unknownStatus == other.unknownStatus && yearFrom == other.yearFrom && yearTo == other.yearTo
        && conditions == other.conditions && searchText.contains(other.searchText);
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
    if ((yearFrom || yearTo)
        && !(chip.year && (!yearFrom || *chip.year >= *yearFrom) && (!yearTo || *chip.year <= *yearTo)))
        return false;
    return std::all_of(conditions.cbegin(), conditions.cend(),
        [&chip](const MetricCondition& c) { return c.accepts(chip); });
}

bool ChipFilter::operator==(const ChipFilter& other) const
{
    return vendors == other.vendors && memoryTypes == other.memoryTypes && statuses == other.statuses
        && unknownStatus == other.unknownStatus && searchText == other.searchText
        && yearFrom == other.yearFrom && yearTo == other.yearTo && conditions == other.conditions;
}
