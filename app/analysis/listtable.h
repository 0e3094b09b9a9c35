#pragma once

#include "core/catalog.h"
#include "core/chip.h"
#include "core/datatable.h"

#include <QVector>

// The rows `chipcompare list` prints and the table's CSV export writes: fixed identity columns
// (id, name, vendor, ...) followed by one column per metric, in canonical units.
namespace ListTable {
// With `confidence`, each number column is followed by `<key>_confidence`: the value's confidence,
// or for a derived value the weakest of its inputs' (official, reported, rumored, estimate).
// With the chips' `catalog`, `export_rule` follows the other columns: the export rule of the
// catalog's "rules" that applies (ExportRules), empty when none does. With `origins` as well,
// each column of a chip's own value (not the derived ones) has a `<key>_origin` column at the
// end: the file the value came from in that merged catalog.
DataTable build(const QVector<const Chip*>& chips, bool confidence = false, const Catalog* catalog = nullptr,
    bool origins = false);
}
