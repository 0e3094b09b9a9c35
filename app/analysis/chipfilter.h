#pragma once

#include "core/catalog.h"
#include "core/chip.h"

#include <QSet>
#include <QString>
#include <QStringList>

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
struct ChipFilter
{
    QSet<QString> vendors; // lower-case
    QSet<QString> memoryTypes; // lower-case
    QSet<ChipStatus> statuses;
    bool unknownStatus = false; // also accept chips whose status is unknown
    QString searchText; // lower-case, trimmed

    // The key that stands for "no vendor" or "no status" in filters and on the command line.
    static QString unknownKey(); // "unknown"

    void setVendors(const QStringList& names);
    void setMemoryTypes(const QStringList& names);
    void setSearchText(const QString& text);

    bool isEmpty() const;
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
