#pragma once

#include "core/catalog.h"
#include "core/datatable.h"

#include <QList>
#include <QString>
#include <QStringList>

// Finds the same chip under two ids in two catalogs: "NVIDIA H100 SXM5 80GB" of an Epoch import and
// the built-in `nvidia-h100-sxm`. A pair is likely when the names agree once the vendor, the memory
// size, packaging words and punctuation are set aside, the model numbers agree, the vendors do not
// differ and the memory sizes (when both are known) agree. It only proposes: the user joins a pair
// with `--map-ids` or the catalog's `aliases` field.
struct ChipMatch
{
    const Chip* left = nullptr; // in the first catalog
    const Chip* right = nullptr; // in the second
    double score = 0; // 0 to 1: how much of the two names' words agree, adjusted as below
    QStringList reasons; // "names agree: h100 sxm", "same vendor", "memory 80 GB both"
};

namespace ChipMatcher {
// The words of a name that identify a chip, lower-case: vendor, memory size and filler words out.
QStringList nameTokens(const Chip& chip);
// For every chip of `right` whose id is not in `left`, its likeliest partner in `left` (score at
// least `minimumScore`; partners within 0.05 of the best are listed too); chips already sharing an
// id, or joined by an alias, are not listed. Two names with different model numbers ("h100",
// "910c") or board forms (SXM, PCIe, NVL, OAM) never pair.
QList<ChipMatch> match(const Catalog& left, const Catalog& right, double minimumScore = 0.5);
// The pairs as `chipcompare match` prints them: left_id, right_id, score, left_name, right_name,
// reasons.
DataTable table(const QList<ChipMatch>& matches);
} // namespace ChipMatcher
