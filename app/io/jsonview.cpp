#include "jsonview.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;
using simdjson::dom::element_type;

bool JsonView::isDouble() const
{
    if (!m_present)
        return false;
    const auto type = m_element.type();
    return type == element_type::DOUBLE || type == element_type::INT64 || type == element_type::UINT64;
}

std::string_view JsonView::text() const
{
    std::string_view text;
    if (!isString() || m_element.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

double JsonView::toDouble() const
{
    double number = 0.0;
    if (!isDouble() || m_element.get_double().get(number) != simdjson::SUCCESS)
        return 0.0;
    return number;
}

// simdjson's results are read with get(), which copies the value out: value_unsafe() on a
// temporary result would hand back a reference into it.
simdjson::dom::object JsonView::object() const
{
    simdjson::dom::object object;
    const auto error = m_element.get_object().get(object);
    Q_ASSERT_X(error == simdjson::SUCCESS, "JsonView::object", "not an object");
    Q_UNUSED(error);
    return object;
}

simdjson::dom::array JsonView::array() const
{
    simdjson::dom::array array;
    const auto error = m_element.get_array().get(array);
    Q_ASSERT_X(error == simdjson::SUCCESS, "JsonView::array", "not an array");
    Q_UNUSED(error);
    return array;
}

QJsonValue JsonView::toQJsonValue(int depth, int maxDepth, bool* suspect) const
{
    if (!m_present)
        return QJsonValue(QJsonValue::Undefined);
    const bool container = isObject() || isArray();
    if (container && depth >= maxDepth - 1) {
        *suspect = true; // JsonLocator counts the levels exactly
        return QJsonValue(QJsonValue::Null);
    }
    switch (m_element.type()) {
    case element_type::OBJECT: {
        QJsonObject object;
        for (const auto member : this->object()) {
            const QString key = fromUtf8(member.key);
            if (object.contains(key))
                *suspect = true;
            object.insert(key, JsonView(member.value).toQJsonValue(depth + 1, maxDepth, suspect));
        }
        return object;
    }
    case element_type::ARRAY: {
        QJsonArray array;
        for (const auto item : this->array())
            array.append(JsonView(item).toQJsonValue(depth + 1, maxDepth, suspect));
        return array;
    }
    case element_type::STRING:
        return toString();
    case element_type::INT64: { // QJsonDocument keeps whole numbers as integers too
        int64_t number = 0;
        if (m_element.get_int64().get(number) == simdjson::SUCCESS)
            return qint64(number);
        break;
    }
    case element_type::UINT64:
    case element_type::DOUBLE:
        return toDouble();
    case element_type::BOOL: {
        bool flag = false;
        if (m_element.get_bool().get(flag) == simdjson::SUCCESS)
            return flag;
        break;
    }
    case element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QString JsonView::typeName() const
{
    if (!m_present)
        return u"nothing"_s;
    switch (m_element.type()) {
    case element_type::NULL_VALUE:
        return u"null"_s;
    case element_type::BOOL:
        return u"a boolean"_s;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return u"a number"_s;
    case element_type::STRING:
        return u"a string"_s;
    case element_type::ARRAY:
        return u"an array"_s;
    case element_type::OBJECT:
        return u"an object"_s;
    }
    return u"nothing"_s;
}

JsonKeySet::JsonKeySet(std::initializer_list<std::string_view> keys)
    : m_keys(keys.begin(), keys.end())
{
    buildTable();
}

void JsonKeySet::buildTable()
{
    Q_ASSERT(m_keys.size() * 3 <= qsizetype(kSlots));
    m_table.fill(-1);
    for (int index = 0; index < m_keys.size(); ++index) {
        unsigned slot = slotOf(m_keys[index]);
        while (m_table[slot] >= 0)
            slot = (slot + 1) % kSlots;
        m_table[slot] = qint8(index);
    }
}

unsigned JsonKeySet::slotOf(std::string_view key)
{
    if (key.empty())
        return 0;
    const auto byte = [&key](size_t i) { return unsigned(static_cast<unsigned char>(key[i])); };
    const unsigned hash
        = ((unsigned(key.size()) * 131 + byte(0)) * 131 + byte(key.size() / 2)) * 131 + byte(key.size() - 1);
    return (hash ^ (hash >> 7)) % kSlots;
}

int JsonKeySet::indexOf(std::string_view key) const
{
    for (unsigned slot = slotOf(key);; slot = (slot + 1) % kSlots) {
        const int index = m_table[slot];
        if (index < 0 || m_keys[index] == key)
            return index;
    }
}

JsonFields::JsonFields(simdjson::dom::object object, const JsonKeySet& known)
    : m_known(known)
    , m_values(known.size())
{
    for (const auto member : object) {
        const int index = known.indexOf(member.key);
        if (index >= 0) {
            m_repeatsAKey = m_repeatsAKey || !m_values[index].isUndefined();
            m_values[index] = JsonView(member.value); // a repeated key: the last wins, as in QJsonObject
        } else {
            for (const auto& other : std::as_const(m_unknown))
                m_repeatsAKey = m_repeatsAKey || other.key == member.key;
            m_unknown.append({ member.key, JsonView(member.value) });
        }
    }
}

JsonView JsonFields::value(std::string_view key) const
{
    const int index = m_known.indexOf(key);
    Q_ASSERT_X(index >= 0, "JsonFields::value", "looked up a key outside the object's key set");
    return index >= 0 ? m_values[index] : JsonView();
}
