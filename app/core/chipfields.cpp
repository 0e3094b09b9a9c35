#include "chipfields.h"

#include <QCoreApplication>
#include <QJsonObject>
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

F number(SpecField slot, const char16_t* key, const char* label, Dimension dimension, double plausibleMin,
    double plausibleMax)
{
    F field;
    field.key = QString::fromUtf16(key);
    field.kind = F::Kind::Number;
    field.spec = slot;
    field.number.field = slot;
    field.number.jsonKey = field.key;
    field.number.label = label;
    field.number.dimension = dimension;
    field.number.plausibleMin = plausibleMin;
    field.number.plausibleMax = plausibleMax;
    return field;
}

struct MetricShape
{
    const char16_t* key;
    const char16_t* csvKey;
    bool higherIsBetter;
    MetricGroup group;
    int order;
};
// A format-1 lead column; format 2, hidden in the table; format 3 (after export_rule), hidden.
enum class Shown { InListLead, ByDefault, OnRequest, Later };
F asMetric(F field, MetricShape shape, Shown shown)
{
    SpecFieldInfo& n = field.number;
    n.metricKey = QString::fromUtf16(shape.key);
    n.csvKey = QString::fromUtf16(shape.csvKey);
    n.higherIsBetter = shape.higherIsBetter;
    n.group = shape.group;
    n.metricOrder = shape.order;
    n.leadsList = shown == Shown::InListLead;
    n.shownByDefault = shown == Shown::InListLead || shown == Shown::ByDefault;
    n.sinceVersion = shown == Shown::Later ? 3 : shown == Shown::OnRequest ? 2 : 1;
    return field;
}

QList<ChipField> numberFields()
{
    using S = SpecField;
    using D = Dimension;
    using G = MetricGroup;
    // Plausible ranges: memory 1 KB .. 100 TB; bandwidths 1 MB/s .. 1 PB/s; compute 1 MFLOPS .. 1
    // EFLOPS; TDP 1 W .. 30 kW; die area 1 mm² .. 100,000 mm² (a wafer-scale die is 46,225 mm²); a
    // price from 1 USD to 10 million USD; 1 million to 10 trillion transistors (a wafer-scale die
    // has 4 trillion). Metric orders leave room for the derived metrics (analysis/metrics.cpp).
    return {
        asMetric(number(S::MemoryCapacity, u"memory_capacity", QT_TRANSLATE_NOOP("SpecField", "Memory"),
                     D::DataSize, 1e-6, 1e5),
            { u"memory-gb", u"memory_gb", true, G::Memory, 10 }, Shown::InListLead),
        asMetric(number(S::MemoryBandwidth, u"memory_bandwidth",
                     QT_TRANSLATE_NOOP("SpecField", "Memory bandwidth"), D::DataRate, 1e-3, 1e6),
            { u"bandwidth-gbs", u"bandwidth_gbs", true, G::Memory, 20 }, Shown::InListLead),
        asMetric(number(S::Bf16Dense, u"bf16_dense", QT_TRANSLATE_NOOP("SpecField", "BF16/FP16 dense"),
                     D::FloatThroughput, 1e-6, 1e6),
            { u"bf16-tflops", u"bf16_tflops", true, G::Compute, 30 }, Shown::InListLead),
        asMetric(number(S::Fp8Dense, u"fp8_dense", QT_TRANSLATE_NOOP("SpecField", "FP8 dense"),
                     D::FloatThroughput, 1e-6, 1e6),
            { u"fp8-tflops", u"fp8_tflops", true, G::Compute, 40 }, Shown::InListLead),
        asMetric(number(S::Int8Dense, u"int8_dense", QT_TRANSLATE_NOOP("SpecField", "INT8 dense"),
                     D::IntThroughput, 1e-6, 1e6),
            { u"int8-tops", u"int8_tops", true, G::Compute, 50 }, Shown::InListLead),
        asMetric(number(S::Tdp, u"tdp", QT_TRANSLATE_NOOP("SpecField", "TDP"), D::Power, 1.0, 3e4),
            { u"tdp-w", u"tdp_w", false, G::Power, 60 }, Shown::InListLead),
        // Format 3: `list` gives them after export_rule, so that a list read back by `import` keeps
        // the die area the performance density and the 3A090 band rest on. A smaller die for the
        // same work is the better one to make.
        asMetric(
            number(S::DieArea, u"die_area", QT_TRANSLATE_NOOP("SpecField", "Die area"), D::Area, 1.0, 1e5),
            { u"die-area-mm2", u"die_area_mm2", false, G::Silicon, 175 }, Shown::Later),
        asMetric(number(S::InterconnectBandwidth, u"interconnect_bandwidth",
                     QT_TRANSLATE_NOOP("SpecField", "Interconnect bandwidth"), D::DataRate, 1e-3, 1e6),
            { u"interconnect-gbs", u"interconnect_gbs", true, G::Memory, 25 }, Shown::Later),
        asMetric(number(S::Fp32, u"fp32", QT_TRANSLATE_NOOP("SpecField", "FP32 (vector)"), D::FloatThroughput,
                     1e-6, 1e6),
            { u"fp32-tflops", u"fp32_tflops", true, G::Compute, 130 }, Shown::OnRequest),
        asMetric(number(S::Fp64, u"fp64", QT_TRANSLATE_NOOP("SpecField", "FP64 (vector)"), D::FloatThroughput,
                     1e-6, 1e6),
            { u"fp64-tflops", u"fp64_tflops", true, G::Compute, 140 }, Shown::OnRequest),
        asMetric(number(S::Fp4Dense, u"fp4_dense", QT_TRANSLATE_NOOP("SpecField", "FP4 dense"),
                     D::FloatThroughput, 1e-6, 1e6),
            { u"fp4-tflops", u"fp4_tflops", true, G::Compute, 120 }, Shown::OnRequest),
        asMetric(
            number(S::Price, u"price", QT_TRANSLATE_NOOP("SpecField", "Launch price"), D::Currency, 1.0, 1e7),
            { u"price-usd", u"price_usd", false, G::Cost, 150 }, Shown::OnRequest),
        asMetric(number(S::Transistors, u"transistors", QT_TRANSLATE_NOOP("SpecField", "Transistors"),
                     D::Count, 1e-3, 1e4),
            { u"transistors-billion", u"transistors_billion", true, G::Silicon, 170 }, Shown::OnRequest),
    };
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
    year.importSpellings
        = { u"year"_s, u"release date"_s, u"release year"_s, u"launch date"_s, u"launch year"_s, u"launch"_s,
              u"launched"_s, u"introduced"_s, u"announced"_s, u"release"_s, u"date"_s, u"released"_s };
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
    fields.append(numberFields());
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
    // Other ids the chip goes by in other catalogs ("h100-sxm5-80gb" of an Epoch import): a later
    // catalog's chip under one of them merges into this one, field by field. No Chip member: it
    // is kept in the chip's `extra` (few chips have one).
    fields.append(with(text(u"aliases", QT_TRANSLATE_NOOP("ChipFields", "Also known as"), nullptr, 15,
                           { u"aliases"_s, u"alias"_s, u"also known as"_s, u"aka"_s }),
        [](F& f) { f.listTitle = QT_TRANSLATE_NOOP("ChipFields", "Aliases"); }));
    F sources;
    sources.key = u"sources"_s;
    sources.label = QT_TRANSLATE_NOOP("ChipFields", "Sources");
    sources.kind = F::Kind::Sources;
    fields.append(sources);
    return fields;
}

