#pragma once

#include "compactjsonobject.h"
#include "specvalue.h"
#include "units.h"

#include <QHashFunctions>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtAlgorithms>
#include <array>
#include <optional>

// The sourced numeric fields of a chip. Compute fields are peak *dense* tensor/matrix throughput
// (no 2:4 sparsity); memory bandwidth is to the chip's own memory, never the chip-to-chip link.
// The sourced numeric fields a chip can have, by the names the code uses. Compute fields are peak
// *dense* tensor/matrix throughput (no 2:4 sparsity); memory bandwidth is to the chip's own memory,
// never the chip-to-chip link. What each one is (key, label, unit family, plausible range, and how
// it shows as a metric) is its row in the schema, ChipFields::all(); specFields() lists them.
enum class SpecField {
    MemoryCapacity,
    MemoryBandwidth,
    Bf16Dense, // BF16, or FP16 where the chip has no BF16 (the value's note says which)
    Fp8Dense,
    Int8Dense,
    Tdp,
    DieArea, // logic die area, for the export-control performance density
    InterconnectBandwidth,
    Fp32, // vector/shader FP32, not tensor
    Fp64, // vector FP64, not tensor
    Fp4Dense, // dense FP4 tensor
    Price, // launch price, USD
    Transistors, // billions
};
constexpr int kSpecFieldCount = 13; // the fields named above
// A chip keeps one bit a field (ChipSpecs), so the schema can hold this many sourced numbers: a
// field added by a schema row alone takes the next free slot, SpecField(kSpecFieldCount) onwards.
constexpr int kSpecFieldSlots = 16;

// Where a numeric metric sits on the Compare page.
enum class MetricGroup { Memory, Compute, Power, Cost, Silicon };

// A sourced number's part of its schema row.
struct SpecFieldInfo
{
    SpecField field;
    QString jsonKey; // key in the catalog file
    const char* label = nullptr; // untranslated, in the "SpecField" context; specFieldLabel() translates
    Dimension dimension = Dimension::Count;
    // Plausible range in the canonical unit: a value outside it is almost always a unit slip (raw
    // bytes labelled GB), so `check` warns. Documented in docs/catalog-format.md.
    double plausibleMin = 0;
    double plausibleMax = 0;
    // As a metric (table column, chart axis, `list` column, compare row); a field with no metric
    // key (die area, interconnect bandwidth) is shown in the details and compare only.
    QString metricKey; // chart and CLI name, e.g. "bandwidth-gbs"
    QString csvKey; // list/compare output key, e.g. "bandwidth_gbs"
    bool higherIsBetter = true;
    MetricGroup group = MetricGroup::Compute;
    int metricOrder = 0; // among all metrics, derived ones included: table column order
    bool leadsList = false; // one of the first numeric columns of `list` (positions are a contract)
    bool shownByDefault = true; // a visible table column unless the user shows it
    int sinceVersion = 1; // the catalog format that added it: `list` puts later columns last
};
// The schema's sourced numbers in slot order (specFields()[i].field == SpecField(i)).
const QList<SpecFieldInfo>& specFields();
const SpecFieldInfo& specFieldInfo(SpecField field);
QString specFieldLabel(SpecField field); // translated, e.g. "Memory bandwidth"

// Cancelled: announced or sampled, then never sold (withdrawn, or refused an export licence).
enum class ChipStatus { Shipping, Announced, Reported, Rumored, Cancelled };
enum class CudaCompat { Native, SourceCompatible, None, Unknown };
enum class SupportLevel { Native, Plugin, None, Unknown };
inline size_t qHash(ChipStatus status, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(status), seed);
}

std::optional<ChipStatus> chipStatusFromKey(const QString& key);
QString chipStatusKey(ChipStatus status);
QString chipStatusLabel(ChipStatus status);
QString chipStatusKey(const std::optional<ChipStatus>& status); // "" when unknown
QString chipStatusLabel(const std::optional<ChipStatus>& status); // "—" when unknown
QList<ChipStatus> allChipStatuses();

