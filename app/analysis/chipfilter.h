#pragma once

#include "core/catalog.h"
#include "core/chip.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// The lower-case text a filter compares, computed once per chip so that filtering a large catalog
// allocates nothing per row.
struct ChipFilterKeys
{
    QString search; // names, vendor, software stack, notes
    QStringList vendorNames; // "alibaba (t-head)", "alibaba", "t-head"
    QString memoryType;

    // Without `search` (left empty) where a SearchIndex does the text search.
    static ChipFilterKeys of(const Chip& chip, bool withSearch = true);
};

// What the filter menus offer for a catalog: its vendors and memory types (sorted, unique), and
// whether any chip lacks a vendor or a status (then "unknown" is offered too).
struct FilterChoices
{
    QStringList vendors;
    QStringList memoryTypes;
    bool unknownVendor = false;
    bool unknownStatus = false;

    static FilterChoices of(const Catalog& catalog);
};

// What the user narrowed the catalog to. The same rules serve the window's filter bar and the
// CLI's --vendor/--memory-type/--search options: matching is case-insensitive, values within one
// criterion are OR-ed, and different criteria are AND-ed. An empty criterion accepts everything.
// A vendor written "Name (Division)" matches "name", "division" or the whole; memory types match
// exactly, so HBM3 does not match HBM3e. Chips without a vendor or status match "unknown".
// `--where 'memory_capacity>=64'`: a metric compared with a number in the metric's canonical unit
// (GB, GB/s, TFLOPS, W, ...). A chip whose value is unknown never passes.
struct MetricCondition
{
    enum class Op { Less, LessOrEqual, Equal, GreaterOrEqual, Greater };
    QString metricKey; // Metrics::find() finds it
    Op op = Op::GreaterOrEqual;
    double value = 0;

    bool accepts(const Chip& chip) const;
    bool operator==(const MetricCondition& other) const
    {
        return metricKey == other.metricKey && op == other.op && value == other.value;
    }
    // "memory_capacity>=64", "bandwidth-gbs < 2000", "tdp_w=700": the key is a catalog field, a
    // `list` column or a chart metric. nullopt, with the reason in `error`, when it is not one.
    static std::optional<MetricCondition> parse(const QString& text, QString* error);
};

struct ChipFilter
{
    QSet<QString> vendors; // lower-case
    QSet<QString> memoryTypes; // lower-case
    QSet<ChipStatus> statuses;
    bool unknownStatus = false; // also accept chips whose status is unknown
    QString searchText; // lower-case, trimmed
    // Years announced, both ends included; a chip without a year is left out once either is set.
    std::optional<int> yearFrom;
    std::optional<int> yearTo;
    QList<MetricCondition> conditions; // all must hold

    // The key that stands for "no vendor" or "no status" in filters and on the command line.
    static QString unknownKey(); // "unknown"

    void setVendors(const QStringList& names);
    void setMemoryTypes(const QStringList& names);
    void setSearchText(const QString& text);
    // "2020..2026", "2020..", "..2026" or "2024". False, with the reason in `error`, when the text
    // is none of those; the filter is then unchanged.
    bool setYearRange(const QString& text, QString* error);

    bool isEmpty() const;
    // Whether anything but the search text is set: else acceptsExceptSearch() accepts every chip.
    bool hasCriteriaBesidesSearch() const;
    bool accepts(const Chip& chip, const ChipFilterKeys& keys) const;
    // Every criterion but the search text (which a SearchIndex answers for a whole catalog).
    bool acceptsExceptSearch(const Chip& chip, const ChipFilterKeys& keys) const;
    // Every chip `other` accepts, this filter accepts too: only the search text differs, and it
    // contains other's. (Typing a letter into the search box narrows.)
    bool isNarrowingOf(const ChipFilter& other) const;
    bool accepts(const Chip& chip) const { return accepts(chip, ChipFilterKeys::of(chip)); }

    bool operator==(const ChipFilter& other) const;
    bool operator!=(const ChipFilter& other) const { return !(*this == other); }
};
