#include "derivedmetrics.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Derived {

namespace {
} // namespace

std::optional<double> bandwidthPerGb(const Chip& chip)
{
    const auto bandwidth = chip.canonical(SpecField::MemoryBandwidth); // GB/s
    const auto capacity = chip.canonical(SpecField::MemoryCapacity); // GB
    if (!bandwidth || !capacity)
        return std::nullopt;
    return *bandwidth / *capacity;
}

std::optional<double> usdPerBf16Tflops(const Chip& chip)
{
    const auto price = chip.canonical(SpecField::Price); // USD
    const auto tflops = chip.canonical(SpecField::Bf16Dense);
    if (!price || !tflops)
        return std::nullopt;
    return *price / *tflops;
}

std::optional<double> flopPerByte(const Chip& chip)
{
    const auto tflops = chip.canonical(SpecField::Bf16Dense);
    const auto bandwidth = chip.canonical(SpecField::MemoryBandwidth);
    if (!tflops || !bandwidth)
        return std::nullopt;
    return *Units::convert(*tflops, u"TFLOPS"_s, u"FLOP/s"_s)
        / *Units::convert(*bandwidth, u"GB/s"_s, u"B/s"_s);
}

std::optional<double> tflopsPerWatt(const Chip& chip)
{
    const auto tflops = chip.canonical(SpecField::Bf16Dense);
    const auto watts = chip.canonical(SpecField::Tdp);
    if (!tflops || !watts)
        return std::nullopt;
    return *tflops / *watts;
}

std::optional<double> totalProcessingPerformance(const Chip& chip)
{
    std::optional<double> best;
    const std::pair<SpecField, int> precisions[] { { SpecField::Bf16Dense, 16 }, { SpecField::Fp8Dense, 8 },
        { SpecField::Int8Dense, 8 } };
    for (const auto& [field, bits] : precisions) {
        if (const auto rate = chip.canonical(field))
            best = std::max(best.value_or(0.0), *rate * bits);
    }
    return best;
}

std::optional<double> performanceDensity(const Chip& chip)
{
    const auto tpp = totalProcessingPerformance(chip);
    const auto area = chip.canonical(SpecField::DieArea);
    if (!tpp || !area)
        return std::nullopt;
    return *tpp / *area;
}

EccnBand eccnBand(std::optional<double> tpp, std::optional<double> density)
{
    using T = EccnThresholds;
    if (!tpp)
        return EccnBand::Unknown;
    if (*tpp >= T::kA1Tpp)
        return EccnBand::A1; // regardless of density
    if (*tpp < T::kA2Tpp)
        return EccnBand::Below; // every remaining rule needs TPP >= 1600
    if (!density)
        return EccnBand::Undetermined;
    if (*density >= T::kA2Density)
        return EccnBand::A2;
    if (*tpp >= T::kB1TppLow && *density >= T::kB1DensityLow)
        return EccnBand::B1; // TPP < 4800 and density < 5.92 hold here
    if (*density >= T::kB2DensityLow)
        return EccnBand::B2;
    return EccnBand::Below;
}

EccnBand eccnBand(const Chip& chip)
{
    return eccnBand(totalProcessingPerformance(chip), performanceDensity(chip));
}

std::optional<Confidence> eccnBandConfidence(const Chip& chip)
{
    std::optional<Confidence> weakest;
    for (const SpecField field :
        { SpecField::Bf16Dense, SpecField::Fp8Dense, SpecField::Int8Dense, SpecField::DieArea }) {
        const auto& value = chip.spec(field);
        if (value && (!weakest || int(value->primary.confidence) > int(*weakest)))
            weakest = value->primary.confidence;
    }
    return weakest;
}

QString eccnBandKey(EccnBand band)
{
    switch (band) {
    case EccnBand::Unknown:
        return {};
    case EccnBand::A1:
        return u"3A090.a.1"_s;
    case EccnBand::A2:
        return u"3A090.a.2"_s;
    case EccnBand::B1:
        return u"3A090.b.1"_s;
    case EccnBand::B2:
        return u"3A090.b.2"_s;
    case EccnBand::Below:
        return u"below-3A090"_s;
    case EccnBand::Undetermined:
        return u"undetermined"_s;
    }
    return {};
}

QString eccnBandLabel(EccnBand band)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("Derived", text); };
    switch (band) {
    case EccnBand::Unknown:
        return {};
    case EccnBand::A1:
        return tr("3A090.a.1 (est.)");
    case EccnBand::A2:
        return tr("3A090.a.2 (est.)");
    case EccnBand::B1:
        return tr("3A090.b.1 (est.)");
    case EccnBand::B2:
        return tr("3A090.b.2 (est.)");
    case EccnBand::Below:
        return tr("below 3A090 (est.)");
    case EccnBand::Undetermined:
        return tr("undetermined: die area unknown");
    }
    return {};
}

} // namespace Derived
