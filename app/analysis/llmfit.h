#pragma once

#include "core/chip.h"

#include <QList>
#include <QString>
#include <optional>

// How many chips hold a model's weights, and a memory-bandwidth upper bound on single-stream
// decode speed. Deliberately simple and stated: weights only (no KV cache, activations or
// runtime overhead beyond the usable fraction), and decode reads every active weight once per
// token at full bandwidth.
namespace LlmFit {

enum class Precision { Bf16, Fp8, Int8, Int4 };
std::optional<Precision> precisionFromKey(const QString& key); // "bf16", "fp8", "int8", "int4"
QString precisionKey(Precision precision);
double bytesPerParameter(Precision precision); // 2, 1, 1, 0.5

struct Input
{
    double parameters = 0; // total, e.g. 32e9
    double activeParameters = 0; // per token; equals `parameters` for dense models
    Precision precision = Precision::Bf16;
    double usableFraction = 0.9; // share of memory the weights may use
    // Most chips one deployment may use (8: one server); 0 means no limit. A chip that needs more
    // gets no decode bound: multiplying by 19,445 game consoles ranks nothing real.
    int maxChips = kDefaultMaxChips;
    static constexpr int kDefaultMaxChips = 8;
};
// nullopt when the input is valid, otherwise what is wrong (for a CLI or form message).
std::optional<QString> validate(const Input& input);

enum class Fit {
    Fits, // needs at most maxChips chips
    ExceedsMaxChips, // needs more than maxChips: listed after the rest, without a decode bound
    Unknown, // memory capacity unknown
};
QString fitKey(Fit fit); // "fits", "exceeds-max-chips", "unknown"

struct Result
{
    double weightBytes = 0;
    std::optional<int> chipsNeeded; // unknown without memory capacity
    // Unknown without bandwidth or capacity, and for chips that need more than maxChips.
    std::optional<double> decodeTokensPerSecondUpper;
    Fit fit = Fit::Unknown;
};
Result evaluate(const Chip& chip, const Input& input);
// Ranking order: chips that fit, fastest first, then those with an unknown bound, then those that
// need more than maxChips (fewest chips first). Stable: ties keep catalog order.
bool ranksBefore(const Result& a, const Result& b);

// The formulas as shown to users.
QString chipsNeededFormula();
QString decodeFormula();

// Well-known open models, with parameter counts from their model cards.
struct ModelPreset
{
    QString key; // "qwen3-32b"
    QString name; // "Qwen3-32B"
    double parameters;
    double activeParameters;
    QString source; // model card address
};
const QList<ModelPreset>& presets();
const ModelPreset* findPreset(const QString& key);

} // namespace LlmFit
