#include "metrics.h"

#include "core/numberformat.h"
#include "derivedmetrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

Metric specMetric(QString key, QString csvKey, SpecField field, bool higherIsBetter, Metric::Group group,
    bool leadsList = false, bool shownByDefault = true)
{
    Metric metric;
    metric.group = group;
    metric.leadsList = leadsList;
    metric.shownByDefault = shownByDefault;
    metric.key = std::move(key);
    metric.csvKey = std::move(csvKey);
    metric.label = specFieldLabel(field);
    metric.unit = Units::canonicalUnit(specFieldInfo(field).dimension);
    metric.higherIsBetter = higherIsBetter;
    metric.field = field;
    return metric;
}

Metric derivedMetric(QString key, QString csvKey, const char* label, QString unit, bool higherIsBetter,
    std::function<std::optional<double>(const Chip&)> derive, QList<SpecField> inputs, const char* formula,
    Metric::Group group, bool shownByDefault)
{
    Metric metric;
    metric.group = group;
    metric.shownByDefault = shownByDefault;
    metric.key = std::move(key);
    metric.csvKey = std::move(csvKey);
    metric.label = QCoreApplication::translate("Metric", label);
    metric.unit = std::move(unit);
    metric.higherIsBetter = higherIsBetter;
    metric.derive = std::move(derive);
    metric.derivedFrom = std::move(inputs);
    metric.formula = QCoreApplication::translate("Metric", formula);
    return metric;
}

QVector<Metric> buildMetricRows();

QVector<Metric> buildMetrics()
{
    QVector<Metric> metrics = buildMetricRows();
    // Everything after performance density came with format 2.
    bool later = false;
    for (auto& metric : metrics) {
        metric.sinceVersion = later ? 2 : 1;
        later = later || metric.key == u"performance-density"_s;
    }
    return metrics;
}

QVector<Metric> buildMetricRows()
{
    const QList<SpecField> compute { SpecField::Bf16Dense, SpecField::Fp8Dense, SpecField::Int8Dense };
    using G = Metric::Group;
    // The order is the table's column order and the Compare page's row order within each group.
    return {
        specMetric(u"memory-gb"_s, u"memory_gb"_s, SpecField::MemoryCapacity, true, G::Memory, true),
        specMetric(u"bandwidth-gbs"_s, u"bandwidth_gbs"_s, SpecField::MemoryBandwidth, true, G::Memory, true),
        specMetric(u"bf16-tflops"_s, u"bf16_tflops"_s, SpecField::Bf16Dense, true, G::Compute, true),
        specMetric(u"fp8-tflops"_s, u"fp8_tflops"_s, SpecField::Fp8Dense, true, G::Compute, true),
        specMetric(u"int8-tops"_s, u"int8_tops"_s, SpecField::Int8Dense, true, G::Compute, true),
        specMetric(u"tdp-w"_s, u"tdp_w"_s, SpecField::Tdp, false, G::Power, true),
        derivedMetric(u"bandwidth-per-gb"_s, u"bandwidth_per_gb"_s,
            QT_TRANSLATE_NOOP("Metric", "Bandwidth per GB"), u"GB/s/GB"_s, true, Derived::bandwidthPerGb,
            { SpecField::MemoryBandwidth, SpecField::MemoryCapacity },
            QT_TRANSLATE_NOOP("Metric", "memory bandwidth (GB/s) / memory capacity (GB)"), G::Memory, false),
        derivedMetric(u"flop-per-byte"_s, u"flop_per_byte"_s,
            QT_TRANSLATE_NOOP("Metric", "Ridge point (BF16)"), u"FLOP/B"_s, false, Derived::flopPerByte,
            { SpecField::Bf16Dense, SpecField::MemoryBandwidth },
            QT_TRANSLATE_NOOP("Metric",
                "peak dense BF16 FLOP/s / memory bandwidth (bytes/s); work below this "
                "arithmetic intensity, such as LLM decode, is memory-bound, so lower "
                "suits it better"),
            G::Compute, false),
        derivedMetric(u"tflops-per-w"_s, u"tflops_per_w"_s, QT_TRANSLATE_NOOP("Metric", "BF16 per watt"),
            u"TFLOPS/W"_s, true, Derived::tflopsPerWatt, { SpecField::Bf16Dense, SpecField::Tdp },
            QT_TRANSLATE_NOOP("Metric", "peak dense BF16 TFLOPS / TDP (W)"), G::Power, true),
        derivedMetric(u"tpp"_s, u"tpp"_s, QT_TRANSLATE_NOOP("Metric", "TPP"), QString(), true,
            Derived::totalProcessingPerformance, compute,
            QT_TRANSLATE_NOOP("Metric",
                "US export-control Total Processing Performance: the largest of dense "
                "BF16/FP16 TFLOPS × 16, FP8 TFLOPS × 8 and INT8 TOPS × 8"),
            G::Compute, true),
        derivedMetric(u"performance-density"_s, u"performance_density"_s,
            QT_TRANSLATE_NOOP("Metric", "Performance density"), u"TPP/mm²"_s, true,
            Derived::performanceDensity, compute + QList<SpecField> { SpecField::DieArea },
            QT_TRANSLATE_NOOP("Metric", "TPP / logic die area (mm²)"), G::Compute, false),
        // Format 2.
        specMetric(u"fp4-tflops"_s, u"fp4_tflops"_s, SpecField::Fp4Dense, true, G::Compute, false, false),
        specMetric(u"fp32-tflops"_s, u"fp32_tflops"_s, SpecField::Fp32, true, G::Compute, false, false),
        specMetric(u"fp64-tflops"_s, u"fp64_tflops"_s, SpecField::Fp64, true, G::Compute, false, false),
        specMetric(u"price-usd"_s, u"price_usd"_s, SpecField::Price, false, G::Cost, false, false),
        derivedMetric(u"usd-per-bf16-tflops"_s, u"usd_per_bf16_tflops"_s,
            QT_TRANSLATE_NOOP("Metric", "Price per BF16 TFLOPS"), u"USD/TFLOPS"_s, false,
            Derived::usdPerBf16Tflops, { SpecField::Price, SpecField::Bf16Dense },
            QT_TRANSLATE_NOOP("Metric", "launch price (USD) / peak dense BF16 TFLOPS"), G::Cost, false),
        specMetric(u"transistors-billion"_s, u"transistors_billion"_s, SpecField::Transistors, true,
            G::Silicon, false, false),
    };
}

} // namespace

