#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What an imported column holds, decided from its header alone: "Memory Bandwidth (TB/s)",
// "mem_bw_tbs", "HBM capacity [GiB]", "TDP (Watts)", "Tensor-FP16/BF16 performance (FLOP/s)",
// "INT8 TOPS", "Release date", "Manufacturer", "Model". It never guesses a precision: a bare
// "TFLOPS", shader FP16 ("half precision" without "tensor"), TF32 or sparse figures never fill the
// dense tensor fields.
struct ColumnTarget
{
    // Its text is the recogniser's: one context for lupdate and for the run time.
    Q_DECLARE_TR_FUNCTIONS(ColumnRecognizer)

public:
    enum class Kind {
        Unmapped, // not recognised (reason says why when it looks like something)
        Ignored, // --map COLUMN=-, or derived values ChipCompare computes itself
        Text, // an identity or text field: key is "name", "vendor", "year", ..., or "__key"
        Number, // a sourced number: key is the catalog field ("memory_capacity")
        Source, // a per-row source: a link or a citation
        Extra, // an "x-" column, kept verbatim on each chip
    };
    Kind kind = Kind::Unmapped;
    QString key;
    std::optional<QString> unit; // from the header: the catalog unit for every cell of the column
    QString reason;
    // --map 'COLUMN=bf16_dense:TFLOPS:sparse': the column holds 2:4-sparse headline figures; each
    // value is halved to the dense one the catalog holds, with a note saying so.
    bool sparse = false;

    // "memory_capacity:GB", "bf16_dense:TFLOPS:sparse", "name", "-", "(unmapped)".
    QString describe() const;
};

namespace ColumnRecognizer {
ColumnTarget recognize(const QString& header);
// A cell that reads like the header of a name column ("Model", "GPU"): a header row scraped as data.
bool isNameHeader(const QString& text);
// "MemorySize_GB" -> "memory size gb": the form headers are compared in.
QString normalized(const QString& header);
// The target `--map 'COLUMN=FIELD[:UNIT]'` names; nullopt with `error` set when FIELD or UNIT is not
// one ChipCompare knows (or the unit does not fit the field). Without a UNIT, a number field takes
// the unit `header` (COLUMN) names where it fits: '소비전력 (W)=tdp' is in W, 'TFLOPS=fp32' in TFLOPS.
std::optional<ColumnTarget> fromMapping(
    const QString& fieldAndUnit, QString* error, const QString& header = {});
} // namespace ColumnRecognizer
