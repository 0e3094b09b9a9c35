#pragma once

#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>
#include <array>
#include <simdjson.h>
#include <string_view>

// A read-only view of one value of a simdjson DOM, with QJsonValue's vocabulary (isString,
// toDouble, ...) so that validation reads like it did over QJsonDocument. A default-made view is
// "undefined": the key was not there.
class JsonView
{
public:
    JsonView() = default;
    explicit JsonView(simdjson::dom::element element)
        : m_element(element)
        , m_present(true)
    {
    }

    bool isUndefined() const { return !m_present; }
    bool isString() const { return is(simdjson::dom::element_type::STRING); }
    bool isObject() const { return is(simdjson::dom::element_type::OBJECT); }
    bool isArray() const { return is(simdjson::dom::element_type::ARRAY); }
    bool isDouble() const; // any JSON number, as in QJsonValue

    std::string_view text() const; // the string's UTF-8 bytes; empty unless a string
    QString toString() const { return fromUtf8(text()); }
    double toDouble() const; // 0 unless a number
    // Only for a view that isObject() or isArray(): simdjson has no empty stand-in to return.
    simdjson::dom::object object() const;
    simdjson::dom::array array() const;

    // For the "x-" values a catalog keeps verbatim. `depth` is this value's nesting level (the
    // top level is 0); `suspect` is set when a container sits `maxDepth` - 1 levels deep or an object
    // repeats a key, for JsonLocator, which knows positions, to say what and where.
    QJsonValue toQJsonValue(int depth, int maxDepth, bool* suspect) const;
    QString typeName() const; // "a string", "an object", ... for messages

    static QString fromUtf8(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

private:
    bool is(simdjson::dom::element_type type) const { return m_present && m_element.type() == type; }

    simdjson::dom::element m_element;
    bool m_present = false;
};

// The keys a kind of JSON object may have, in a small open-addressing table: a lookup is one hash
// of three bytes and, nearly always, one comparison. (It runs some sixty times for each chip.)
class JsonKeySet
{
public:
    JsonKeySet(std::initializer_list<std::string_view> keys);
    template <typename Range>
    explicit JsonKeySet(const Range& keys)
        : m_keys(std::begin(keys), std::end(keys))
    {
        buildTable();
    }
    int indexOf(std::string_view key) const; // -1 when not in the set
    int size() const { return int(m_keys.size()); }
    std::string_view key(int index) const { return m_keys[index]; }

private:
    void buildTable();
    static unsigned slotOf(std::string_view key);
    static constexpr unsigned kSlots = 128; // at least three times the largest key set
    QVarLengthArray<std::string_view, 40> m_keys;
    std::array<qint8, kSlots> m_table; // index into m_keys, -1 for an empty slot
};

// One JSON object's members, split into those in a key set (looked up by key) and the rest.
class JsonFields
{
public:
    JsonFields(simdjson::dom::object object, const JsonKeySet& known);

    JsonView value(std::string_view key) const; // undefined when absent; `key` must be known
    bool contains(std::string_view key) const { return !value(key).isUndefined(); }
    bool repeatsAKey() const { return m_repeatsAKey; }

    struct Member
    {
        std::string_view key;
        JsonView value;
    };
    const QVarLengthArray<Member, 4>& unknown() const { return m_unknown; }

private:
    const JsonKeySet& m_known;
    QVarLengthArray<JsonView, 40> m_values; // by index in m_known
    QVarLengthArray<Member, 4> m_unknown;
    bool m_repeatsAKey = false;
};
