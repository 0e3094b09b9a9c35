#include "units.h"

#include <QHash>
#include <array>

using namespace Qt::StringLiterals;

namespace {

struct UnitEntry
{
    const char16_t* symbol;
    Dimension dimension;
    double toCanonical;
};

constexpr double kKiB = 1024.0;
constexpr double kMiB = kKiB * 1024.0;
constexpr double kGiB = kMiB * 1024.0;
constexpr double kTiB = kGiB * 1024.0;
constexpr double kBitsPerByte = 8.0;

// Every unit a catalog may use. Adding a unit is one row.
constexpr std::array kUnits {
    UnitEntry { u"B", Dimension::DataSize, 1e-9 },
    UnitEntry { u"KB", Dimension::DataSize, 1e-6 },
    UnitEntry { u"MB", Dimension::DataSize, 1e-3 },
    UnitEntry { u"GB", Dimension::DataSize, 1.0 },
    UnitEntry { u"TB", Dimension::DataSize, 1e3 },
    UnitEntry { u"KiB", Dimension::DataSize, kKiB / 1e9 },
    UnitEntry { u"MiB", Dimension::DataSize, kMiB / 1e9 },
    UnitEntry { u"GiB", Dimension::DataSize, kGiB / 1e9 },
    UnitEntry { u"TiB", Dimension::DataSize, kTiB / 1e9 },

    UnitEntry { u"B/s", Dimension::DataRate, 1e-9 },
    UnitEntry { u"MB/s", Dimension::DataRate, 1e-3 },
    UnitEntry { u"GB/s", Dimension::DataRate, 1.0 },
    UnitEntry { u"TB/s", Dimension::DataRate, 1e3 },
    UnitEntry { u"GiB/s", Dimension::DataRate, kGiB / 1e9 },
    UnitEntry { u"TiB/s", Dimension::DataRate, kTiB / 1e9 },
    UnitEntry { u"bit/s", Dimension::DataRate, 1e-9 / kBitsPerByte },
    UnitEntry { u"Mb/s", Dimension::DataRate, 1e-3 / kBitsPerByte },
    UnitEntry { u"Gb/s", Dimension::DataRate, 1.0 / kBitsPerByte },
    UnitEntry { u"Tb/s", Dimension::DataRate, 1e3 / kBitsPerByte },

    UnitEntry { u"FLOP/s", Dimension::FloatThroughput, 1e-12 },
    UnitEntry { u"GFLOPS", Dimension::FloatThroughput, 1e-3 },
    UnitEntry { u"TFLOPS", Dimension::FloatThroughput, 1.0 },
    UnitEntry { u"PFLOPS", Dimension::FloatThroughput, 1e3 },

    UnitEntry { u"OP/s", Dimension::IntThroughput, 1e-12 },
    UnitEntry { u"GOPS", Dimension::IntThroughput, 1e-3 },
    UnitEntry { u"TOPS", Dimension::IntThroughput, 1.0 },
    UnitEntry { u"POPS", Dimension::IntThroughput, 1e3 },

    UnitEntry { u"W", Dimension::Power, 1.0 },
    UnitEntry { u"kW", Dimension::Power, 1e3 },

    UnitEntry { u"mm2", Dimension::Area, 1.0 },
    UnitEntry { u"mm²", Dimension::Area, 1.0 },
    UnitEntry { u"cm2", Dimension::Area, 100.0 },

    UnitEntry { u"USD", Dimension::Currency, 1.0 },

    UnitEntry { u"billion", Dimension::Count, 1.0 },
    UnitEntry { u"million", Dimension::Count, 1e-3 },
};

} // namespace

