#include "catalogwriter.h"

#include "atomicfile.h"
#include "core/chipfields.h"
#include "jsontextwriter.h"

using namespace Qt::StringLiterals;

namespace {

void writeExtra(JsonTextWriter& out, const QJsonObject& extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out.member(it.key(), it.value());
}

void writeText(JsonTextWriter& out, const QString& key, const QString& text)
{
    if (!text.isEmpty())
        out.member(key, text);
}

void writeNumber(JsonTextWriter& out, const SourcedNumber& number, const QList<SourcedNumber>* alternatives)
{
    out.beginObject();
    out.member(u"value"_s, number.value);
    out.member(u"unit"_s, number.unit.toString());
    out.member(u"source"_s, number.sourceId.toString());
    out.member(u"confidence"_s, confidenceKey(number.confidence));
    writeText(out, u"note"_s, number.note());
    if (alternatives && !alternatives->isEmpty()) {
        out.key(u"alternatives"_s);
        out.beginArray();
        for (const auto& alternative : *alternatives)
            writeNumber(out, alternative, nullptr);
        out.endArray();
    }
    writeExtra(out, number.extra());
    out.endObject();
}

void writeSource(JsonTextWriter& out, const Source& source)
{
    out.beginObject();
    out.member(u"id"_s, source.id);
    out.member(u"title"_s, source.title);
    writeText(out, u"url"_s, source.url);
    writeText(out, u"publisher"_s, source.publisher);
    if (source.accessed.isValid())
        out.member(u"accessed"_s, source.accessed.toString(Qt::ISODate));
    if (source.kind)
        out.member(u"kind"_s, sourceKindKey(*source.kind));
    writeText(out, u"reliability"_s, source.reliability);
    out.endObject();
}

void writeStrings(JsonTextWriter& out, const QString& key, const QStringList& list)
{
    if (list.isEmpty())
        return;
    out.key(key);
    out.beginArray();
    for (const auto& item : list)
        out.value(item);
    out.endArray();
}

void writeRule(JsonTextWriter& out, const ExportRule& rule)
{
    out.beginObject();
    out.member(u"id"_s, rule.id);
    out.member(u"title"_s, rule.title);
    out.member(u"date"_s, rule.date.toString(Qt::ISODate));
    out.member(u"outcome"_s, rule.outcome);
    out.member(u"source"_s, rule.sourceId);
    writeStrings(out, u"chips"_s, rule.chips);
    writeStrings(out, u"countries"_s, rule.countries);
    if (rule.tppAtLeast)
        out.member(u"tpp_at_least"_s, *rule.tppAtLeast);
    if (rule.tppBelow)
        out.member(u"tpp_below"_s, *rule.tppBelow);
    if (rule.memoryBandwidthBelow)
        out.member(u"memory_bandwidth_below"_s, *rule.memoryBandwidthBelow);
    writeText(out, u"note"_s, rule.note);
    out.endObject();
}

void writeSystem(JsonTextWriter& out, const ChipSystem& system)
{
    out.beginObject();
    out.member(u"id"_s, system.id);
    out.member(u"name"_s, system.name);
    writeText(out, u"vendor"_s, system.vendor);
    if (system.year)
        out.member(u"year"_s, *system.year);
    if (system.status)
        out.member(u"status"_s, chipStatusKey(*system.status));
    out.member(u"chip"_s, system.chipId);
    out.member(u"chips_per_system"_s, system.chipsPerSystem);
    for (const auto& info : systemFields()) {
        if (const auto& number = system.figure(info.field)) {
            out.key(info.jsonKey);
            writeNumber(out, *number, nullptr);
        }
    }
    writeText(out, u"notes"_s, system.notes);
    if (!system.sourceIds.isEmpty()) {
        out.key(u"sources"_s);
        out.beginArray();
        for (const auto& id : system.sourceIds)
            out.value(id.toString());
        out.endArray();
    }
    out.endObject();
}

void writeEcosystem(JsonTextWriter& out, const Chip& chip)
{
    out.beginArray();
    for (const auto& entry : chip.ecosystem) {
        out.beginObject();
        out.member(u"name"_s, entry.name.toString());
        out.member(u"support"_s, supportLevelKey(entry.support));
        writeText(out, u"via"_s, entry.via);
        writeText(out, u"source"_s, entry.sourceId);
        out.endObject();
    }
    out.endArray();
}

// Every field of the schema that the chip knows, in the schema's order, then the user's own.
void writeChip(JsonTextWriter& out, const Chip& chip)
{
    out.beginObject();
    for (const auto& field : ChipFields::all()) {
        switch (field.kind) {
        case ChipField::Kind::Id:
        case ChipField::Kind::Text:
        case ChipField::Kind::Vocabulary:
        case ChipField::Kind::Choice:
            if (field.required == ChipField::Required::Always)
                out.member(field.key, field.value(chip));
            else
                writeText(out, field.key, field.value(chip));
            break;
        case ChipField::Kind::Year:
            if (chip.year)
                out.member(field.key, *chip.year);
            break;
        case ChipField::Kind::Number:
            if (const auto& value = chip.spec(*field.spec)) {
                out.key(field.key);
                writeNumber(out, value->primary, &value->alternatives.toList());
            }
            break;
        case ChipField::Kind::Ecosystem:
            if (!chip.ecosystem.isEmpty()) {
                out.key(field.key);
                writeEcosystem(out, chip);
            }
            break;
        case ChipField::Kind::Sources:
            if (!chip.sourceIds.isEmpty()) {
                out.key(field.key);
                out.beginArray();
                for (const auto& id : chip.sourceIds)
                    out.value(id.toString());
                out.endArray();
            }
            break;
        }
    }
    writeExtra(out, chip.userColumns()); // the schema's member-less fields were written above
    out.endObject();
}

} // namespace

namespace CatalogWriter {

QByteArray toJson(const Catalog& catalog)
{
    JsonTextWriter out;
    out.beginObject();
    out.member(u"format"_s, Catalog::formatTag());
    out.member(u"version"_s, Catalog::kFormatVersion);
    if (catalog.date.isValid())
        out.member(u"date"_s, catalog.date.toString(Qt::ISODate));
    out.key(u"sources"_s);
    out.beginArray();
    for (const auto& source : catalog.sources)
        writeSource(out, source);
    out.endArray();
    if (!catalog.rules.isEmpty()) {
        out.key(u"rules"_s);
        out.beginArray();
        for (const auto& rule : catalog.rules)
            writeRule(out, rule);
        out.endArray();
    }
    if (!catalog.systems.isEmpty()) {
        out.key(u"systems"_s);
        out.beginArray();
        for (const auto& system : catalog.systems)
            writeSystem(out, system);
        out.endArray();
    }
    out.key(u"chips"_s);
    out.beginArray();
    for (const auto& chip : catalog.chips)
        writeChip(out, chip);
    out.endArray();
    out.endObject();
    return out.result();
}

bool writeFile(const Catalog& catalog, const QString& path, QString* error)
{
    return writeFileAtomically(path, toJson(catalog), error);
}

} // namespace CatalogWriter
