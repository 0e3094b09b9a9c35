#include "metriccolumnextent.h"

#include "core/numberformat.h"

#include <QLocale>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

MetricColumnExtent MetricColumnExtent::of(const Metric& metric, const QList<Chip>& chips)
{
    // A number's text grows with the decimals of small values and the digits of large ones; beyond
    // NumberFormat's limits it turns to an exponent, so the smallest and largest values written out
    // in decimals are the widest of those, whatever values lie past them.
    using NumberFormat::kExponentBelow;
    using NumberFormat::kExponentFrom;
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    const auto keepSmaller = [](double& kept, double candidate) {
        if (std::isnan(kept) || candidate < kept)
            kept = candidate;
    };
    const auto keepLarger = [](double& kept, double candidate) {
        if (std::isnan(kept) || candidate > kept)
            kept = candidate;
    };
    MetricColumnExtent extent;
    double smallest = kNone, largest = kNone; // of the non-zero magnitudes
    double smallestInDecimals = kNone, largestInDecimals = kNone;
    bool negative = false;
    bool any = false;
    for (const Chip& chip : chips) {
        const auto known = metric.value(chip);
        if (!known)
            continue;
        any = true;
        const double magnitude = std::abs(*known);
        negative = negative || *known < 0;
        if (magnitude > 0) {
            keepSmaller(smallest, magnitude);
            keepLarger(largest, magnitude);
            if (magnitude >= kExponentBelow && magnitude < kExponentFrom) {
                keepSmaller(smallestInDecimals, magnitude);
                keepLarger(largestInDecimals, magnitude);
            }
        }
        extent.anyDisagreement = extent.anyDisagreement || metric.sourcesDisagree(chip);
        extent.anyBelowReported = extent.anyBelowReported || metric.isBelowReported(chip);
    }
    if (!any)
        return extent;
    const auto add = [&](const QString& text) {
        extent.widestTexts.append(negative ? QLocale().negativeSign() + text : text);
    };
    add(NumberFormat::formatNumber(0));
    for (const double magnitude : { smallest, smallestInDecimals, largestInDecimals, largest }) {
        if (std::isnan(magnitude))
            continue;
        // A value of the same magnitude may use every significant digit where this one ends in
        // zeros (0.0001 against 0.000123).
        const double fullDigits = 8.88 * std::pow(10.0, std::floor(std::log10(magnitude)));
        add(NumberFormat::formatNumber(magnitude));
        add(NumberFormat::formatNumber(fullDigits));
    }
    return extent;
}

