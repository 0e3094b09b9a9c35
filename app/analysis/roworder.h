#pragma once

#include "core/chip.h"

#include <QString>
#include <QVector>
#include <vector>

// Row orders for sorting a table of chips: rows whose key is unknown (known[row] == 0) come last
// in both orders, and rows with equal keys keep their order (stable).
namespace RowOrder {

QVector<int> byNumbers(const std::vector<double>& numbers, const std::vector<char>& known, bool descending);
// `texts` are case-folded: compared code point by code point.
QVector<int> byTexts(const std::vector<QString>& texts, const std::vector<char>& known, bool descending);
// By name, ascending, as the table's Chip column sorts: the order a new catalog first shows in.
QVector<int> byName(const QVector<Chip>& chips);

} // namespace RowOrder
