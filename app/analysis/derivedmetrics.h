#pragma once

#include "core/chip.h"

#include <QString>
#include <optional>

// Numbers computed from a chip's sourced values. Each is unknown when an input is unknown.
namespace Derived {

// Memory bandwidth per GB of memory (GB/s per GB): how fast the whole memory can be read.
std::optional<double> bandwidthPerGb(const Chip& chip);
// Peak dense BF16 FLOP per byte of memory traffic: the roofline ridge point. Kernels with lower
// arithmetic intensity (LLM decode) are memory-bound on this chip.
std::optional<double> flopPerByte(const Chip& chip);
// Peak dense BF16 TFLOPS per watt of TDP.
std::optional<double> tflopsPerWatt(const Chip& chip);
// Launch price (USD) per peak dense BF16 TFLOPS.
std::optional<double> usdPerBf16Tflops(const Chip& chip);

// US export-control Total Processing Performance (ECCN 3A090): the largest, over the chip's
// precisions, of dense TOPS/TFLOPS x bit length. Counted here over BF16/FP16 (16 bits), FP8 and
// INT8 (8 bits), the precisions the catalog records.
std::optional<double> totalProcessingPerformance(const Chip& chip);
// TPP per mm² of logic die area.
std::optional<double> performanceDensity(const Chip& chip);

// Where a datacenter chip's numbers fall under the October 2023 3A090 thresholds. An estimate:
// not a classification, and not legal advice.
enum class EccnBand { Unknown, A1, A2, B1, B2, Below, Undetermined };
struct EccnThresholds
{
    // 15 CFR 774, ECCN 3A090 as amended 2023-10-17 (88 FR 73458); summarised by CSET.
    static constexpr double kA1Tpp = 4800;
    static constexpr double kA2Tpp = 1600;
    static constexpr double kA2Density = 5.92;
    static constexpr double kB1TppLow = 2400;
    static constexpr double kB1DensityLow = 1.6;
    static constexpr double kB2Tpp = 1600;
    static constexpr double kB2DensityLow = 3.2;
};
EccnBand eccnBand(std::optional<double> tpp, std::optional<double> density);
EccnBand eccnBand(const Chip& chip);
// The weakest confidence among the values the band rests on (compute and die area); nullopt when
// none is known.
std::optional<Confidence> eccnBandConfidence(const Chip& chip);
QString eccnBandKey(EccnBand band); // "3A090.a.1", "below-3A090", "undetermined", ""
QString eccnBandLabel(EccnBand band); // translated explanation, says it is an estimate

} // namespace Derived
