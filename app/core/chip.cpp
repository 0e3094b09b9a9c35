#include "chip.h"
#include "chipfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const std::array<SpecFieldInfo, kSpecFieldCount>& specFields()
{
    static const std::array<SpecFieldInfo, kSpecFieldCount> fields { {
        // memory 1 KB .. 100 TB; bandwidths 1 MB/s .. 1 PB/s; compute 1 MFLOPS .. 1 EFLOPS;
        // TDP 1 W .. 30 kW; die area 1 mm² .. 100,000 mm² (a wafer-scale die is 46,225 mm²)
        { SpecField::MemoryCapacity, u"memory_capacity"_s, Dimension::DataSize, 1e-6, 1e5 },
        { SpecField::MemoryBandwidth, u"memory_bandwidth"_s, Dimension::DataRate, 1e-3, 1e6 },
        { SpecField::Bf16Dense, u"bf16_dense"_s, Dimension::FloatThroughput, 1e-6, 1e6 },
        { SpecField::Fp8Dense, u"fp8_dense"_s, Dimension::FloatThroughput, 1e-6, 1e6 },
        { SpecField::Int8Dense, u"int8_dense"_s, Dimension::IntThroughput, 1e-6, 1e6 },
        { SpecField::Tdp, u"tdp"_s, Dimension::Power, 1.0, 3e4 },
        { SpecField::DieArea, u"die_area"_s, Dimension::Area, 1.0, 1e5 },
        { SpecField::InterconnectBandwidth, u"interconnect_bandwidth"_s, Dimension::DataRate, 1e-3, 1e6 },
        // vector FP32/FP64 and FP4 as the other compute fields; a price from 1 USD to 10 million USD;
        // 1 million to 10 trillion transistors (a wafer-scale die has 4 trillion)
        { SpecField::Fp32, u"fp32"_s, Dimension::FloatThroughput, 1e-6, 1e6 },
        { SpecField::Fp64, u"fp64"_s, Dimension::FloatThroughput, 1e-6, 1e6 },
        { SpecField::Fp4Dense, u"fp4_dense"_s, Dimension::FloatThroughput, 1e-6, 1e6 },
        { SpecField::Price, u"price"_s, Dimension::Currency, 1.0, 1e7 },
        { SpecField::Transistors, u"transistors"_s, Dimension::Count, 1e-3, 1e4 },
    } };
    return fields;
}

const SpecFieldInfo& specFieldInfo(SpecField field)
{
    return specFields()[static_cast<int>(field)];
}

QString specFieldLabel(SpecField field)
{
    switch (field) {
    case SpecField::MemoryCapacity:
        return QCoreApplication::translate("SpecField", "Memory");
    case SpecField::MemoryBandwidth:
        return QCoreApplication::translate("SpecField", "Memory bandwidth");
    case SpecField::Bf16Dense:
        return QCoreApplication::translate("SpecField", "BF16/FP16 dense");
    case SpecField::Fp8Dense:
        return QCoreApplication::translate("SpecField", "FP8 dense");
    case SpecField::Int8Dense:
        return QCoreApplication::translate("SpecField", "INT8 dense");
    case SpecField::Tdp:
        return QCoreApplication::translate("SpecField", "TDP");
    case SpecField::DieArea:
        return QCoreApplication::translate("SpecField", "Die area");
    case SpecField::InterconnectBandwidth:
        return QCoreApplication::translate("SpecField", "Interconnect bandwidth");
    case SpecField::Fp32:
        return QCoreApplication::translate("SpecField", "FP32 (vector)");
    case SpecField::Fp64:
        return QCoreApplication::translate("SpecField", "FP64 (vector)");
    case SpecField::Fp4Dense:
        return QCoreApplication::translate("SpecField", "FP4 dense");
    case SpecField::Price:
        return QCoreApplication::translate("SpecField", "Launch price");
    case SpecField::Transistors:
        return QCoreApplication::translate("SpecField", "Transistors");
    }
    return {};
}