QList<ChipField>& extensionRows()
{
    static QList<ChipField> rows;
    return rows;
}
bool schemaRead = false; // all() has built the schema: no more rows

// A field kept in the chip's `extra` object (a Text row without a member).
QString extraText(const Chip& chip, const QString& key)
{
    return chip.extra.value(key).toString();
}
void setExtraText(Chip& chip, const QString& key, const QString& text)
{
    QJsonObject extra = chip.extra.toObject();
    if (text.isEmpty())
        extra.remove(key);
    else
        extra.insert(key, text);
    chip.extra = extra;
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
        return text ? chip.*text : extraText(chip, key);
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
        if (this->text)
            chip.*(this->text) = text;
        else
            setExtraText(chip, key, text);
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
    static const QList<ChipField> fields = [] {
        QList<ChipField> list = buildFields();
        list.append(extensionRows());
        for (auto& field : list)
            field.keyUtf8 = field.key.toUtf8();
        schemaRead = true;
        return list;
    }();
    return fields;
}

void extend(QList<ChipField> rows)
{
    if (schemaRead)
        qFatal("ChipFields::extend: the schema is in use already; extend it before anything reads it");
    int slot = kSpecFieldCount;
    for (const auto& row : std::as_const(extensionRows()))
        slot += row.kind == ChipField::Kind::Number ? 1 : 0;
    for (auto& row : rows) {
        if (row.kind != ChipField::Kind::Number)
            continue;
        if (slot >= kSpecFieldSlots)
            qFatal("ChipFields::extend: no free slot for the number %s", qPrintable(row.key));
        row.spec = SpecField(slot++);
        row.number.field = *row.spec;
        row.number.jsonKey = row.key;
    }
    extensionRows().append(std::move(rows));
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
