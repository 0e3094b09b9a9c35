#pragma once

#include "core/chip.h"

#include <QString>
#include <QVector>
#include <vector>

// Row orders for sorting a table of chips: rows whose key is unknown (known[row] == 0) come last
// in both orders, and rows with equal keys keep their order (stable).
namespace RowOrder {

// Rows in sort order, and where equal keys run: enough to turn the order round without the keys.
struct SortedRows
{
    QVector<int> rows;
    std::vector<bool> tiedWithPrevious; // rows[i]'s key equals rows[i - 1]'s
    int known = 0; // rows with a key: the first `known` of `rows`
};

SortedRows byNumbers(const std::vector<double>& numbers, const std::vector<char>& known, bool descending);
// `texts` are case-folded: compared code point by code point.
SortedRows byTexts(const std::vector<QString>& texts, const std::vector<char>& known, bool descending);
// By name, ascending, as the table's Chip column sorts: the order a new catalog first shows in.
SortedRows byName(const QVector<Chip>& chips);
// The same rows sorted the other way: the runs of equal keys in reverse order, each run still in
// the catalog's order, and the unknown rows still last. What sorting again by the keys would
// give, in one pass.
SortedRows reversed(const SortedRows& sorted);

} // namespace RowOrder
