#pragma once

#include "chip.h"
#include "specvalue.h"
#include "units.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

// A system of many chips of one catalog chip (a rack, a supernode: CloudMatrix 384, GB200 NVL72),
// with the figures its maker or the press give for the whole. A figure nobody gives is worked out
// from the chip × the number of chips and marked derived (analysis/systems.h), never sourced.
enum class SystemField {
    TotalMemory, // all chips' memory together
    MemoryBandwidth, // aggregate, to the chips' own memory
    Bf16Dense,
    Fp8Dense,
    ScaleUpBandwidth, // the system's chip-to-chip fabric, all links together
    Power, // the whole system: chips, CPUs, switches, optics
};
constexpr int kSystemFieldCount = 6;

struct SystemFieldInfo
{
    SystemField field;
    QString jsonKey; // in the catalog's "systems" objects
    Dimension dimension;
};
const std::array<SystemFieldInfo, kSystemFieldCount>& systemFields();

struct ChipSystem
{
    QString id;
    QString name;
    InternedString vendor;
    std::optional<int> year;
    std::optional<ChipStatus> status;
    QString chipId; // the catalog chip it is made of
    int chipsPerSystem = 0;
    std::array<std::optional<SourcedNumber>, kSystemFieldCount> figures; // nullopt: not given
    QString notes;
    QList<InternedString> sourceIds;

    const std::optional<SourcedNumber>& figure(SystemField field) const { return figures[size_t(field)]; }
};
