#include "chipfields.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The labels, marked with QT_TRANSLATE_NOOP below; the messages of ChipField's own functions are
// in the "ChipField" context.
QString tr(const char* text)
{
    return QCoreApplication::translate("ChipFields", text);
}

QStringList statusKeys()
{
    QStringList keys;
    for (const auto status : allChipStatuses())
        keys.append(chipStatusKey(status));
    return keys;
}
QString statusLabel(const QString& key)
{
    const auto status = chipStatusFromKey(key);
    return status ? chipStatusLabel(*status) : key;
}
QString statusOf(const Chip& chip)
{
    return chipStatusKey(chip.status);
}
bool setStatus(Chip& chip, const QString& key)
{
    if (key.isEmpty()) {
        chip.status.reset();
        return true;
    }
    const auto status = chipStatusFromKey(key);
    if (status)
        chip.status = status;
    return status.has_value();
}

QStringList cudaKeys()
{
    // "unknown" is a key a catalog may write; the editors offer "" for it.
    return { cudaCompatKey(CudaCompat::Native), cudaCompatKey(CudaCompat::SourceCompatible),
        cudaCompatKey(CudaCompat::None), cudaCompatKey(CudaCompat::Unknown) };
}
QString cudaLabel(const QString& key)
{
    const auto compat = cudaCompatFromKey(key);
    return compat ? cudaCompatLabel(*compat) : key;
}
QString cudaOf(const Chip& chip)
{
    return chip.cudaCompat == CudaCompat::Unknown ? QString() : cudaCompatKey(chip.cudaCompat);
}
bool setCuda(Chip& chip, const QString& key)
{
    if (key.isEmpty()) {
        chip.cudaCompat = CudaCompat::Unknown;
        return true;
    }
    const auto compat = cudaCompatFromKey(key);
    if (compat)
        chip.cudaCompat = *compat;
    return compat.has_value();
}

using F = ChipField;

F text(const char16_t* key, const char* label, QString Chip::*member, int order, QStringList spellings)
{
    F field;
    field.key = QString::fromUtf16(key);
    field.label = label;
    field.kind = F::Kind::Text;
    field.text = member;
    field.displayOrder = order;
    field.editable = true;
    field.importSpellings = std::move(spellings);
    return field;
}

F vocabulary(
    const char16_t* key, const char* label, InternedString Chip::*member, int order, QStringList spellings)
{
    F field;
    field.key = QString::fromUtf16(key);
    field.label = label;
    field.kind = F::Kind::Vocabulary;
    field.vocabulary = member;
    field.displayOrder = order;
    field.editable = true;
    field.importSpellings = std::move(spellings);
    return field;
}

F numberField(SpecField spec)
{
    F field;
    field.key = specFieldInfo(spec).jsonKey;
    field.kind = F::Kind::Number;
    field.spec = spec;
    return field;
}

template <typename Change> F with(F field, Change change)
{
    change(field);
    return field;
}