std::optional<ChipStatus> chipStatusFromKey(const QString& key)
{
    for (const auto status : allChipStatuses()) {
        if (chipStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString chipStatusKey(ChipStatus status)
{
    switch (status) {
    case ChipStatus::Shipping:
        return u"shipping"_s;
    case ChipStatus::Announced:
        return u"announced"_s;
    case ChipStatus::Reported:
        return u"reported"_s;
    case ChipStatus::Rumored:
        return u"rumored"_s;
    case ChipStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString chipStatusLabel(ChipStatus status)
{
    switch (status) {
    case ChipStatus::Shipping:
        return QCoreApplication::translate("ChipStatus", "shipping");
    case ChipStatus::Announced:
        return QCoreApplication::translate("ChipStatus", "announced");
    case ChipStatus::Reported:
        return QCoreApplication::translate("ChipStatus", "reported");
    case ChipStatus::Rumored:
        return QCoreApplication::translate("ChipStatus", "rumored");
    case ChipStatus::Cancelled:
        return QCoreApplication::translate("ChipStatus", "cancelled");
    }
    return {};
}

QString chipStatusKey(const std::optional<ChipStatus>& status)
{
    return status ? chipStatusKey(*status) : QString();
}

QString chipStatusLabel(const std::optional<ChipStatus>& status)
{
    return status ? chipStatusLabel(*status) : u"—"_s;
}

QList<ChipStatus> allChipStatuses()
{
    return { ChipStatus::Shipping, ChipStatus::Announced, ChipStatus::Reported, ChipStatus::Rumored,
        ChipStatus::Cancelled };
}

std::optional<CudaCompat> cudaCompatFromKey(const QString& key)
{
    for (const auto compat :
        { CudaCompat::Native, CudaCompat::SourceCompatible, CudaCompat::None, CudaCompat::Unknown }) {
        if (cudaCompatKey(compat) == key)
            return compat;
    }
    return std::nullopt;
}

QString cudaCompatKey(CudaCompat compat)
{
    switch (compat) {
    case CudaCompat::Native:
        return u"native"_s;
    case CudaCompat::SourceCompatible:
        return u"source-compatible"_s;
    case CudaCompat::None:
        return u"none"_s;
    case CudaCompat::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString cudaCompatLabel(CudaCompat compat)
{
    switch (compat) {
    case CudaCompat::Native:
        return QCoreApplication::translate("CudaCompat", "native");
    case CudaCompat::SourceCompatible:
        return QCoreApplication::translate("CudaCompat", "source-compatible");
    case CudaCompat::None:
        return QCoreApplication::translate("CudaCompat", "none");
    case CudaCompat::Unknown:
        return QCoreApplication::translate("CudaCompat", "unknown");
    }
    return {};
}

std::optional<SupportLevel> supportLevelFromKey(const QString& key)
{
    for (const auto level :
        { SupportLevel::Native, SupportLevel::Plugin, SupportLevel::None, SupportLevel::Unknown }) {
        if (supportLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

QString supportLevelKey(SupportLevel level)
{
    switch (level) {
    case SupportLevel::Native:
        return u"native"_s;
    case SupportLevel::Plugin:
        return u"plugin"_s;
    case SupportLevel::None:
        return u"none"_s;
    case SupportLevel::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString supportLevelLabel(SupportLevel level)
{
    switch (level) {
    case SupportLevel::Native:
        return QCoreApplication::translate("SupportLevel", "native");
    case SupportLevel::Plugin:
        return QCoreApplication::translate("SupportLevel", "plugin or fork");
    case SupportLevel::None:
        return QCoreApplication::translate("SupportLevel", "none");
    case SupportLevel::Unknown:
        return QCoreApplication::translate("SupportLevel", "unknown");
    }
    return {};
}

std::optional<double> Chip::canonical(SpecField field) const
{
    const auto& value = spec(field);
    if (!value)
        return std::nullopt;
    return value->canonical();
}

QStringList Chip::allSourceIds() const
{
    QStringList ids(sourceIds.cbegin(), sourceIds.cend());
    auto add = [&ids](const QString& id) {
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    };
    for (const auto& value : specs) {
        add(value.primary.sourceId);
        for (const auto& alternative : value.alternatives)
            add(alternative.sourceId);
    }
    for (const auto& entry : ecosystem)
        add(entry.sourceId);
    return ids;
}

QStringList Chip::frameworks() const
{
    QStringList result;
    for (const auto& entry : ecosystem) {
        if (entry.support == SupportLevel::Native || entry.support == SupportLevel::Plugin)
            result.append(entry.name);
    }
    return result;
}

QString Chip::searchText() const
{
    QStringList texts;
    for (const ChipField* field : ChipFields::searchable())
        texts.append(field->value(*this));
    return texts.join(u'\n').toLower();
}

const SpecValue* ChipSpecs::find(SpecField field) const
{
    return (m_known & bit(field)) ? &m_values[indexOf(field)] : nullptr;
}

SpecValue* ChipSpecs::find(SpecField field)
{
    return (m_known & bit(field)) ? &m_values[indexOf(field)] : nullptr; // detaches a shared list
}

void ChipSpecs::set(SpecField field, std::optional<SpecValue> value)
{
    const qsizetype index = indexOf(field);
    if (m_known & bit(field)) {
        if (value) {
            m_values[index] = std::move(*value);
        } else {
            m_values.removeAt(index);
            m_known &= quint16(~bit(field));
        }
    } else if (value) {
        m_values.insert(index, std::move(*value));
        m_known |= bit(field);
    }
}
