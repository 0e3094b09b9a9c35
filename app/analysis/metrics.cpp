#include "metrics.h"

#include "core/numberformat.h"
#include "derivedmetrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

Metric specMetric(const SpecFieldInfo& info)
{
    Metric metric;
    metric.key = info.metricKey;
    metric.csvKey = info.csvKey;
    metric.label = specFieldLabel(info.field);
    metric.unit = Units::canonicalUnit(info.dimension);
    metric.higherIsBetter = info.higherIsBetter;
    metric.field = info.field;
    metric.group = info.group;
    metric.leadsList = info.leadsList;
    metric.shownByDefault = info.shownByDefault;
    metric.sinceVersion = info.sinceVersion;
    metric.order = info.metricOrder;
    return metric;
}

struct DerivedShape
{
    const char16_t* key;
    const char16_t* csvKey;
    const char* label;
    const char16_t* unit;
    bool higherIsBetter;
    Metric::Group group;
    int order; // among the schema's metric orders (core/chipfields.cpp)
    bool shownByDefault;
    int sinceVersion;
};

Metric derivedMetric(DerivedShape shape, std::function<std::optional<double>(const Chip&)> derive,
    QList<SpecField> inputs, const char* formula)
{
    Metric metric;
    metric.key = QString::fromUtf16(shape.key);
    metric.csvKey = QString::fromUtf16(shape.csvKey);
    metric.label = QCoreApplication::translate("Metric", shape.label);
    metric.unit = QString::fromUtf16(shape.unit);
    metric.higherIsBetter = shape.higherIsBetter;
    metric.group = shape.group;
    metric.order = shape.order;
    metric.shownByDefault = shape.shownByDefault;
    metric.sinceVersion = shape.sinceVersion;
    metric.derive = std::move(derive);
    metric.derivedFrom = std::move(inputs);
    metric.formula = QCoreApplication::translate("Metric", formula);
    return metric;
}

QVector<Metric> derivedMetrics()
{
    const QList<SpecField> compute { SpecField::Bf16Dense, SpecField::Fp8Dense, SpecField::Int8Dense };
    using G = Metric::Group;
    return {
        derivedMetric(
            { u"bandwidth-per-gb", u"bandwidth_per_gb", QT_TRANSLATE_NOOP("Metric", "Bandwidth per GB"),
                u"GB/s/GB", true, G::Memory, 70, false, 1 },
            Derived::bandwidthPerGb, { SpecField::MemoryBandwidth, SpecField::MemoryCapacity },
            QT_TRANSLATE_NOOP("Metric", "memory bandwidth (GB/s) / memory capacity (GB)")),
        derivedMetric({ u"flop-per-byte", u"flop_per_byte", QT_TRANSLATE_NOOP("Metric", "Ridge point (BF16)"),
                          u"FLOP/B", false, G::Compute, 80, false, 1 },
            Derived::flopPerByte, { SpecField::Bf16Dense, SpecField::MemoryBandwidth },
            QT_TRANSLATE_NOOP("Metric",
                "peak dense BF16 FLOP/s / memory bandwidth (bytes/s); work below this "
                "arithmetic intensity, such as LLM decode, is memory-bound, so lower "
                "suits it better")),
        derivedMetric({ u"tflops-per-w", u"tflops_per_w", QT_TRANSLATE_NOOP("Metric", "BF16 per watt"),
                          u"TFLOPS/W", true, G::Power, 90, true, 1 },
            Derived::tflopsPerWatt, { SpecField::Bf16Dense, SpecField::Tdp },
            QT_TRANSLATE_NOOP("Metric", "peak dense BF16 TFLOPS / TDP (W)")),
        derivedMetric(
            { u"tpp", u"tpp", QT_TRANSLATE_NOOP("Metric", "TPP"), u"", true, G::Compute, 100, true, 1 },
            Derived::totalProcessingPerformance, compute,
            QT_TRANSLATE_NOOP("Metric",
                "US export-control Total Processing Performance: the largest of dense "
                "BF16/FP16 TFLOPS × 16, FP8 TFLOPS × 8 and INT8 TOPS × 8")),
        derivedMetric({ u"performance-density", u"performance_density",
                          QT_TRANSLATE_NOOP("Metric", "Performance density"), u"TPP/mm²", true, G::Compute,
                          110, false, 1 },
            Derived::performanceDensity, compute + QList<SpecField> { SpecField::DieArea },
            QT_TRANSLATE_NOOP("Metric", "TPP / logic die area (mm²)")),
        // Format 2.
        derivedMetric({ u"usd-per-bf16-tflops", u"usd_per_bf16_tflops",
                          QT_TRANSLATE_NOOP("Metric", "Price per BF16 TFLOPS"), u"USD/TFLOPS", false, G::Cost,
                          160, false, 2 },
            Derived::usdPerBf16Tflops, { SpecField::Price, SpecField::Bf16Dense },
            QT_TRANSLATE_NOOP("Metric", "launch price (USD) / peak dense BF16 TFLOPS")),
    };
}

QVector<Metric> buildMetrics()
{
    QVector<Metric> metrics = derivedMetrics();
    for (const auto& info : specFields()) {
        if (!info.metricKey.isEmpty())
            metrics.append(specMetric(info));
    }
    std::stable_sort(
        metrics.begin(), metrics.end(), [](const Metric& a, const Metric& b) { return a.order < b.order; });
    return metrics;
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
