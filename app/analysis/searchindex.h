#pragma once

#include "core/chip.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <array>
#include <vector>

// Every chip's lower-case search text (Chip::searchText) in one UTF-8 block, one chip after the
// other with a NUL between them. A search is then one memchr pass over the block for the
// pattern's rarest byte, at memory speed, instead of a string search per chip: the filter box answers a
// keystroke on 100,000 chips within a frame.
class SearchIndex
{
public:
    void build(const QVector<Chip>& chips);
    // Rebuilds only the texts of the chips in [first, last] (same chips, edited values).
    void update(const QVector<Chip>& chips, int first, int last);
    int size() const { return int(m_starts.size()); }

    // Sets matches[row] to 1 where the row's text contains `needle` (lower-case), else 0.
    void match(const QString& needle, std::vector<char>& matches) const;

private:
    void countBytes();

    QByteArray m_text;
    std::array<qsizetype, 256> m_byteCounts {}; // how often each byte occurs in m_text
    QVector<qsizetype> m_starts; // where each chip's text begins in m_text
};
