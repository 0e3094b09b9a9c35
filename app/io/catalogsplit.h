#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <optional>
#include <string_view>
#include <vector>

// A catalog text taken apart: its chips, each as its own text, and the rest. Parsed whole, a
// catalog becomes a tape and a string buffer larger than the text itself; parsed apart, each
// chip's tape lives only while that chip is read, in whichever thread reads it, and the header
// (format, version, sources) is parsed on its own.
struct CatalogSplit
{
    QByteArray header; // the text with its "chips" array emptied ("chips": [])
    std::vector<std::string_view> chips; // views into the text, in file order
    std::vector<bool> duplicate; // the chip repeats an earlier chip's id (as trimmed text)
};

// Tells, chip by chip in file order, whether an id repeats an earlier one, comparing ids as the
// validator reads them (trimmed). Shared by the split and the whole parse, so both report the
// same chips.
class RepeatedIds
{
public:
    bool isRepeat(std::string_view utf8Id);

private:
    QSet<QString> m_seen;
};

// nullopt unless `text` is a JSON object whose one "chips" member is an array of objects. The
// reader then parses the text whole, which says what is wrong and where. `text` must have
// simdjson's padding as spare capacity, and outlive the split.
std::optional<CatalogSplit> splitCatalog(const QByteArray& text);