QList<ChipField> buildFields()
{
    QList<ChipField> fields;
    F id;
    id.key = u"id"_s;
    id.label = QT_TRANSLATE_NOOP("ChipFields", "Id");
    id.kind = F::Kind::Id;
    id.required = F::Required::Always;
    id.column = F::Column::BeforeNumbers; // in `list`; the table shows the name instead
    id.importSpellings = { u"id"_s, u"chip id"_s, u"slug"_s };
    id.searchable = true;
    fields.append(id);

    fields.append(with(text(u"name", QT_TRANSLATE_NOOP("ChipFields", "Name"), &Chip::name, 1,
                           { u"name"_s, u"model"_s, u"gpu"_s, u"hardware name"_s, u"hardware"_s, u"chip"_s,
                               u"chip name"_s, u"product"_s, u"product name"_s, u"model name"_s,
                               u"gpu name"_s, u"accelerator"_s, u"card"_s, u"device"_s }),
        [](F& f) {
            f.required = F::Required::Always;
            f.column = F::Column::BeforeNumbers;
            f.columnTitle = QT_TRANSLATE_NOOP("ChipFields", "Chip");
            f.searchable = true;
        }));
    fields.append(with(text(u"short_name", QT_TRANSLATE_NOOP("ChipFields", "Short name"), &Chip::shortName, 2,
                           { u"short name"_s }),
        [](F& f) { f.searchable = true; }));
    fields.append(with(text(u"local_name", QT_TRANSLATE_NOOP("ChipFields", "Local name"), &Chip::localName, 3,
                           { u"local name"_s, u"chinese name"_s }),
        [](F& f) { f.searchable = true; }));
    fields.append(
        with(vocabulary(u"vendor", QT_TRANSLATE_NOOP("ChipFields", "Vendor"), &Chip::vendor, 4,
                 { u"vendor"_s, u"manufacturer"_s, u"company"_s, u"maker"_s, u"brand"_s, u"designer"_s }),
            [](F& f) {
                // Format 2 lets imported tables leave vendor and status unknown; format 1 requires them.
                f.required = F::Required::InFormat1;
                f.column = F::Column::BeforeNumbers;
                f.compare = F::CompareGroup::Provenance;
                f.searchable = true;
            }));
    fields.append(with(vocabulary(u"country", QT_TRANSLATE_NOOP("ChipFields", "Country"), &Chip::country, 5,
                           { u"country"_s }),
        [](F& f) {
            f.column = F::Column::BeforeNumbers;
            f.compare = F::CompareGroup::Provenance;
        }));
    F year;
    year.key = u"year"_s;
    year.label = QT_TRANSLATE_NOOP("ChipFields", "Year");
    year.kind = F::Kind::Year;
    year.column = F::Column::BeforeNumbers;
    year.compare = F::CompareGroup::Provenance;
    year.displayOrder = 6;
    year.editable = true;
    year.importSpellings = { u"year"_s, u"release date"_s, u"release year"_s, u"launch date"_s,
        u"launch year"_s, u"announced"_s, u"release"_s, u"date"_s, u"released"_s };
    fields.append(year);
    F status;
    status.key = u"status"_s;
    status.label = QT_TRANSLATE_NOOP("ChipFields", "Status");
    status.kind = F::Kind::Choice;
    status.required = F::Required::InFormat1;
    status.choiceKeys = statusKeys;
    status.choiceLabel = statusLabel;
    status.choiceOf = statusOf;
    status.setChoice = setStatus;
    status.column = F::Column::BeforeNumbers;
    status.compare = F::CompareGroup::Provenance;
    status.displayOrder = 7;
    status.editable = true;
    status.importSpellings = { u"status"_s };
    fields.append(status);
    fields.append(with(vocabulary(u"foundry", QT_TRANSLATE_NOOP("ChipFields", "Foundry"), &Chip::foundry, 10,
                           { u"foundry"_s, u"fab"_s }),
        [](F& f) { f.compare = F::CompareGroup::Provenance; }));
    fields.append(with(vocabulary(u"process", QT_TRANSLATE_NOOP("ChipFields", "Process"), &Chip::processNode,
                           11, { u"process"_s, u"process size"_s, u"process node"_s, u"node"_s }),
        [](F& f) { f.compare = F::CompareGroup::Provenance; }));
    fields.append(with(vocabulary(u"memory_type", QT_TRANSLATE_NOOP("ChipFields", "Memory type"),
                           &Chip::memoryType, 8, { u"memory type"_s, u"mem type"_s, u"memory technology"_s }),
        [](F& f) {
            f.column = F::Column::BeforeNumbers;
            f.columnTitle = QT_TRANSLATE_NOOP("ChipFields", "Memory\ntype");
            f.compare = F::CompareGroup::Memory;
        }));
    for (const auto& info : specFields())
        fields.append(numberField(info.field));
    fields.append(with(vocabulary(u"interconnect", QT_TRANSLATE_NOOP("ChipFields", "Interconnect"),
                           &Chip::interconnect, 9, { u"interconnect"_s, u"scale up link"_s }),
        [](F& f) { f.compare = F::CompareGroup::Memory; }));
    fields.append(with(vocabulary(u"software_stack", QT_TRANSLATE_NOOP("ChipFields", "Software stack"),
                           &Chip::softwareStack, 13, { u"software"_s, u"software stack"_s, u"sdk"_s }),
        [](F& f) {
            f.column = F::Column::AfterLeadingNumbers;
            f.compare = F::CompareGroup::Ecosystem;
            f.searchable = true;
        }));
    F cuda;
    cuda.key = u"cuda_compat"_s;
    cuda.label = QT_TRANSLATE_NOOP("ChipFields", "CUDA compatibility");
    cuda.kind = F::Kind::Choice;
    cuda.choiceKeys = cudaKeys;
    cuda.choiceLabel = cudaLabel;
    cuda.choiceOf = cudaOf;
    cuda.setChoice = setCuda;
    cuda.unknownKey = cudaCompatKey(CudaCompat::Unknown);
    cuda.column = F::Column::AfterLeadingNumbers;
    cuda.columnTitle = QT_TRANSLATE_NOOP("ChipFields", "CUDA");
    cuda.listTitle = cuda.columnTitle;
    cuda.compare = F::CompareGroup::Ecosystem;
    cuda.displayOrder = 12;
    cuda.editable = true;
    cuda.importSpellings = { u"cuda"_s, u"cuda compat"_s, u"cuda compatibility"_s };
    fields.append(cuda);
    F ecosystem;
    ecosystem.key = u"ecosystem"_s;
    ecosystem.label = QT_TRANSLATE_NOOP("ChipFields", "Software support");
    ecosystem.kind = F::Kind::Ecosystem;
    fields.append(ecosystem);
    fields.append(with(text(u"notes", QT_TRANSLATE_NOOP("ChipFields", "Notes"), &Chip::notes, 14,
                           { u"notes"_s, u"note"_s, u"description"_s, u"comment"_s, u"comments"_s }),
        [](F& f) {
            f.multiline = true;
            f.searchable = true;
        }));
    F sources;
    sources.key = u"sources"_s;
    sources.label = QT_TRANSLATE_NOOP("ChipFields", "Sources");
    sources.kind = F::Kind::Sources;
    fields.append(sources);
    for (auto& field : fields)
        field.keyUtf8 = field.key.toUtf8();
    return fields;
}

} // namespace

