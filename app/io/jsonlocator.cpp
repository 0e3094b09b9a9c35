#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool hasEscape(QByteArrayView rawKey)
{
    return std::find(rawKey.begin(), rawKey.end(), '\\') != rawKey.end();
}

// A key as it is written between its quotes, with its escapes decoded: "ch\u0069ps" is "chips",
// as the reader saw it. Few keys have escapes; QJsonDocument decodes those few.
QString decodedKey(QByteArrayView rawKey)
{
    if (!hasEscape(rawKey))
        return QString::fromUtf8(rawKey);
    // (A key that is not valid JSON stays as written.)
    const QJsonArray wrapped = QJsonDocument::fromJson("[\"" + rawKey.toByteArray() + "\"]").array();
    return wrapped.isEmpty() ? QString::fromUtf8(rawKey) : wrapped.first().toString();
}

bool sameKey(QByteArrayView a, QByteArrayView b)
{
    return a == b || ((hasEscape(a) || hasEscape(b)) && decodedKey(a) == decodedKey(b));
}
} // namespace

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
    return decodedKey(keyView(pos, end));
}

const QHash<QString, qsizetype>& JsonLocator::objectMembers(qsizetype pos) const
{
    const auto cached = m_objectMembers.constFind(pos);
    if (cached != m_objectMembers.cend())
        return *cached;
    QHash<QString, qsizetype> members;
    qsizetype p = skipWhitespace(pos + 1);
    while (p < m_text.size() && m_text[p] == '"') {
        qsizetype afterKey = 0;
        const QString key = readKey(p, &afterKey);
        p = skipWhitespace(afterKey);
        if (p < m_text.size() && m_text[p] == ':')
            p = skipWhitespace(p + 1);
        if (!members.contains(key))
            members.insert(key, p);
        p = skipWhitespace(skipValue(p));
        if (p < m_text.size() && m_text[p] == ',')
            p = skipWhitespace(p + 1);
    }
    return *m_objectMembers.insert(pos, members);
}

const QVector<qsizetype>& JsonLocator::arrayElements(qsizetype pos) const
{
    const auto cached = m_arrayElements.constFind(pos);
    if (cached != m_arrayElements.cend())
        return *cached;
    QVector<qsizetype> elements;
    qsizetype p = skipWhitespace(pos + 1);
    while (p < m_text.size() && m_text[p] != ']') {
        elements.append(p);
        const qsizetype next = skipValue(p);
        if (next == p)
            break; // not JSON this reader accepted; stop rather than loop
        p = skipWhitespace(next);
        if (p < m_text.size() && m_text[p] == ',')
            p = skipWhitespace(p + 1);
    }
    return *m_arrayElements.insert(pos, elements);
}

qsizetype JsonLocator::find(qsizetype pos, const QStringList& path, int depth) const
{
    pos = skipWhitespace(pos);
    if (depth == path.size() || pos >= m_text.size())
        return pos;
    const char c = m_text[pos];
    if (c == '{') {
        const auto& members = objectMembers(pos);
        const auto it = members.constFind(path[depth]);
        return it != members.cend() ? find(*it, path, depth + 1) : pos;
    }
    if (c == '[') {
        bool ok = false;
        const int wanted = path[depth].toInt(&ok);
        const auto& elements = arrayElements(pos);
        return ok && wanted >= 0 && wanted < elements.size() ? find(elements[wanted], path, depth + 1) : pos;
    }
    return pos;
}

qsizetype JsonLocator::offsetOf(const QStringList& path) const
{
    return find(0, path, 0);
}

void JsonLocator::indexLines() const
{
    m_lineStarts.append(0);
    int column = 0; // characters (UTF-8 lead bytes) so far on the current line
    const char* text = m_text.constData();
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (i % kBlock == 0)
            m_blockColumns.append(column);
        if (text[i] == '\n') {
            m_lineStarts.append(i + 1);
            column = 0;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
}

int JsonLocator::charactersBetween(qsizetype from, qsizetype to) const
{
    int count = 0;
    for (qsizetype i = from; i < to; ++i) {
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

JsonLocator::Position JsonLocator::position(qsizetype offset) const
{
    if (m_lineStarts.isEmpty())
        indexLines();
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto line = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - 1;
    const qsizetype lineStart = *line;
    // Columns count characters, not bytes. From the last block boundary on the same line, if any.
    const qsizetype block = offset / kBlock;
    const int column = block * kBlock > lineStart && block < m_blockColumns.size()
        ? m_blockColumns[block] + charactersBetween(block * kBlock, offset)
        : charactersBetween(lineStart, offset);
    return { int(line - m_lineStarts.cbegin()) + 1, column + 1 };
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
        path.append(step.index >= 0 ? QString::number(step.index) : decodedKey(step.key));
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
            if (std::any_of(
                    seen.begin(), seen.end(), [&key](QByteArrayView other) { return sameKey(other, key); }))
                findings.append({ keyStart, toPath(path),
                    u"key '"_s + decodedKey(key) + u"' appears twice in the same object"_s });
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

qsizetype JsonLocator::firstLoneSurrogate() const
{
    // The UTF-16 unit of the \u escape at `pos`, or -1 if there is none there.
    const auto unitAt = [this](qsizetype pos) -> int {
        if (pos + 6 > m_text.size() || m_text[pos] != '\\' || m_text[pos + 1] != 'u')
            return -1;
        bool ok = false;
        const uint unit = QByteArrayView(m_text).sliced(pos + 2, 4).toUInt(&ok, 16);
        return ok ? int(unit) : -1;
    };
    bool inString = false;
    for (qsizetype pos = 0; pos < m_text.size(); ++pos) {
        const char c = m_text[pos];
        if (c == '"') {
            inString = !inString;
        } else if (inString && c == '\\') {
            const int unit = unitAt(pos);
            if (unit >= 0 && QChar::isHighSurrogate(char32_t(unit))) {
                const int next = unitAt(pos + 6);
                if (next < 0 || !QChar::isLowSurrogate(char32_t(next)))
                    return pos;
                pos += 11; // the pair
            } else if (unit >= 0 && QChar::isLowSurrogate(char32_t(unit))) {
                return pos;
            } else {
                ++pos; // the escaped character (a quote, a backslash, or the u of a \u escape)
            }
        }
    }
    return -1;
}
