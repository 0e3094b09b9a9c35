#include "catalogsplit.h"

#include "jsonview.h"

#include <simdjson.h>

using namespace simdjson;

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

bool RepeatedIds::isRepeat(std::string_view utf8Id)
{
    const QString trimmed = JsonView::fromUtf8(utf8Id).trimmed();
    if (trimmed.isEmpty())
        return false;
    const qsizetype before = m_seen.size();
    m_seen.insert(trimmed);
    return m_seen.size() == before;
}

std::optional<CatalogSplit> splitCatalog(const QByteArray& text)
{
    if (size_t(text.capacity() - text.size()) < SIMDJSON_PADDING)
        return std::nullopt;
    // The on-demand parser indexes the text and walks only what it is asked for: here the root's
    // members and each chip's id. What it skips, the parses of the header and of each chip check.
    ondemand::parser parser;
    ondemand::document document;
    ondemand::object root;
    if (parser.iterate(text.constData(), size_t(text.size()), size_t(text.capacity())).get(document)
        || document.get_object().get(root))
        return std::nullopt;

    CatalogSplit split;
    qsizetype chipsBegin = -1; // the array's '['
    qsizetype chipsEnd = -1; // just past its ']'
    RepeatedIds ids;
    for (auto member : root) {
        std::string_view key;
        if (member.error() || member.unescaped_key().get(key))
            return std::nullopt;
        if (key != "chips")
            continue;
        if (chipsBegin >= 0)
            return std::nullopt; // a repeated key, which the whole parse reports
        ondemand::value value;
        ondemand::array array;
        if (member.value().get(value))
            return std::nullopt;
        chipsBegin = value.raw_json_token().data() - text.constData();
        if (value.get_array().get(array))
            return std::nullopt;
        qsizetype afterLast = chipsBegin + 1;
        for (auto element : array) {
            ondemand::object chip;
            if (element.get_object().get(chip))
                return std::nullopt;
            // Ids as the validator compares them, for the repeats it reports in file order.
            std::string_view id;
            const bool duplicate = !chip.find_field_unordered("id").get_string().get(id) && ids.isRepeat(id);
            std::string_view chipText;
            if (chip.raw_json().get(chipText))
                return std::nullopt;
            split.chips.push_back(chipText);
            split.duplicate.push_back(duplicate);
            afterLast = chipText.data() + chipText.size() - text.constData();
        }
        while (afterLast < text.size() && isJsonSpace(text[afterLast]))
            ++afterLast;
        if (afterLast >= text.size() || text[afterLast] != ']')
            return std::nullopt;
        chipsEnd = afterLast + 1;
    }
    if (chipsBegin < 0)
        return std::nullopt;
    split.header.reserve(text.size() - (chipsEnd - chipsBegin) + 2 + qsizetype(SIMDJSON_PADDING));
    split.header.append(text.constData(), chipsBegin);
    split.header.append("[]");
    split.header.append(text.constData() + chipsEnd, text.size() - chipsEnd);
    return split;
}