QString ChipField::labelText() const
{
    if (spec)
        return specFieldLabel(*spec);
    return tr(label);
}

QString ChipField::columnTitleText() const
{
    return columnTitle ? tr(columnTitle) : labelText();
}

QString ChipField::listTitleText() const
{
    return listTitle ? tr(listTitle) : labelText();
}

QString ChipField::value(const Chip& chip) const
{
    switch (kind) {
    case Kind::Id:
        return chip.id;
    case Kind::Text:
        return chip.*text;
    case Kind::Vocabulary:
        return chip.*vocabulary;
    case Kind::Year:
        return chip.year ? QString::number(*chip.year) : QString();
    case Kind::Choice:
        return choiceOf(chip);
    case Kind::Number:
    case Kind::Ecosystem:
    case Kind::Sources:
        break;
    }
    return {};
}

QString ChipField::displayText(const Chip& chip) const
{
    const QString key = value(chip);
    return kind == Kind::Choice && !key.isEmpty() ? choiceLabel(key) : key;
}

int ChipField::choiceRank(const QString& key) const
{
    return kind == Kind::Choice && !key.isEmpty() ? int(choiceKeys().indexOf(key)) : -1;
}

QList<std::pair<QString, QString>> ChipField::choices() const
{
    QList<std::pair<QString, QString>> result;
    if (kind != Kind::Choice)
        return result;
    result.append({ QString(), QCoreApplication::translate("ChipField", "unknown") });
    for (const auto& key : choiceKeys()) {
        Chip probe;
        // A key that reads back as unknown ("unknown" itself) is the "" choice above.
        if (setChoice(probe, key) && !choiceOf(probe).isEmpty())
            result.append({ key, choiceLabel(key) });
    }
    return result;
}

std::optional<QString> ChipField::set(Chip& chip, const QString& input) const
{
    const QString text = input.trimmed();
    switch (kind) {
    case Kind::Id:
        chip.id = text;
        return std::nullopt;
    case Kind::Text:
        if (text.isEmpty() && required == Required::Always)
            return QCoreApplication::translate("ChipField", "a chip needs a %1").arg(labelText().toLower());
        chip.*(this->text) = text;
        return std::nullopt;
    case Kind::Vocabulary:
        chip.*vocabulary = text;
        return std::nullopt;
    case Kind::Year: {
        if (text.isEmpty()) {
            chip.year.reset();
            return std::nullopt;
        }
        bool ok = false;
        const int year = text.toInt(&ok);
        // The reader's rule: a whole year from 1950 to 2100.
        if (!ok || year < 1950 || year > 2100)
            return QCoreApplication::translate(
                "ChipField", "the year must be a whole year from 1950 to 2100, not \"%1\"")
                .arg(text);
        chip.year = year;
        return std::nullopt;
    }
    case Kind::Choice:
        if (!setChoice(chip, text))
            return QCoreApplication::translate("ChipField", "\"%1\" is not a %2: one of %3")
                .arg(text, labelText().toLower(), choiceKeys().join(u", "_s));
        return std::nullopt;
    case Kind::Number:
    case Kind::Ecosystem:
    case Kind::Sources:
        break;
    }
    return QCoreApplication::translate("ChipField", "%1 is not set from a text").arg(key);
}

namespace ChipFields {

const QList<ChipField>& all()
{
    static const QList<ChipField> fields = buildFields();
    return fields;
}

QList<const ChipField*> columns(ChipField::Column where)
{
    QList<const ChipField*> result;
    for (const auto& field : all()) {
        if (field.column == where)
            result.append(&field);
    }
    std::stable_sort(result.begin(), result.end(),
        [](const ChipField* a, const ChipField* b) { return a->displayOrder < b->displayOrder; });
    return result;
}

QList<const ChipField*> scalars()
{
    QList<const ChipField*> result;
    for (const auto& field : all()) {
        if (field.isScalar() || field.kind == ChipField::Kind::Id)
            result.append(&field);
    }
    std::stable_sort(result.begin(), result.end(),
        [](const ChipField* a, const ChipField* b) { return a->displayOrder < b->displayOrder; });
    return result;
}

const QList<const ChipField*>& searchable()
{
    static const QList<const ChipField*> fields = [] {
        QList<const ChipField*> list;
        for (const auto& field : all()) {
            if (field.searchable)
                list.append(&field);
        }
        return list;
    }();
    return fields;
}

const ChipField* find(QStringView key)
{
    for (const auto& field : all()) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

const ChipField& field(QStringView key)
{
    const ChipField* found = find(key);
    Q_ASSERT_X(found, "ChipFields::field", "no field has this key");
    return *found;
}

} // namespace ChipFields
