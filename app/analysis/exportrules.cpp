#include "exportrules.h"

#include "core/numberformat.h"
#include "derivedmetrics.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportRules", text);
}

// Whether the rule's thresholds cover the chip, and the comparisons that show it.
std::optional<QString> byThresholds(const ExportRule& rule, const Chip& chip)
{
    if (!rule.hasThresholds() || (!rule.countries.isEmpty() && !rule.countries.contains(chip.country)))
        return std::nullopt;
    QStringList why;
    const auto tpp = Derived::totalProcessingPerformance(chip);
    if (rule.tppAtLeast || rule.tppBelow) {
        if (!tpp)
            return std::nullopt;
        if (rule.tppAtLeast) {
            if (*tpp < *rule.tppAtLeast)
                return std::nullopt;
            why.append(
                tr("TPP %1 ≥ %2")
                    .arg(NumberFormat::formatNumber(*tpp), NumberFormat::formatNumber(*rule.tppAtLeast)));
        }
        if (rule.tppBelow) {
            if (*tpp >= *rule.tppBelow)
                return std::nullopt;
            why.append(
                tr("TPP %1 < %2")
                    .arg(NumberFormat::formatNumber(*tpp), NumberFormat::formatNumber(*rule.tppBelow)));
        }
    }
    if (rule.memoryBandwidthBelow) {
        const auto bandwidth = chip.canonical(SpecField::MemoryBandwidth);
        if (!bandwidth || *bandwidth >= *rule.memoryBandwidthBelow)
            return std::nullopt;
        why.append(tr("memory bandwidth %1 < %2 GB/s")
                       .arg(NumberFormat::formatNumber(*bandwidth),
                           NumberFormat::formatNumber(*rule.memoryBandwidthBelow)));
    }
    return why.join(u"; "_s);
}

} // namespace

namespace ExportRules {

Finding applicable(const Catalog& catalog, const Chip& chip)
{
    Finding best;
    bool bestNamed = false;
    for (const auto& rule : catalog.rules) {
        const bool named = rule.chips.contains(chip.id);
        const auto thresholds = named ? std::nullopt : byThresholds(rule, chip);
        if (!named && !thresholds)
            continue;
        const bool later = !best.rule || rule.date > best.rule->date
            || (rule.date == best.rule->date && named && !bestNamed);
        if (!later)
            continue;
        best.rule = &rule;
        best.why = named ? tr("named by the rule") : *thresholds;
        bestNamed = named;
    }
    return best;
}

QString describe(const Finding& finding)
{
    if (!finding.rule)
        return {};
    return tr("%1 (%2, from %3)")
        .arg(finding.rule->outcome, finding.rule->id, finding.rule->date.toString(Qt::ISODate));
}

} // namespace ExportRules
