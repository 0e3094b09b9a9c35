#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// What a number measures. Each dimension has one canonical unit that every view, export and
// calculation uses; catalogs keep the unit their source printed, and this file is the only place
// that converts between the two.
enum class Dimension {
    DataSize, // canonical GB (10^9 bytes)
    DataRate, // canonical GB/s (10^9 bytes per second)
    FloatThroughput, // canonical TFLOPS (10^12 floating-point operations per second)
    IntThroughput, // canonical TOPS (10^12 integer operations per second)
    Power, // canonical W
    Area, // canonical mm²
    Currency, // canonical USD
    Count, // canonical billions (of transistors)
};

namespace Units {

QString canonicalUnit(Dimension dimension);
// Factor that turns a value in `unit` into the canonical unit, or nullopt when the unit does not
// measure `dimension`. Units are case-sensitive: "Tb/s" is terabits, "TB/s" terabytes.
std::optional<double> factorToCanonical(const QString& unit, Dimension dimension);
std::optional<double> toCanonical(double value, const QString& unit, Dimension dimension);
QStringList acceptedUnits(Dimension dimension);
// `value` in `from` expressed in `to` (both catalog units of one dimension): "GB" to "B", "TFLOPS"
// to "FLOP/s". nullopt when they measure different things.
std::optional<double> convert(double value, const QString& from, const QString& to);

// The catalog unit for a unit as datasets write it ("bytes" -> "B", "byte/s" -> "B/s", "Watts" ->
// "W", "teraFLOPS" -> "TFLOPS", "teraOPs" -> "TOPS", "mm^2" -> "mm²", "millions" -> "million"), or
// nullopt when it is not one. Byte and bit prefixes stay case-sensitive: "Tb/s" is terabits.
std::optional<QString> canonicalSpelling(const QString& text);
std::optional<Dimension> dimensionOf(const QString& unit); // of a catalog unit

} // namespace Units