namespace Units {

QString canonicalUnit(Dimension dimension)
{
    switch (dimension) {
    case Dimension::DataSize:
        return u"GB"_s;
    case Dimension::DataRate:
        return u"GB/s"_s;
    case Dimension::FloatThroughput:
        return u"TFLOPS"_s;
    case Dimension::IntThroughput:
        return u"TOPS"_s;
    case Dimension::Power:
        return u"W"_s;
    case Dimension::Area:
        return u"mm²"_s;
    case Dimension::Currency:
        return u"USD"_s;
    case Dimension::Count:
        return u"billion"_s;
    }
    return {};
}

std::optional<double> factorToCanonical(const QString& unit, Dimension dimension)
{
    for (const auto& entry : kUnits) {
        if (entry.dimension == dimension && unit == QStringView(entry.symbol))
            return entry.toCanonical;
    }
    return std::nullopt;
}

std::optional<double> toCanonical(double value, const QString& unit, Dimension dimension)
{
    const auto factor = factorToCanonical(unit, dimension);
    if (!factor)
        return std::nullopt;
    return value * *factor;
}

std::optional<double> convert(double value, const QString& from, const QString& to)
{
    const auto dimension = dimensionOf(from);
    if (!dimension || dimensionOf(to) != dimension)
        return std::nullopt;
    return value * *factorToCanonical(from, *dimension) / *factorToCanonical(to, *dimension);
}

std::optional<Dimension> dimensionOf(const QString& unit)
{
    for (const auto& entry : kUnits) {
        if (unit == QStringView(entry.symbol))
            return entry.dimension;
    }
    return std::nullopt;
}

std::optional<QString> canonicalSpelling(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Exact catalog units first: they carry the bits/bytes distinction in their case.
    if (dimensionOf(text))
        return text;
    // Words, case-insensitive. (Sizes and rates with a one-letter b/B are not here: only the
    // exact forms above decide bits against bytes.)
    static const QHash<QString, QString> aliases {
        { u"byte"_s, u"B"_s },
        { u"bytes"_s, u"B"_s },
        { u"kilobytes"_s, u"KB"_s },
        { u"megabytes"_s, u"MB"_s },
        { u"gigabytes"_s, u"GB"_s },
        { u"terabytes"_s, u"TB"_s },
        { u"kib"_s, u"KiB"_s },
        { u"mib"_s, u"MiB"_s },
        { u"gib"_s, u"GiB"_s },
        { u"tib"_s, u"TiB"_s },
        { u"byte/s"_s, u"B/s"_s },
        { u"bytes/s"_s, u"B/s"_s },
        { u"bytes per second"_s, u"B/s"_s },
        { u"gib/s"_s, u"GiB/s"_s },
        { u"tib/s"_s, u"TiB/s"_s },
        { u"gbps"_s, u"Gb/s"_s },
        { u"tbps"_s, u"Tb/s"_s },
        { u"bit/s"_s, u"bit/s"_s },
        { u"bits/s"_s, u"bit/s"_s },
        { u"w"_s, u"W"_s },
        { u"watt"_s, u"W"_s },
        { u"watts"_s, u"W"_s },
        { u"kw"_s, u"kW"_s },
        { u"flop/s"_s, u"FLOP/s"_s },
        { u"flops"_s, u"FLOP/s"_s },
        { u"gflops"_s, u"GFLOPS"_s },
        { u"tflops"_s, u"TFLOPS"_s },
        { u"teraflops"_s, u"TFLOPS"_s },
        { u"tflop/s"_s, u"TFLOPS"_s },
        { u"pflops"_s, u"PFLOPS"_s },
        { u"petaflops"_s, u"PFLOPS"_s },
        { u"pflop/s"_s, u"PFLOPS"_s },
        { u"gigaflops"_s, u"GFLOPS"_s },
        { u"op/s"_s, u"OP/s"_s },
        { u"ops"_s, u"OP/s"_s },
        { u"gops"_s, u"GOPS"_s },
        { u"tops"_s, u"TOPS"_s },
        { u"teraops"_s, u"TOPS"_s },
        { u"pops"_s, u"POPS"_s },
        { u"petaops"_s, u"POPS"_s },
        { u"mm2"_s, u"mm²"_s },
        { u"mm^2"_s, u"mm²"_s },
        { u"mm²"_s, u"mm²"_s },
        { u"sq mm"_s, u"mm²"_s },
        { u"usd"_s, u"USD"_s },
        { u"$"_s, u"USD"_s },
        { u"us$"_s, u"USD"_s },
        { u"dollars"_s, u"USD"_s },
        { u"billion"_s, u"billion"_s },
        { u"billions"_s, u"billion"_s },
        { u"million"_s, u"million"_s },
        { u"millions"_s, u"million"_s },
    };
    const QString word = text.toLower();
    if (const auto it = aliases.constFind(word); it != aliases.cend())
        return *it;
    return std::nullopt;
}

QStringList acceptedUnits(Dimension dimension)
{
    QStringList result;
    for (const auto& entry : kUnits) {
        if (entry.dimension == dimension)
            result.append(QString::fromUtf16(entry.symbol));
    }
    return result;
}

} // namespace Units
