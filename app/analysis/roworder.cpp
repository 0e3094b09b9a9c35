#include "roworder.h"

#include <QtGlobal>
#include <algorithm>
#include <numeric>

namespace RowOrder {

namespace {
template <typename Less> QVector<int> sorted(const std::vector<char>& known, bool descending, Less less)
{
    QVector<int> order(int(known.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (known[size_t(a)] != known[size_t(b)])
            return known[size_t(a)] > known[size_t(b)];
        if (!known[size_t(a)])
            return false;
        return descending ? less(b, a) : less(a, b);
    });
    return order;
}
} // namespace

QVector<int> byNumbers(const std::vector<double>& numbers, const std::vector<char>& known, bool descending)
{
    return sorted(known, descending, [&](int a, int b) { return numbers[size_t(a)] < numbers[size_t(b)]; });
}

QVector<int> byTexts(const std::vector<QString>& texts, const std::vector<char>& known, bool descending)
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

QVector<int> byName(const QVector<Chip>& chips)
{
    std::vector<QString> texts(size_t(chips.size()));
    std::vector<char> known(size_t(chips.size()), 0);
    for (int row = 0; row < chips.size(); ++row) {
        known[size_t(row)] = !chips[row].name.isEmpty();
        texts[size_t(row)] = chips[row].name.toCaseFolded();
    }
    return byTexts(texts, known, false);
}

} // namespace RowOrder
