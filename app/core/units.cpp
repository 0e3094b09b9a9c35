#include "units.h"

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
