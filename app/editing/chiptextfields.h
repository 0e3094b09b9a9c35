#pragma once

#include "core/chip.h"

#include <QList>
#include <QString>
#include <optional>

// The text fields of a chip as an editor sees them: each with its catalog key, its label and its
// value as text ("" when unknown), set from text with the reader's rules for its type.
enum class ChipTextField {
    Name,
    ShortName,
    LocalName,
    Vendor,
    Country,
    Year,
    Status,
    Foundry,
    ProcessNode,
    MemoryType,
    Interconnect,
    SoftwareStack,
    CudaCompat,
    Notes,
};

namespace ChipTextFields {
QList<ChipTextField> all();
QString key(ChipTextField field); // "name", "short_name", ..., as in the catalog file
QString label(ChipTextField field); // translated
QString value(const Chip& chip, ChipTextField field); // keys for status and CUDA; "" when unknown
// The choices of an enumerated field as (key, label), "" first for unknown; empty for free text.
QList<std::pair<QString, QString>> choices(ChipTextField field);
// Sets the field from `text` (trimmed; "" makes it unknown). Returns why it cannot be set, or
// nullopt when it was.
std::optional<QString> set(Chip& chip, ChipTextField field, const QString& text);
} // namespace ChipTextFields
