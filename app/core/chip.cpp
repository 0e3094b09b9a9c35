#include "chip.h"
#include "chipfields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

const QList<SpecFieldInfo>& specFields()
{
    // Built from the schema once, after any rows a test schema added (ChipFields::extend).
    static const QList<SpecFieldInfo> fields = [] {
        QList<SpecFieldInfo> list;
        for (const auto& field : ChipFields::all()) {
            if (field.kind == ChipField::Kind::Number)
                list.append(field.number);
        }
        std::sort(list.begin(), list.end(),
            [](const SpecFieldInfo& a, const SpecFieldInfo& b) { return a.field < b.field; });
        return list;
    }();
    return fields;
}

const SpecFieldInfo& specFieldInfo(SpecField field)
{
    return specFields()[static_cast<int>(field)];
}

QString specFieldLabel(SpecField field)
{
    return QCoreApplication::translate("SpecField", specFieldInfo(field).label);
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

QJsonObject Chip::userColumns() const
{
    QJsonObject columns = extra.toObject();
    for (const QString& key : columns.keys()) {
        if (!key.startsWith(u"x-"_s))
            columns.remove(key);
    }
    return columns;
}

QStringList Chip::aliases() const
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    const QString text = extra.isEmpty() ? QString() : ChipFields::field(u"aliases").value(*this);
    return text.split(separators, Qt::SkipEmptyParts);
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
