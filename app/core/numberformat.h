#pragma once

#include <QString>

// How numbers are written for people and for files, in one place: never "0" for a positive
// value, never float noise in CSV.
namespace NumberFormat {

// Human-readable number with `significantDigits` significant digits (at least every digit before
// the point), in the locale's notation. A positive value never reads "0": 3.2e-05 is "0.000032".
// Below kExponentBelow and from kExponentFrom it is written with an exponent: a run of zeros reads
// worse, and from 1e15 a double no longer holds every digit before the point (1e30 would print
// as 1,000,000,000,000,000,019,884,624,838,656).
constexpr int kDisplayDigits = 4;
constexpr double kExponentBelow = 1e-6;
constexpr double kExponentFrom = 1e15;
QString formatNumber(double value, bool groupThousands = true, int significantDigits = kDisplayDigits);
// `value` rounded as formatNumber shows it: compare these, not raw values, to judge what a reader
// sees as equal.
double displayedValue(double value, int significantDigits = kDisplayDigits);
// A whole count with the locale's thousands separators: "19,445".
QString formatCount(qint64 count);
// Exact, locale-independent number for CSV and JSON (no float noise such as 3350.0000000000005).
QString exactNumber(double value);

} // namespace NumberFormat
