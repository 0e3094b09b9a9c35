#pragma once

#include "core/catalog.h"
#include "core/datatable.h"

#include <QVector>
#include <optional>

// A system's figures as people compare them: the sourced ones where the catalog gives them, else
// the chip's figure × the number of chips, marked derived and as sure as the chip's value.
namespace Systems {

struct Figure
{
    std::optional<double> value; // canonical unit of the field; nullopt: unknown
    bool derived = false; // worked out from the chip, not given for the system
    std::optional<Confidence> confidence;
    QString sourceId; // the system's own source, or the chip value's when derived
};

// A figure as `systems` and `compare` show it: its key, header and the canonical unit per shown unit
// (memory in TB, bandwidths in TB/s, compute in PFLOPS, power in kW).
struct FigureColumn
{
    SystemField field;
    QString key; // "total_memory_tb"
    const char* header; // untranslated; headerText() translates it
    double scale;
    QString headerText() const;
};
const QList<FigureColumn>& figureColumns();

Figure figure(const Catalog& catalog, const ChipSystem& system, SystemField field);
// BF16 dense TFLOPS per W of the whole system, from the two figures above; unknown when either is.
std::optional<double> bf16TflopsPerWatt(const Catalog& catalog, const ChipSystem& system);

// `chipcompare systems`: one row a system. Columns: id, name, vendor, year, status, chip,
// chips_per_system, then for each figure KEY and KEY_basis ("sourced" or "derived"):
// total_memory_tb, memory_bandwidth_tbs, bf16_pflops, fp8_pflops, scale_up_bandwidth_tbs,
// power_kw; then bf16_tflops_per_w.
DataTable table(const Catalog& catalog, const QVector<const ChipSystem*>& systems);

} // namespace Systems
