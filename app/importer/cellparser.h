#pragma once

#include <QString>
#include <optional>

// One spreadsheet cell read as a number: "80 GB", "3.35 TB/s", "Up to 7.7TB/s", "80GB HBM3",
// "4.5 petaFLOPS", "9.894e+14", "1,979". Never guesses: a cell with several numbers ("45-100 W",
// "64 or 80", "2.128 4.256") or with an unknown unit is skipped with a reason.
struct ParsedCell
{
    enum class Kind { Unknown, Number, Skipped };
    Kind kind = Kind::Unknown;
    double value = 0;
    QString unitText; // the word after the number, as written ("petaFLOPS"); empty when none
    std::optional<QString> unit; // unitText as a catalog unit, when it is one
    QString reason; // why it was skipped
    QString note; // e.g. "approximate (~)"
};

namespace CellParser {
// "", "-", "—", "?", "n/a", "nan", "TBD", "unknown" (soft hyphens ignored), "none", "no".
bool isUnknown(const QString& cell);
// With `decimalComma`, a comma is the decimal point ("0,128" is 0.128; "1.234,5" is 1,234.5) and
// a dot groups thousands. Without it, commas group thousands, and a comma that cannot ("0,128",
// "3,35") makes the cell skipped with the reason: never 0,128 read as 128.
ParsedCell parseNumber(const QString& cell, bool decimalComma = false);
// A four-digit year from "2024", "2024-03-18", "3/18/2024" or "March 2024"; nullopt otherwise.
std::optional<int> parseYear(const QString& cell);
} // namespace CellParser
