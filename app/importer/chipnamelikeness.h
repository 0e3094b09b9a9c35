#pragma once

#include <QString>
#include <QStringList>

// Whether a column's cells read like accelerator names ("NVIDIA H200-SXM-141GB", "AMD Instinct
// MI300X", "GK104") rather than other things a table names ("resnet50", "llama2-70b", "Offline").
// The importer uses it to pick, among the columns that could hold the names, the one that holds
// chips' (issue 22: an MLPerf summary's `Model` column holds benchmarks; its chips sit in
// `accelerator_model_name`).
namespace ChipNameLikeness {

// A vendor or product-line word ("nvidia", "instinct", "ascend") or a model number ("H100",
// "MI300X", "GK104": capitals then digits).
bool looksLikeChipName(const QString& text);

struct Score
{
    int known = 0; // cells that hold something (not empty, not "nan")
    int chipLike = 0; // of those, the ones that look like chip names
    QString example; // the first known cell that does not look like one
    double share() const { return known == 0 ? 0.0 : double(chipLike) / known; }
};
// Over at most the first `limit` cells: enough to tell, and cheap on 100,000 rows.
Score score(const QStringList& cells, int limit = 2000);

} // namespace ChipNameLikeness
