// Merging a later catalog over an earlier one (Catalog::mergedWith), field by field through the chip
// schema, so that a sheet with three columns never takes the other fields of a chip with it.
#include "catalog.h"
#include "chipfields.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool sameNumber(const SourcedNumber& a, const SourcedNumber& b)
{
    return a.sourceId == b.sourceId && a.canonical == b.canonical;
}

bool holds(const SpecValue& value, const SourcedNumber& number)
{
    return sameNumber(value.primary, number)
        || std::any_of(value.alternatives.cbegin(), value.alternatives.cend(),
            [&number](const SourcedNumber& n) { return sameNumber(n, number); });
}

// Adds `from`'s numbers to `into` as alternatives where `into` does not hold them yet, each noted
// with where it came from.
void keepAsAlternatives(SpecValue& into, const SpecValue& from, const QString& whence)
{
    for (SourcedNumber number : QList<SourcedNumber> { from.primary } + from.alternatives) {
        if (holds(into, number))
            continue;
        number.setNote(number.note().isEmpty() ? whence : whence + u": "_s + number.note());
        into.alternatives.append(number);
    }
}

// A field's value as a person reads it in a list of overrides: "96 GB", "HBM3e".
QString valueText(const ChipField& field, const Chip& chip)
{
    if (field.kind == ChipField::Kind::Number) {
        const SpecValue* value = chip.spec(*field.spec);
        if (!value)
            return {};
        return NumberFormat::formatNumber(value->canonical()) + u' '
            + Units::canonicalUnit(specFieldInfo(*field.spec).dimension);
    }
    return field.displayText(chip);
}

bool knows(const ChipField& field, const Chip& chip)
{
    switch (field.kind) {
    case ChipField::Kind::Number:
        return chip.spec(*field.spec) != nullptr;
    case ChipField::Kind::Ecosystem:
        return !chip.ecosystem.isEmpty();
    case ChipField::Kind::Sources:
        return !chip.sourceIds.isEmpty();
    default:
        return field.isKnown(chip);
    }
}

// Whether two chips hold the same value in a field (numbers: the same primary number).
bool sameValue(const ChipField& field, const Chip& a, const Chip& b)
{
    if (field.kind == ChipField::Kind::Number)
        return a.spec(*field.spec)->canonical() == b.spec(*field.spec)->canonical();
    return valueText(field, a) == valueText(field, b);
}

// `to` takes `from`'s value of a scalar or number field.
void copyField(const ChipField& field, const Chip& from, Chip& to)
{
    if (field.kind == ChipField::Kind::Number) {
        to.setSpec(*field.spec, *from.spec(*field.spec));
        return;
    }
    field.set(to, field.value(from));
}

// The frameworks of both chips, `winner`'s entry where both name the same framework.
QList<EcosystemEntry> mergedEcosystem(const QList<EcosystemEntry>& winner, const QList<EcosystemEntry>& other)
{
    QList<EcosystemEntry> result = winner;
    for (const auto& entry : other) {
        const bool named = std::any_of(winner.cbegin(), winner.cend(),
            [&entry](const EcosystemEntry& e) { return e.name == entry.name; });
        if (!named)
            result.append(entry);
    }
    return result;
}

struct ChipMerge
{
    Chip chip;
    QList<MergeOverride> overrides;
    QStringList fieldsFromLater; // field keys whose value now comes from the later catalog
};

