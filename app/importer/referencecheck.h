#pragma once

#include "core/catalog.h"

#include <QStringList>

// Compares imported chips with the same chips in a reference catalog (the built-in one): a value
// 2×, 8× or 1,000× off the reference's is almost always a sparse figure, bits for bytes or a unit
// slip, and is said, with both values. Nothing is changed: the user decides.
namespace ReferenceCheck {
// One sentence a suspicious value: "A100 80GB BF16/FP16 dense 624 TFLOPS here, 312 TFLOPS in the
// built-in catalog (2×): a sparse figure?". A chip matches by id, or by its name written without
// case, spaces or punctuation.
QStringList suspiciousValues(const Catalog& imported, const Catalog& reference, const QString& referenceName);
} // namespace ReferenceCheck
