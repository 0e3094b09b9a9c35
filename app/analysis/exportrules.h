#pragma once

#include "core/catalog.h"

#include <QString>

// Which of a catalog's export rules (its "rules" section) applies to a chip, and why. Of the rules
// that cover the chip, the one in force latest wins; a rule naming the chip wins over one that
// covers it by its thresholds on the same date. A threshold on a value the chip lacks never holds.
namespace ExportRules {

struct Finding
{
    const ExportRule* rule = nullptr; // nullptr: no rule of the catalog covers the chip
    QString why; // "named by the rule", "TPP 15,832 < 21,000; memory bandwidth 4,800 < 6,500 GB/s"
};

Finding applicable(const Catalog& catalog, const Chip& chip);
// "case-by-case review (us-2026-01-case-by-case, from 2026-01-15)", or "" when none applies.
QString describe(const Finding& finding);

} // namespace ExportRules
