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
    const char* begin = m_text.constData();
    const char* end = begin + m_text.size();
    const char* at = begin;
    while (at < end) {
        const void* found = memmem(at, size_t(end - at), pattern.constData(), size_t(pattern.size()));
        if (!found)
            break;
        const qsizetype offset = static_cast<const char*>(found) - begin;
        // The chip whose text holds the match; the NUL after each text keeps matches inside one.
        const auto row = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) - m_starts.cbegin() - 1;
        matches[size_t(row)] = 1;
        at = row + 1 < m_starts.size() ? begin + m_starts[row + 1] : end;
    }
}