std::optional<CudaCompat> cudaCompatFromKey(const QString& key);
QString cudaCompatKey(CudaCompat compat);
QString cudaCompatLabel(CudaCompat compat);

std::optional<SupportLevel> supportLevelFromKey(const QString& key);
QString supportLevelKey(SupportLevel level);
QString supportLevelLabel(SupportLevel level);

// The sourced numbers of one chip, in field order. A chip of a merged dataset knows a few of its
// fields, so a field without a value takes no room, and all of them cost one list.
// Pointers from find() last until the next set() (or a write to a copy that shares the list).
class ChipSpecs
{
public:
    const SpecValue* find(SpecField field) const;
    SpecValue* find(SpecField field);
    void set(SpecField field, std::optional<SpecValue> value); // nullopt: unknown
    qsizetype count() const { return m_values.size(); }
    void squeeze() { m_values.squeeze(); } // for a chip that is read, not edited
    // The known values, in field order.
    QList<SpecValue>::const_iterator begin() const { return m_values.cbegin(); }
    QList<SpecValue>::const_iterator end() const { return m_values.cend(); }

private:
    static quint16 bit(SpecField field) { return quint16(1u << static_cast<int>(field)); }
    static_assert(kSpecFieldSlots <= 16, "m_known has one bit a slot");
    qsizetype indexOf(SpecField field) const
    {
        return qPopulationCount(quint32(m_known & (bit(field) - 1u)));
    }

    quint16 m_known = 0; // one bit a field
    QList<SpecValue> m_values; // one a known field, in field order
};

// One cell of the ecosystem matrix: how well a framework or engine runs on the chip.
struct EcosystemEntry
{
    InternedString name; // "PyTorch", "vLLM", ...
    SupportLevel support = SupportLevel::Unknown;
    InternedString via; // "torch_npu", "vllm-ascend", ...
    InternedString sourceId;
};

struct Chip
{
    QString id; // stable, lowercase: users script against it
    QString name;
    QString shortName; // for chart labels; falls back to name
    QString localName; // e.g. 含光800
    InternedString vendor; // empty: unknown (format 2 allows it)
    InternedString country;
    std::optional<int> year; // announced
    std::optional<ChipStatus> status; // nullopt: unknown (format 2 allows it)
    InternedString foundry;
    InternedString processNode;
    InternedString memoryType;
    InternedString interconnect;
    InternedString softwareStack;
    CudaCompat cudaCompat = CudaCompat::Unknown;
    QList<EcosystemEntry> ecosystem;
    QString notes;
    QList<InternedString> sourceIds; // sources for the text fields (name, dates, status, ...)
    ChipSpecs specs;
    // Keys beginning with "x-": the user's own columns, kept verbatim and written back; and the
    // values of schema fields without a member of their own (ChipField::text unset).
    CompactJsonObject extra;

    const SpecValue* spec(SpecField field) const { return specs.find(field); } // nullptr: unknown
    SpecValue* spec(SpecField field) { return specs.find(field); }
    void setSpec(SpecField field, std::optional<SpecValue> value) { specs.set(field, std::move(value)); }
    std::optional<double> canonical(SpecField field) const;
    QJsonObject userColumns() const; // the "x-" keys of `extra`
    // The other ids the chip goes by (its `aliases` field, comma- or space-separated).
    QStringList aliases() const;
    QString displayShortName() const { return shortName.isEmpty() ? name : shortName; }
    QStringList frameworks() const; // ecosystem entries that run natively or through a plugin
    // Every source the chip rests on: its text fields' sources, then each one a value or an
    // ecosystem entry cites. Derived, so that no hand-kept list can miss one.
    QStringList allSourceIds() const;
    // Lower-case text the free-text search looks in: names, vendor, software stack, notes.
    QString searchText() const;
};
