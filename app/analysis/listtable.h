#pragma once

#include "core/chip.h"
#include "io/datatable.h"

#include <QVector>

// The rows `chipcompare list` prints and the table's CSV export writes: fixed identity columns
// (id, name, vendor, ...) followed by one column per metric, in canonical units.
namespace ListTable {
DataTable build(const QVector<const Chip*>& chips);
}
