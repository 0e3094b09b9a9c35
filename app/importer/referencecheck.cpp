#include "referencecheck.h"

#include "core/numberformat.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReferenceCheck", text);
}

// "NVIDIA H100 SXM5 80GB" and "nvidia-h100-sxm5-80gb" alike: letters and digits only.
QString nameKey(const QString& name)
{
    QString key;
    for (const QChar c : name.toCaseFolded()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

struct Factor
{
    double ratio;
    const char* why;
};

// What a value this many times the reference's usually is. Rounding (GB against GiB, three
// significant digits) stays well inside the tolerance around each factor.
const Factor* explain(double ratio)
{
    static const Factor factors[] = {
        { 2.0, QT_TRANSLATE_NOOP("ReferenceCheck", "a sparse figure?") },
        { 0.5,
            QT_TRANSLATE_NOOP("ReferenceCheck", "half: one die of two, or the reference's figure sparse?") },
        { 8.0, QT_TRANSLATE_NOOP("ReferenceCheck", "bits read as bytes?") },
        { 0.125, QT_TRANSLATE_NOOP("ReferenceCheck", "bytes read as bits?") },
        { 1000.0, QT_TRANSLATE_NOOP("ReferenceCheck", "MB read as GB, or GFLOPS as TFLOPS?") },
        { 0.001, QT_TRANSLATE_NOOP("ReferenceCheck", "GB read as MB, or TFLOPS as GFLOPS?") },
    };
    constexpr double kTolerance = 0.03;
    for (const auto& factor : factors) {
        if (std::abs(ratio / factor.ratio - 1.0) <= kTolerance)
            return &factor;
    }
    return nullptr;
}

} // namespace

namespace ReferenceCheck {

QStringList suspiciousValues(const Catalog& imported, const Catalog& reference, const QString& referenceName)
{
    QHash<QString, const Chip*> byId;
    QHash<QString, const Chip*> byName;
    for (const auto& chip : reference.chips) {
        byId.insert(chip.id, &chip);
        byName.insert(nameKey(chip.name), &chip);
    }
    QStringList lines;
    for (const auto& chip : imported.chips) {
        const Chip* known = byId.value(chip.id, byName.value(nameKey(chip.name)));
        if (!known)
            continue;
        for (const auto& info : specFields()) {
            const auto mine = chip.canonical(info.field);
            const auto theirs = known->canonical(info.field);
            if (!mine || !theirs || *theirs <= 0)
                continue;
            const Factor* factor = explain(*mine / *theirs);
            if (!factor)
                continue;
            const QString unit = Units::canonicalUnit(info.dimension);
            lines.append(tr("%1 %2 %3 %4 here, %5 %4 in the %6 (%7×): %8")
                             .arg(chip.displayShortName(), specFieldLabel(info.field),
                                 NumberFormat::formatNumber(*mine), unit, NumberFormat::formatNumber(*theirs),
                                 referenceName, NumberFormat::formatNumber(*mine / *theirs),
                                 QCoreApplication::translate("ReferenceCheck", factor->why)));
        }
    }
    return lines;
}

} // namespace ReferenceCheck