std::optional<double> Metric::value(const Chip& chip) const
{
    if (field)
        return chip.canonical(*field);
    return derive ? derive(chip) : std::nullopt;
}

const SpecValue* Metric::specValue(const Chip& chip) const
{
    if (!field)
        return nullptr;
    const auto& value = chip.spec(*field);
    return value ? &*value : nullptr;
}

std::optional<Confidence> Metric::confidence(const Chip& chip) const
{
    if (!value(chip))
        return std::nullopt;
    std::optional<Confidence> weakest;
    for (const SpecField input : inputs()) {
        const auto& spec = chip.spec(input);
        if (spec && (!weakest || int(spec->primary.confidence) > int(*weakest)))
            weakest = spec->primary.confidence;
    }
    return weakest;
}

bool Metric::isBelowReported(const Chip& chip) const
{
    const auto weakest = confidence(chip);
    return weakest && ::isBelowReported(*weakest);
}

bool Metric::sourcesDisagree(const Chip& chip) const
{
    if (!value(chip))
        return false;
    for (const SpecField input : inputs()) {
        const auto& spec = chip.spec(input);
        if (spec && spec->sourcesDisagree())
            return true;
    }
    return false;
}

QString Metric::axisTitle() const
{
    return unit.isEmpty() ? label : label + u" ("_s + unit + u')';
}

namespace Metrics {

QString groupLabel(Metric::Group group)
{
    switch (group) {
    case Metric::Group::Memory:
        return QCoreApplication::translate("Metric", "Memory");
    case Metric::Group::Compute:
        return QCoreApplication::translate("Metric", "Compute");
    case Metric::Group::Power:
        return QCoreApplication::translate("Metric", "Power");
    case Metric::Group::Cost:
        return QCoreApplication::translate("Metric", "Cost");
    case Metric::Group::Silicon:
        return QCoreApplication::translate("Metric", "Silicon");
    }
    return {};
}

const QVector<Metric>& all()
{
    static const QVector<Metric> metrics = buildMetrics();
    return metrics;
}

const Metric* find(const QString& key)
{
    for (const auto& metric : all()) {
        if (metric.key == key || metric.csvKey == key)
            return &metric;
    }
    return nullptr;
}

QStringList keys()
{
    QStringList result;
    for (const auto& metric : all())
        result.append(metric.key);
    return result;
}

} // namespace Metrics
