#pragma once

#include "jsonview.h"

#include <QStringList>
#include <string_view>

// Where a value is in the document: a chain of steps on the stack, made into a list of keys and
// indices only when something is reported (building a list for every value was a tenth of a load).
// A step refers to its parent, so it must not outlive it: pass paths down, never store them.
class JsonPath
{
public:
    JsonPath() = default; // the document's top level
    JsonPath operator/(std::string_view key) const { return JsonPath(this, key, -1); }
    JsonPath operator/(int index) const { return JsonPath(this, {}, index); }
    int depth() const { return m_depth; } // 0 for the top level

    QStringList toList() const
    {
        QStringList steps;
        for (const JsonPath* step = this; step->m_parent; step = step->m_parent)
            steps.prepend(
                step->m_index >= 0 ? QString::number(step->m_index) : JsonView::fromUtf8(step->m_key));
        return steps;
    }

private:
    JsonPath(const JsonPath* parent, std::string_view key, int index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
        , m_depth(parent->m_depth + 1)
    {
    }

    const JsonPath* m_parent = nullptr;
    std::string_view m_key;
    int m_index = -1;
    int m_depth = 0;
};
