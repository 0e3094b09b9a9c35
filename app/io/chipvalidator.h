#pragma once

#include "core/chip.h"
#include "core/source.h"
#include "io/diagnostic.h"

#include <QList>

// The catalog reader's rules, applied to one chip while it is being edited, so that the window can
// never make a catalog that would not load again.
namespace ChipValidator {
// Errors the reader would report for `chip` in a catalog defining `catalogSources` (merged over a
// catalog defining `knownSources`). Each names the chip and the field; none has a file position.
QList<Diagnostic> problems(
    const Chip& chip, const QList<Source>& catalogSources, const QList<Source>& knownSources);
// The problems as one sentence per line: "field 'tdp': value must be positive".
QString describe(const QList<Diagnostic>& problems);
} // namespace ChipValidator
