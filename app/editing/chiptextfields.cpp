#include "chiptextfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ChipTextFields", text);
}

// The member behind a free-text field that differs from chip to chip, or nullptr; const for a
// const chip.
template <typename ChipType> auto freeTextMember(ChipType& chip, ChipTextField field) -> decltype(&chip.name)
{
    switch (field) {
    case ChipTextField::Name:
        return &chip.name;
    case ChipTextField::ShortName:
        return &chip.shortName;
    case ChipTextField::LocalName:
        return &chip.localName;
    case ChipTextField::Notes:
        return &chip.notes;
    default:
        return nullptr;
    }
}

// The member behind a field whose texts repeat across chips (an InternedString), or nullptr.
template <typename ChipType>
auto vocabularyMember(ChipType& chip, ChipTextField field) -> decltype(&chip.vendor)
{
    switch (field) {
    case ChipTextField::Vendor:
        return &chip.vendor;
    case ChipTextField::Country:
        return &chip.country;
    case ChipTextField::Foundry:
        return &chip.foundry;
    case ChipTextField::ProcessNode:
        return &chip.processNode;
    case ChipTextField::MemoryType:
        return &chip.memoryType;
    case ChipTextField::Interconnect:
        return &chip.interconnect;
    case ChipTextField::SoftwareStack:
        return &chip.softwareStack;
    default:
        return nullptr;
    }
}
} // namespace

namespace ChipTextFields {

QList<ChipTextField> all()
{
    return { ChipTextField::Name, ChipTextField::ShortName, ChipTextField::LocalName, ChipTextField::Vendor,
        ChipTextField::Country, ChipTextField::Year, ChipTextField::Status, ChipTextField::Foundry,
        ChipTextField::ProcessNode, ChipTextField::MemoryType, ChipTextField::Interconnect,
        ChipTextField::SoftwareStack, ChipTextField::CudaCompat, ChipTextField::Notes };
}

QString key(ChipTextField field)
{
    switch (field) {
    case ChipTextField::Name:
        return u"name"_s;
    case ChipTextField::ShortName:
        return u"short_name"_s;
    case ChipTextField::LocalName:
        return u"local_name"_s;
    case ChipTextField::Vendor:
        return u"vendor"_s;
    case ChipTextField::Country:
        return u"country"_s;
    case ChipTextField::Year:
        return u"year"_s;
    case ChipTextField::Status:
        return u"status"_s;
    case ChipTextField::Foundry:
        return u"foundry"_s;
    case ChipTextField::ProcessNode:
        return u"process"_s;
    case ChipTextField::MemoryType:
        return u"memory_type"_s;
    case ChipTextField::Interconnect:
        return u"interconnect"_s;
    case ChipTextField::SoftwareStack:
        return u"software_stack"_s;
    case ChipTextField::CudaCompat:
        return u"cuda_compat"_s;
    case ChipTextField::Notes:
        return u"notes"_s;
    }
    return {};
}

QString label(ChipTextField field)
{
    switch (field) {
    case ChipTextField::Name:
        return tr("Name");
    case ChipTextField::ShortName:
        return tr("Short name");
    case ChipTextField::LocalName:
        return tr("Local name");
    case ChipTextField::Vendor:
        return tr("Vendor");
    case ChipTextField::Country:
        return tr("Country");
    case ChipTextField::Year:
        return tr("Year");
    case ChipTextField::Status:
        return tr("Status");
    case ChipTextField::Foundry:
        return tr("Foundry");
    case ChipTextField::ProcessNode:
        return tr("Process");
    case ChipTextField::MemoryType:
        return tr("Memory type");
    case ChipTextField::Interconnect:
        return tr("Interconnect");
    case ChipTextField::SoftwareStack:
        return tr("Software stack");
    case ChipTextField::CudaCompat:
        return tr("CUDA compatibility");
    case ChipTextField::Notes:
        return tr("Notes");
    }
    return {};
}

QString value(const Chip& chip, ChipTextField field)
{
    switch (field) {
    case ChipTextField::Year:
        return chip.year ? QString::number(*chip.year) : QString();
    case ChipTextField::Status:
        return chipStatusKey(chip.status);
    case ChipTextField::CudaCompat:
        return chip.cudaCompat == CudaCompat::Unknown ? QString() : cudaCompatKey(chip.cudaCompat);
    default:
        if (const auto* text = freeTextMember(chip, field))
            return *text;
        if (const auto* text = vocabularyMember(chip, field))
            return *text;
        return {};
    }
}

QList<std::pair<QString, QString>> choices(ChipTextField field)
{
    QList<std::pair<QString, QString>> result;
    if (field == ChipTextField::Status) {
        result.append({ QString(), tr("unknown") });
        for (const auto status : allChipStatuses())
            result.append({ chipStatusKey(status), chipStatusLabel(status) });
    } else if (field == ChipTextField::CudaCompat) {
        result.append({ QString(), tr("unknown") });
        for (const auto compat : { CudaCompat::Native, CudaCompat::SourceCompatible, CudaCompat::None })
            result.append({ cudaCompatKey(compat), cudaCompatLabel(compat) });
    }
    return result;
}

std::optional<QString> set(Chip& chip, ChipTextField field, const QString& input)
{
    const QString text = input.trimmed();
    switch (field) {
    case ChipTextField::Name:
        if (text.isEmpty())
            return tr("a chip needs a name");
        chip.name = text;
        return std::nullopt;
    case ChipTextField::Year: {
        if (text.isEmpty()) {
            chip.year.reset();
            return std::nullopt;
        }
        bool ok = false;
        const int year = text.toInt(&ok);
        // The reader's rule: a whole year from 1950 to 2100.
        if (!ok || year < 1950 || year > 2100)
            return tr("the year must be a whole year from 1950 to 2100, not \"%1\"").arg(text);
        chip.year = year;
        return std::nullopt;
    }
    case ChipTextField::Status: {
        if (text.isEmpty()) {
            chip.status.reset();
            return std::nullopt;
        }
        const auto status = chipStatusFromKey(text);
        if (!status)
            return tr("unknown status \"%1\"").arg(text);
        chip.status = status;
        return std::nullopt;
    }
    case ChipTextField::CudaCompat: {
        if (text.isEmpty()) {
            chip.cudaCompat = CudaCompat::Unknown;
            return std::nullopt;
        }
        const auto compat = cudaCompatFromKey(text);
        if (!compat)
            return tr("unknown CUDA compatibility \"%1\"").arg(text);
        chip.cudaCompat = *compat;
        return std::nullopt;
    }
    default:
        if (auto* member = freeTextMember(chip, field))
            *member = text;
        else if (auto* member = vocabularyMember(chip, field))
            *member = text;
        return std::nullopt;
    }
}

} // namespace ChipTextFields
