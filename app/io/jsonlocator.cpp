#include "jsonlocator.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

JsonLocator::JsonLocator(const QByteArray& utf8)
    : m_text(utf8)
{
}

qsizetype JsonLocator::skipWhitespace(qsizetype pos) const
{
    while (pos < m_text.size()) {
        const char c = m_text[pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++pos;
    }
    return pos;
}

qsizetype JsonLocator::skipString(qsizetype pos) const
{
    // pos is at the opening quote
    ++pos;
    while (pos < m_text.size()) {
        const char c = m_text[pos];
        if (c == '\\')
            pos += 2;
        else if (c == '"')
            return pos + 1;
        else
            ++pos;
    }
    return pos;
}

qsizetype JsonLocator::skipValue(qsizetype pos) const
{
    pos = skipWhitespace(pos);
    if (pos >= m_text.size())
        return pos;
    const char c = m_text[pos];
    if (c == '"')
        return skipString(pos);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (pos < m_text.size()) {
            const char d = m_text[pos];
            if (d == '"') {
                pos = skipString(pos);
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']') {
                if (--depth == 0)
                    return pos + 1;
            }
            ++pos;
        }
        return pos;
    }
    while (pos < m_text.size()) {
        const char d = m_text[pos];
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
            break;
        ++pos;
    }
    return pos;
}

QString JsonLocator::readKey(qsizetype pos, qsizetype* end) const
{
    *end = skipString(pos);
    const qsizetype length = std::max<qsizetype>(0, *end - pos - 2);
    // Keys in a catalog are plain ASCII; escapes are kept verbatim, which is enough to compare.
    return QString::fromUtf8(m_text.constData() + pos + 1, length);
}

qsizetype JsonLocator::find(qsizetype pos, const QStringList& path, int depth) const
{
    pos = skipWhitespace(pos);
    if (depth == path.size() || pos >= m_text.size())
        return pos;
    const char c = m_text[pos];
    if (c == '{') {
        qsizetype p = skipWhitespace(pos + 1);
        while (p < m_text.size() && m_text[p] == '"') {
            qsizetype afterKey = 0;
            const QString key = readKey(p, &afterKey);
            p = skipWhitespace(afterKey);
            if (p < m_text.size() && m_text[p] == ':')
                p = skipWhitespace(p + 1);
            if (key == path[depth])
                return find(p, path, depth + 1);
            p = skipWhitespace(skipValue(p));
            if (p < m_text.size() && m_text[p] == ',')
                p = skipWhitespace(p + 1);
        }
        return pos;
    }
    if (c == '[') {
        bool ok = false;
        const int wanted = path[depth].toInt(&ok);
        if (!ok)
            return pos;
        qsizetype p = skipWhitespace(pos + 1);
        for (int index = 0; p < m_text.size() && m_text[p] != ']'; ++index) {
            if (index == wanted)
                return find(p, path, depth + 1);
            p = skipWhitespace(skipValue(p));
            if (p < m_text.size() && m_text[p] == ',')
                p = skipWhitespace(p + 1);
        }
        return pos;
    }
    return pos;
}

qsizetype JsonLocator::offsetOf(const QStringList& path) const
{
    return find(0, path, 0);
}

JsonLocator::Position JsonLocator::position(qsizetype offset) const
{
    Position result;
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (m_text[i] == '\n') {
            ++result.line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    }
    result.column = column;
    return result;
}

QByteArrayView JsonLocator::keyView(qsizetype pos, qsizetype* end) const
{
    *end = skipString(pos);
    const qsizetype length = std::max<qsizetype>(0, *end - pos - 2);
    return QByteArrayView(m_text.constData() + pos + 1, length);
}

QStringList JsonLocator::toPath(const QVector<Step>& steps)
{
    QStringList path;
    for (const Step& step : steps)
        path.append(step.index >= 0 ? QString::number(step.index) : QString::fromUtf8(step.key));
    return path;
}

bool JsonLocator::scan(qsizetype* pos, QVector<Step>& path, int maxDepth, QList<Finding>& findings) const
{
    qsizetype p = skipWhitespace(*pos);
    if (p >= m_text.size())
        return true;
    const char c = m_text[p];
    if ((c == '{' || c == '[') && path.size() >= maxDepth) {
        findings.append({ p, toPath(path),
            QStringLiteral("nesting is deeper than %1 levels; a catalog never needs that").arg(maxDepth) });
        return false;
    }
    if (c == '{') {
        // Objects in a catalog have a few dozen keys at most: a linear check beats hashing.
        QVarLengthArray<QByteArrayView, 32> seen;
        p = skipWhitespace(p + 1);
        while (p < m_text.size() && m_text[p] == '"') {
            const qsizetype keyStart = p;
            qsizetype afterKey = 0;
            const QByteArrayView key = keyView(p, &afterKey);
            if (std::find(seen.begin(), seen.end(), key) != seen.end())
                findings.append({ keyStart, toPath(path),
                    u"key '"_s + QString::fromUtf8(key) + u"' appears twice in the same object"_s });
            seen.append(key);
            p = skipWhitespace(afterKey);
            if (p < m_text.size() && m_text[p] == ':')
                ++p;
            path.append({ key, -1 });
            const bool ok = scan(&p, path, maxDepth, findings);
            path.removeLast();
            if (!ok)
                return false;
            p = skipWhitespace(p);
            if (p < m_text.size() && m_text[p] == ',')
                p = skipWhitespace(p + 1);
        }
        *pos = p + 1;
        return true;
    }
    if (c == '[') {
        p = skipWhitespace(p + 1);
        for (int index = 0; p < m_text.size() && m_text[p] != ']'; ++index) {
            path.append({ {}, index });
            const bool ok = scan(&p, path, maxDepth, findings);
            path.removeLast();
            if (!ok)
                return false;
            p = skipWhitespace(p);
            if (p < m_text.size() && m_text[p] == ',')
                p = skipWhitespace(p + 1);
        }
        *pos = p + 1;
        return true;
    }
    *pos = skipValue(p);
    return true;
}

QList<JsonLocator::Finding> JsonLocator::structuralProblems(int maxDepth) const
{
    QList<Finding> findings;
    QVector<Step> path;
    qsizetype pos = 0;
    scan(&pos, path, maxDepth, findings);
    return findings;
}
