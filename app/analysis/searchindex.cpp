#include "searchindex.h"

#include <algorithm>
#include <cstring>

void SearchIndex::build(const QVector<Chip>& chips)
{
    m_text.clear();
    m_starts.clear();
    m_starts.reserve(chips.size());
    for (const Chip& chip : chips) {
        m_starts.append(m_text.size());
        m_text += chip.searchText().toUtf8();
        m_text += '\0';
    }
    m_text.squeeze();
    countBytes();
}

void SearchIndex::countBytes()
{
    m_byteCounts.fill(0);
    for (const char byte : std::as_const(m_text))
        ++m_byteCounts[static_cast<unsigned char>(byte)];
}

void SearchIndex::update(const QVector<Chip>& chips, int first, int last)
{
    // Texts change length with an edit: everything from the first changed chip on moves (a copy
    // of bytes, not a rebuild of every chip's text).
    const QByteArray old = m_text;
    const QVector<qsizetype> oldStarts = m_starts;
    auto oldText = [&](int row) {
        const qsizetype end = row + 1 < oldStarts.size() ? oldStarts[row + 1] : old.size();
        return QByteArrayView(old).sliced(oldStarts[row], end - oldStarts[row] - 1);
    };
    m_text.truncate(oldStarts[first]);
    for (int row = first; row < chips.size(); ++row) {
        m_starts[row] = m_text.size();
        if (row <= last)
            m_text += chips[row].searchText().toUtf8();
        else
            m_text += oldText(row);
        m_text += '\0';
    }
}

void SearchIndex::match(const QString& needle, std::vector<char>& matches) const
{
    matches.assign(m_starts.size(), needle.isEmpty() ? 1 : 0);
    if (needle.isEmpty() || m_starts.isEmpty())
        return;
    const QByteArray pattern = needle.toUtf8();
    // Look for the pattern's rarest byte with memchr (vectorised, far faster than memmem on a
    // short pattern), then compare the whole pattern around it. Byte counts from the last build
    // are a guide only; stale counts after an edit still find every match.
    qsizetype rare = 0;
    for (qsizetype i = 1; i < pattern.size(); ++i) {
        if (m_byteCounts[static_cast<unsigned char>(pattern[i])]
            < m_byteCounts[static_cast<unsigned char>(pattern[rare])])
            rare = i;
    }
    const char* begin = m_text.constData();
    const char* end = begin + m_text.size();
    const char* at = begin; // where the next match may start
    while (end - at >= pattern.size()) {
        const void* hit = memchr(at + rare, pattern[rare], size_t(end - at - rare));
        if (!hit)
            break;
        const char* start = static_cast<const char*>(hit) - rare;
        if (end - start < pattern.size())
            break;
        if (memcmp(start, pattern.constData(), size_t(pattern.size())) != 0) {
            at = start + 1;
            continue;
        }
        const qsizetype offset = start - begin;
        // The chip whose text holds the match; the NUL after each text keeps matches inside one.
        const auto row = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) - m_starts.cbegin() - 1;
        matches[size_t(row)] = 1;
        at = row + 1 < m_starts.size() ? begin + m_starts[row + 1] : end;
    }
}