ChipMerge mergeChip(const Chip& earlier, const Chip& later, MergePolicy policy)
{
    const QString replaced = QCoreApplication::translate("Catalog", "the catalog this one replaced");
    const QString laterCatalog
        = QCoreApplication::translate("Catalog", "a later catalog, which kept this chip's value");
    ChipMerge merge;
    merge.chip = policy == MergePolicy::Replace ? later : earlier;
    for (const auto& field : ChipFields::all()) {
        if (field.kind == ChipField::Kind::Id || field.kind == ChipField::Kind::Sources
            || field.kind == ChipField::Kind::Ecosystem)
            continue;
        const bool earlierKnows = knows(field, earlier);
        const bool laterKnows = knows(field, later);
        const bool differ = earlierKnows && laterKnows && !sameValue(field, earlier, later);
        if (differ)
            merge.overrides.append({ later.id, field.key, valueText(field, earlier), valueText(field, later),
                policy != MergePolicy::Fill });
        const bool laterWins = laterKnows && (policy != MergePolicy::Fill || !earlierKnows);
        if (policy == MergePolicy::Replace) {
            if (laterKnows && earlierKnows && field.kind == ChipField::Kind::Number)
                keepAsAlternatives(*merge.chip.spec(*field.spec), *earlier.spec(*field.spec), replaced);
            continue;
        }
        if (laterWins) {
            copyField(field, later, merge.chip);
            merge.fieldsFromLater.append(field.key);
            if (earlierKnows && field.kind == ChipField::Kind::Number)
                keepAsAlternatives(*merge.chip.spec(*field.spec), *earlier.spec(*field.spec), replaced);
        } else if (laterKnows && field.kind == ChipField::Kind::Number) {
            keepAsAlternatives(*merge.chip.spec(*field.spec), *later.spec(*field.spec), laterCatalog);
        }
    }
    if (policy != MergePolicy::Replace) {
        const bool laterFirst = policy == MergePolicy::FieldByField;
        merge.chip.ecosystem = laterFirst ? mergedEcosystem(later.ecosystem, earlier.ecosystem)
                                          : mergedEcosystem(earlier.ecosystem, later.ecosystem);
        if (!later.ecosystem.isEmpty() && laterFirst)
            merge.fieldsFromLater.append(u"ecosystem"_s);
        for (const auto& id : later.sourceIds) {
            if (!merge.chip.sourceIds.contains(id))
                merge.chip.sourceIds.append(id);
        }
        QJsonObject extra = merge.chip.extra.toObject();
        const QJsonObject laterExtra = later.extra.toObject();
        for (auto it = laterExtra.begin(); it != laterExtra.end(); ++it) {
            if (laterFirst || !extra.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        merge.chip.extra = extra;
    }
    merge.chip.specs.squeeze();
    return merge;
}

} // namespace

QString mergePolicyKey(MergePolicy policy)
{
    switch (policy) {
    case MergePolicy::FieldByField:
        return u"field"_s;
    case MergePolicy::Replace:
        return u"replace"_s;
    case MergePolicy::Fill:
        return u"fill"_s;
    }
    return {};
}

std::optional<MergePolicy> mergePolicyFromKey(const QString& key)
{
    for (const auto policy : { MergePolicy::FieldByField, MergePolicy::Replace, MergePolicy::Fill }) {
        if (mergePolicyKey(policy) == key)
            return policy;
    }
    return std::nullopt;
}

QString mergePolicyLabel(MergePolicy policy)
{
    switch (policy) {
    case MergePolicy::FieldByField:
        return QCoreApplication::translate(
            "Catalog", "field by field: a later value wins, fields it lacks keep the earlier value");
    case MergePolicy::Replace:
        return QCoreApplication::translate("Catalog", "replace: a later chip replaces the earlier one whole");
    case MergePolicy::Fill:
        return QCoreApplication::translate("Catalog", "fill: a later chip only fills unknown fields");
    }
    return {};
}

QString Catalog::originOf(const QString& chipId, const QString& fieldKey) const
{
    const auto chip = fieldOrigins.constFind(chipId);
    int index = 0;
    if (chip != fieldOrigins.cend())
        index = chip->value(fieldKey, chip->value(QString(), 0));
    return origins.value(index);
}

Catalog Catalog::mergedWith(const Catalog& overlay, MergePolicy mergePolicy) const
{
    Catalog result = *this;
    result.policy = mergePolicy;
    if (result.origins.isEmpty())
        result.origins.append(QString());
    // The overlay's own origins follow ours; its field origins move along with them.
    const int offset = int(result.origins.size());
    result.origins += overlay.origins.isEmpty() ? QStringList { QString() } : overlay.origins;
    const auto laterOrigin = [&](const QString& chipId, const QString& key) {
        const auto chip = overlay.fieldOrigins.constFind(chipId);
        const int index
            = chip == overlay.fieldOrigins.cend() ? 0 : chip->value(key, chip->value(QString(), 0));
        return offset + index;
    };
    // Where every field of an overlay chip came from, for a chip that joins whole.
    const auto allOrigins = [&](const QString& chipId) {
        QHash<QString, int> shifted { { QString(), offset } };
        const auto chip = overlay.fieldOrigins.constFind(chipId);
        if (chip != overlay.fieldOrigins.cend()) {
            for (auto it = chip->cbegin(); it != chip->cend(); ++it)
                shifted.insert(it.key(), offset + it.value());
        }
        return shifted;
    };

    QHash<QString, int> chipIndex;
    QHash<QString, int> aliasIndex; // an alias a chip declares -> the chip
    const auto indexChip = [&](int i) {
        chipIndex.insert(result.chips[i].id, i);
        for (const auto& alias : result.chips[i].aliases())
            aliasIndex.insert(alias, i);
    };
    for (int i = 0; i < result.chips.size(); ++i)
        indexChip(i);
    // The chip an incoming one joins: the same id, else one that declares the incoming id as an
    // alias, else the one an alias of the incoming chip names.
    const auto joinedChip = [&](const Chip& incoming) -> std::optional<int> {
        if (const auto it = chipIndex.constFind(incoming.id); it != chipIndex.cend())
            return *it;
        if (const auto it = aliasIndex.constFind(incoming.id); it != aliasIndex.cend())
            return *it;
        for (const auto& alias : incoming.aliases()) {
            if (const auto it = chipIndex.constFind(alias); it != chipIndex.cend())
                return *it;
        }
        return std::nullopt;
    };
    for (const auto& original : overlay.chips) {
        const auto joined = joinedChip(original);
        if (!joined) {
            result.chips.append(original);
            indexChip(int(result.chips.size()) - 1);
            result.fieldOrigins[original.id] = allOrigins(original.id);
            continue;
        }
        const int at = *joined;
        // Joined by an alias: the chip keeps its id, and the incoming one becomes one of its aliases.
        Chip incoming = original;
        if (incoming.id != result.chips[at].id) {
            QStringList aliases = result.chips[at].aliases();
            for (const auto& alias : QStringList { original.id } + original.aliases()) {
                if (!aliases.contains(alias) && alias != result.chips[at].id)
                    aliases.append(alias);
            }
            incoming.id = result.chips[at].id;
            ChipFields::field(u"aliases").set(incoming, aliases.join(u", "_s));
            aliasIndex.insert(original.id, at);
        }
        ChipMerge merge = mergeChip(result.chips[at], incoming, mergePolicy);
        result.chips[at] = std::move(merge.chip);
        result.overrides += merge.overrides;
        if (mergePolicy == MergePolicy::Replace) {
            result.fieldOrigins[incoming.id] = allOrigins(original.id);
        } else if (!merge.fieldsFromLater.isEmpty()) {
            auto& origins = result.fieldOrigins[incoming.id];
            for (const auto& key : std::as_const(merge.fieldsFromLater))
                origins.insert(key, laterOrigin(original.id, key));
        }
        if (!result.overridden.contains(incoming.id))
            result.overridden.append(incoming.id);
    }
    for (const auto& incoming : overlay.sources) {
        auto existing = std::find_if(result.sources.begin(), result.sources.end(),
            [&](const Source& s) { return s.id == incoming.id; });
        if (existing != result.sources.end())
            *existing = incoming;
        else
            result.sources.append(incoming);
    }
    for (const auto& incoming : overlay.systems) {
        auto existing = std::find_if(result.systems.begin(), result.systems.end(),
            [&](const ChipSystem& s) { return s.id == incoming.id; });
        if (existing != result.systems.end())
            *existing = incoming;
        else
            result.systems.append(incoming);
    }
    for (const auto& incoming : overlay.rules) {
        auto existing = std::find_if(result.rules.begin(), result.rules.end(),
            [&](const ExportRule& r) { return r.id == incoming.id; });
        if (existing != result.rules.end())
            *existing = incoming;
        else
            result.rules.append(incoming);
    }
    if (overlay.date.isValid() && (!result.date.isValid() || overlay.date > result.date))
        result.date = overlay.date;
    return result;
}
