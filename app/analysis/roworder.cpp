#include "roworder.h"

#include <QtGlobal>
#include <algorithm>
#include <numeric>

namespace RowOrder {

namespace {
template <typename Less> SortedRows sorted(const std::vector<char>& known, bool descending, Less less)
{
    SortedRows sorted;
    QVector<int>& order = sorted.rows;
    order.resize(int(known.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (known[size_t(a)] != known[size_t(b)])
            return known[size_t(a)] > known[size_t(b)];
        if (!known[size_t(a)])
            return false;
        return descending ? less(b, a) : less(a, b);
    });
    sorted.known = int(std::count(known.begin(), known.end(), char(1)));
    // Sorted, so a row's key equals the previous one's unless it is strictly after it.
    sorted.tiedWithPrevious.assign(known.size(), false);
    for (int i = 1; i < sorted.known; ++i) {
        const int previous = order[i - 1];
        const int row = order[i];
        sorted.tiedWithPrevious[size_t(i)] = descending ? !less(row, previous) : !less(previous, row);
    }
    return sorted;
}
} // namespace

SortedRows byNumbers(const std::vector<double>& numbers, const std::vector<char>& known, bool descending)
{
    return sorted(known, descending, [&](int a, int b) { return numbers[size_t(a)] < numbers[size_t(b)]; });
}

SortedRows byTexts(const std::vector<QString>& texts, const std::vector<char>& known, bool descending)
{
    // The first four UTF-16 units of each text packed into one integer, in order: most
    // comparisons end there, in one contiguous array, without following a string pointer.
    std::vector<quint64> prefixes(texts.size(), 0);
    for (size_t row = 0; row < texts.size(); ++row) {
        const QString& text = texts[row];
        quint64 prefix = 0;
        for (int i = 0; i < 4; ++i)
            prefix = (prefix << 16) | (i < text.size() ? text[i].unicode() : 0);
        prefixes[row] = prefix;
    }
    return sorted(known, descending, [&](int a, int b) {
        const quint64 pa = prefixes[size_t(a)];
        const quint64 pb = prefixes[size_t(b)];
        return pa != pb ? pa < pb : texts[size_t(a)] < texts[size_t(b)];
    });
}

SortedRows byName(const QVector<Chip>& chips)
{
    std::vector<QString> texts(size_t(chips.size()));
    std::vector<char> known(size_t(chips.size()), 0);
    for (int row = 0; row < chips.size(); ++row) {
        known[size_t(row)] = !chips[row].name.isEmpty();
        texts[size_t(row)] = chips[row].name.toCaseFolded();
    }
    return byTexts(texts, known, false);
}

SortedRows reversed(const SortedRows& sorted)
{
    SortedRows turned;
    turned.known = sorted.known;
    turned.rows.reserve(sorted.rows.size());
    turned.tiedWithPrevious.assign(sorted.tiedWithPrevious.size(), false);
    // Runs of equal keys, last run first; within a run the rows stay as they were.
    int runEnd = sorted.known;
    while (runEnd > 0) {
        int runStart = runEnd - 1;
        while (runStart > 0 && sorted.tiedWithPrevious[size_t(runStart)])
            --runStart;
        for (int i = runStart; i < runEnd; ++i) {
            turned.tiedWithPrevious[size_t(turned.rows.size())] = i > runStart;
            turned.rows.append(sorted.rows[i]);
        }
        runEnd = runStart;
    }
    for (int i = sorted.known; i < sorted.rows.size(); ++i)
        turned.rows.append(sorted.rows[i]);
    return turned;
}

} // namespace RowOrder
