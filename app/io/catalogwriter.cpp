#include "catalogwriter.h"

#include "atomicfile.h"
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

void writeChip(JsonTextWriter& out, const Chip& chip)
{
    out.beginObject();
    out.member(u"id"_s, chip.id);
    out.member(u"name"_s, chip.name);
    writeText(out, u"short_name"_s, chip.shortName);
    writeText(out, u"local_name"_s, chip.localName);
    writeText(out, u"vendor"_s, chip.vendor);
    writeText(out, u"country"_s, chip.country);
    if (chip.year)
        out.member(u"year"_s, *chip.year);
    if (chip.status)
        out.member(u"status"_s, chipStatusKey(*chip.status));
    writeText(out, u"foundry"_s, chip.foundry);
    writeText(out, u"process"_s, chip.processNode);
    writeText(out, u"memory_type"_s, chip.memoryType);
    for (const auto& info : specFields()) {
        if (const auto& value = chip.spec(info.field)) {
            out.key(info.jsonKey);
            writeNumber(out, value->primary, &value->alternatives.toList());
        }
    }
    writeText(out, u"interconnect"_s, chip.interconnect);
    writeText(out, u"software_stack"_s, chip.softwareStack);
    if (chip.cudaCompat != CudaCompat::Unknown)
        out.member(u"cuda_compat"_s, cudaCompatKey(chip.cudaCompat));
    if (!chip.ecosystem.isEmpty()) {
        out.key(u"ecosystem"_s);
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
    writeText(out, u"notes"_s, chip.notes);
    if (!chip.sourceIds.isEmpty()) {
        out.key(u"sources"_s);
        out.beginArray();
        for (const auto& id : chip.sourceIds)
            out.value(id.toString());
        out.endArray();
    }
    writeExtra(out, chip.extra.toObject());
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
