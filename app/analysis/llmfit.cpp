#include "llmfit.h"

#include "core/units.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LlmFit {

std::optional<Precision> precisionFromKey(const QString& key)
{
    for (const auto precision : { Precision::Bf16, Precision::Fp8, Precision::Int8, Precision::Int4 }) {
        if (precisionKey(precision) == key.toLower())
            return precision;
    }
    return std::nullopt;
}

QString precisionKey(Precision precision)
{
    switch (precision) {
    case Precision::Bf16:
        return u"bf16"_s;
    case Precision::Fp8:
        return u"fp8"_s;
    case Precision::Int8:
        return u"int8"_s;
    case Precision::Int4:
        return u"int4"_s;
    }
    return {};
}

double bytesPerParameter(Precision precision)
{
    switch (precision) {
    case Precision::Bf16:
        return 2.0;
    case Precision::Fp8:
    case Precision::Int8:
        return 1.0;
    case Precision::Int4:
        return 0.5;
    }
    return 2.0;
}

std::optional<QString> validate(const Input& input)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("LlmFit", text); };
    if (!std::isfinite(input.parameters) || input.parameters <= 0)
        return tr("the parameter count must be a positive number");
    if (!std::isfinite(input.activeParameters) || input.activeParameters <= 0)
        return tr("the active parameter count must be a positive number");
    if (input.activeParameters > input.parameters)
        return tr("active parameters cannot exceed the total parameters");
    if (!std::isfinite(input.usableFraction) || input.usableFraction <= 0 || input.usableFraction > 1)
        return tr("the usable memory fraction must be above 0 and at most 1");
    if (input.maxChips < 0)
        return tr("the most chips must be 0 (no limit) or a positive whole number");
    return std::nullopt;
}

Result evaluate(const Chip& chip, const Input& input)
{
    Result result;
    const double bytesPerParam = bytesPerParameter(input.precision);
    result.weightBytes = input.parameters * bytesPerParam;
    const auto capacityGb = chip.canonical(SpecField::MemoryCapacity);
    if (!capacityGb)
        return result;
    const double usableBytes = *Units::convert(*capacityGb, u"GB"_s, u"B"_s) * input.usableFraction;
    // The tiny tolerance keeps an exact fit (e.g. 72e9 bytes in 72e9 usable) from rounding up.
    const double chips = std::ceil(result.weightBytes / usableBytes - 1e-9);
    if (chips > std::numeric_limits<int>::max())
        return result;
    result.chipsNeeded = std::max(1, int(chips));
    if (input.maxChips > 0 && *result.chipsNeeded > input.maxChips) {
        result.fit = Fit::ExceedsMaxChips;
        return result;
    }
    result.fit = Fit::Fits;
    const auto bandwidthGbs = chip.canonical(SpecField::MemoryBandwidth);
    if (!bandwidthGbs)
        return result;
    const double bytesPerToken = input.activeParameters * bytesPerParam;
    result.decodeTokensPerSecondUpper
        = *result.chipsNeeded * *Units::convert(*bandwidthGbs, u"GB/s"_s, u"B/s"_s) / bytesPerToken;
    return result;
}

QString fitKey(Fit fit)
{
    switch (fit) {
    case Fit::Fits:
        return u"fits"_s;
    case Fit::ExceedsMaxChips:
        return u"exceeds-max-chips"_s;
    case Fit::Unknown:
        return u"unknown"_s;
    }
    return {};
}

bool ranksBefore(const Result& a, const Result& b)
{
    auto tier = [](const Result& r) {
        if (r.fit == Fit::ExceedsMaxChips)
            return 2;
        return r.decodeTokensPerSecondUpper ? 0 : 1;
    };
    if (tier(a) != tier(b))
        return tier(a) < tier(b);
    if (tier(a) == 0)
        return *a.decodeTokensPerSecondUpper > *b.decodeTokensPerSecondUpper;
    if (tier(a) == 2)
        return *a.chipsNeeded < *b.chipsNeeded;
    return false;
}

QString chipsNeededFormula()
{
    return QCoreApplication::translate("LlmFit",
        "chips_needed = ceil(parameters × bytes per parameter / (memory capacity × usable fraction))");
}

QString decodeFormula()
{
    return QCoreApplication::translate("LlmFit",
        "decode_tokens_per_s_upper = chips_needed × memory bandwidth (bytes/s) / (active parameters × bytes "
        "per parameter) — an upper bound for single-stream decode: weights only, perfect bandwidth use");
}

const QList<ModelPreset>& presets()
{
    static const QList<ModelPreset> list {
        { u"qwen3-0.6b"_s, u"Qwen3-0.6B"_s, 0.6e9, 0.6e9, u"https://huggingface.co/Qwen/Qwen3-0.6B"_s },
        { u"qwen3-1.7b"_s, u"Qwen3-1.7B"_s, 1.7e9, 1.7e9, u"https://huggingface.co/Qwen/Qwen3-1.7B"_s },
        { u"qwen3-4b"_s, u"Qwen3-4B"_s, 4.0e9, 4.0e9, u"https://huggingface.co/Qwen/Qwen3-4B"_s },
        { u"qwen3-8b"_s, u"Qwen3-8B"_s, 8.2e9, 8.2e9, u"https://huggingface.co/Qwen/Qwen3-8B"_s },
        { u"qwen3-14b"_s, u"Qwen3-14B"_s, 14.8e9, 14.8e9, u"https://huggingface.co/Qwen/Qwen3-14B"_s },
        { u"qwen3-32b"_s, u"Qwen3-32B"_s, 32.8e9, 32.8e9, u"https://huggingface.co/Qwen/Qwen3-32B"_s },
        { u"qwen3-30b-a3b"_s, u"Qwen3-30B-A3B (MoE)"_s, 30.5e9, 3.3e9,
            u"https://huggingface.co/Qwen/Qwen3-30B-A3B"_s },
        { u"qwen3-235b-a22b"_s, u"Qwen3-235B-A22B (MoE)"_s, 235e9, 22e9,
            u"https://huggingface.co/Qwen/Qwen3-235B-A22B"_s },
        { u"deepseek-v3"_s, u"DeepSeek-V3 / R1 (MoE)"_s, 671e9, 37e9,
            u"https://huggingface.co/deepseek-ai/DeepSeek-V3"_s },
        { u"llama-3.1-70b"_s, u"Llama 3.1 70B"_s, 70.6e9, 70.6e9,
            u"https://huggingface.co/meta-llama/Llama-3.1-70B"_s },
        { u"llama-3.1-405b"_s, u"Llama 3.1 405B"_s, 405e9, 405e9,
            u"https://huggingface.co/meta-llama/Llama-3.1-405B"_s },
        { u"gpt-oss-120b"_s, u"gpt-oss-120b (MoE)"_s, 117e9, 5.1e9,
            u"https://huggingface.co/openai/gpt-oss-120b"_s },
    };
    return list;
}

const ModelPreset* findPreset(const QString& key)
{
    for (const auto& preset : presets()) {
        if (preset.key == key.toLower())
            return &preset;
    }
    return nullptr;
}

} // namespace LlmFit
