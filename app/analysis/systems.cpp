#include "systems.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Systems", text);
}

// The chip field a system figure is the sum of, one chip at a time.
std::optional<SpecField> chipField(SystemField field)
{
    switch (field) {
    case SystemField::TotalMemory:
        return SpecField::MemoryCapacity;
    case SystemField::MemoryBandwidth:
        return SpecField::MemoryBandwidth;
    case SystemField::Bf16Dense:
        return SpecField::Bf16Dense;
    case SystemField::Fp8Dense:
        return SpecField::Fp8Dense;
    case SystemField::ScaleUpBandwidth:
        return SpecField::InterconnectBandwidth;
    case SystemField::Power:
        return std::nullopt; // a system's power is far more than its chips' (CPUs, switches, optics)
    }
    return std::nullopt;
}

} // namespace

namespace Systems {

const QList<FigureColumn>& figureColumns()
{
    static const QList<FigureColumn> list {
        { SystemField::TotalMemory, u"total_memory_tb"_s, QT_TRANSLATE_NOOP("Systems", "Memory (TB)"), 1e3 },
        { SystemField::MemoryBandwidth, u"memory_bandwidth_tbs"_s,
            QT_TRANSLATE_NOOP("Systems", "Memory bandwidth (TB/s)"), 1e3 },
        { SystemField::Bf16Dense, u"bf16_pflops"_s, QT_TRANSLATE_NOOP("Systems", "BF16 dense (PFLOPS)"), 1e3 },
        { SystemField::Fp8Dense, u"fp8_pflops"_s, QT_TRANSLATE_NOOP("Systems", "FP8 dense (PFLOPS)"), 1e3 },
        { SystemField::ScaleUpBandwidth, u"scale_up_bandwidth_tbs"_s,
            QT_TRANSLATE_NOOP("Systems", "Scale-up bandwidth (TB/s)"), 1e3 },
        { SystemField::Power, u"power_kw"_s, QT_TRANSLATE_NOOP("Systems", "Power (kW)"), 1e3 },
    };
    return list;
}

QString FigureColumn::headerText() const
{
    return tr(header);
}

Figure figure(const Catalog& catalog, const ChipSystem& system, SystemField field)
{
    Figure result;
    if (const auto& given = system.figure(field)) {
        result.value = given->canonical;
        result.confidence = given->confidence;
        result.sourceId = given->sourceId;
        return result;
    }
    const auto spec = chipField(field);
    const Chip* chip = catalog.chip(system.chipId);
    const SpecValue* value = chip && spec ? chip->spec(*spec) : nullptr;
    if (!value || system.chipsPerSystem <= 0)
        return result;
    result.value = value->canonical() * system.chipsPerSystem;
    result.derived = true;
    result.confidence = value->primary.confidence;
    result.sourceId = value->primary.sourceId;
    return result;
}

std::optional<double> bf16TflopsPerWatt(const Catalog& catalog, const ChipSystem& system)
{
    const auto compute = figure(catalog, system, SystemField::Bf16Dense).value;
    const auto power = figure(catalog, system, SystemField::Power).value;
    if (!compute || !power || *power <= 0)
        return std::nullopt;
    return *compute / *power;
}

DataTable table(const Catalog& catalog, const QVector<const ChipSystem*>& systems)
{
    DataTable table;
    table.keys
        = { u"id"_s, u"name"_s, u"vendor"_s, u"year"_s, u"status"_s, u"chip"_s, u"chips_per_system"_s };
    table.headers = { tr("Id"), tr("Name"), tr("Vendor"), tr("Year"), tr("Status"), tr("Chip"), tr("Chips") };
    for (const auto& column : figureColumns()) {
        table.keys << column.key << column.key + u"_basis"_s;
        table.headers << column.headerText() << tr("basis");
    }
    table.keys << u"bf16_tflops_per_w"_s;
    table.headers << tr("BF16 TFLOPS per W");
    for (const ChipSystem* system : systems) {
        QVector<DataCell> row { DataCell::fromText(system->id), DataCell::fromText(system->name),
            DataCell::fromText(system->vendor),
            system->year ? DataCell::fromInteger(*system->year) : DataCell::unknown(),
            DataCell::fromText(chipStatusKey(system->status)), DataCell::fromText(system->chipId),
            DataCell::fromInteger(system->chipsPerSystem) };
        for (const auto& column : figureColumns()) {
            const Figure f = figure(catalog, *system, column.field);
            row << (f.value ? DataCell::fromOptional(*f.value / column.scale) : DataCell::unknown())
                << (f.value ? DataCell::fromText(f.derived ? u"derived"_s : u"sourced"_s)
                            : DataCell::unknown());
        }
        row << DataCell::fromOptional(bf16TflopsPerWatt(catalog, *system));
        table.rows.append(row);
    }
    return table;
}

} // namespace Systems
