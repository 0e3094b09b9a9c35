#include "columnrecognizer.h"

#include "analysis/metrics.h"
#include "core/chip.h"
#include "core/chipfields.h"
#include "core/units.h"
#include "io/tablereader.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// Messages are written ColumnTarget::tr(...): one context ("ColumnRecognizer") for the whole
// recogniser, in a form lupdate sees (a file-local tr() helper hid them from it).

namespace {

// Identity and text fields an imported chip can carry (with the header spellings that mean them,
// ChipField::importSpellings), in the catalog's order.
const QList<const ChipField*>& textFields()
{
    static const QList<const ChipField*> fields = [] {
        QList<const ChipField*> list;
        for (const auto& field : ChipFields::all()) {
            if (field.isScalar() || field.kind == ChipField::Kind::Id)
                list.append(&field);
        }
        return list;
    }();
    return fields;
}

const QStringList kSourceSpellings { u"source"_s, u"sources"_s, u"link to datasheet"_s, u"datasheet"_s,
    u"url"_s, u"link"_s, u"reference"_s, u"references"_s, u"datasheet link"_s };

// Unit words datasets put at the end of a header: "mem_bw_tbs", "tdp_w", "MemorySize_GB".
std::optional<QString> suffixUnit(const QString& word)
{
    static const QHash<QString, QString> units { { u"gb"_s, u"GB"_s }, { u"gib"_s, u"GiB"_s },
        { u"mb"_s, u"MB"_s }, { u"mib"_s, u"MiB"_s }, { u"tb"_s, u"TB"_s }, { u"gbs"_s, u"GB/s"_s },
        { u"tbs"_s, u"TB/s"_s }, { u"mbs"_s, u"MB/s"_s }, { u"w"_s, u"W"_s }, { u"watts"_s, u"W"_s },
        { u"tflops"_s, u"TFLOPS"_s }, { u"pflops"_s, u"PFLOPS"_s }, { u"gflops"_s, u"GFLOPS"_s },
        { u"tops"_s, u"TOPS"_s }, { u"mm2"_s, u"mm²"_s }, { u"usd"_s, u"USD"_s }, { u"bytes"_s, u"B"_s } };
    const auto it = units.constFind(word);
    return it == units.cend() ? std::nullopt : std::optional<QString>(*it);
}

// `word` stands in `text` on its own ("tdp" in "tdp w", not in "tdpx").
const QRegularExpression& bracketPattern()
{
    static const QRegularExpression bracket(u"[(\\[]([^()\\[\\]]*)[)\\]]"_s);
    return bracket;
}

// A header's words (normalised) and its unit, from a bracket "(TB/s)", "[GiB]" or a suffix word
// "_tbs"; other brackets ("(half precision)") stay part of the words.
std::pair<QString, std::optional<QString>> splitUnit(const QString& header)
{
    QString text = header;
    std::optional<QString> unit;
    QVector<QRegularExpressionMatch> brackets;
    for (auto it = bracketPattern().globalMatch(text); it.hasNext();)
        brackets.append(it.next());
    for (auto it = brackets.rbegin(); it != brackets.rend() && !unit; ++it) {
        if (const auto spelled = Units::canonicalSpelling(it->captured(1))) {
            unit = spelled;
            text.remove(it->capturedStart(), it->capturedLength());
        }
    }
    text = ColumnRecognizer::normalized(text);
    text.replace(u'(', u' ').replace(u')', u' ').replace(u'[', u' ').replace(u']', u' ').replace(u'/', u' ');
    text = text.simplified();
    if (!unit) {
        const qsizetype space = text.lastIndexOf(u' ');
        const QString last = space < 0 ? text : text.mid(space + 1);
        if (const auto suffix = suffixUnit(last)) {
            unit = suffix;
            text = space < 0 ? QString() : text.left(space);
        }
    }
    return { text, unit };
}

bool hasWord(const QString& text, const QString& word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool startOk = at == 0 || !text[at - 1].isLetterOrNumber();
        const bool endOk = end == text.size() || !text[end].isLetterOrNumber();
        if (startOk && endOk)
            return true;
    }
    return false;
}

bool hasAny(const QString& text, std::initializer_list<QString> words)
{
    return std::any_of(
        words.begin(), words.end(), [&text](const QString& word) { return hasWord(text, word); });
}

ColumnTarget number(const QString& field, std::optional<QString> unit)
{
    return { ColumnTarget::Kind::Number, field, std::move(unit), {} };
}

ColumnTarget unmapped(const QString& reason)
{
    return { ColumnTarget::Kind::Unmapped, {}, std::nullopt, reason };
}

// Words that change what a number means: an idle TDP, a cache's size, a server's total, a power
// supply's rating or a network link is not the per-chip peak the catalog's field holds. A header
// with one of them is left unmapped, with the reason, whatever else it says (issue 22).
std::optional<QString> veto(const QString& text)
{
    if (hasAny(text, { u"idle"_s, u"min"_s, u"minimum"_s, u"base"_s, u"typical"_s, u"average"_s }))
        return ColumnTarget::tr("an idle, minimum, base or typical figure, not the peak the catalog records");
    if (hasAny(text, { u"cache"_s, u"l1"_s, u"l2"_s, u"l3"_s, u"infinity cache"_s }))
        return ColumnTarget::tr("a cache, not the chip's memory");
    if (hasAny(text, { u"psu"_s, u"power supply"_s, u"adapter"_s, u"supply"_s, u"recommended"_s }))
        return ColumnTarget::tr("a power supply's rating, not the chip's power");
    if (hasAny(text, { u"network"_s, u"nic"_s, u"ethernet"_s, u"infiniband"_s, u"rdma"_s, u"dcn"_s }))
        return ColumnTarget::tr("a network link: neither memory bandwidth nor the chip-to-chip link");
    if (hasAny(text,
            { u"host"_s, u"system"_s, u"node"_s, u"server"_s, u"total"_s, u"aggregate"_s, u"rack"_s, u"pod"_s,
                u"cluster"_s, u"8 gpu"_s, u"8x"_s, u"per node"_s, u"dgx"_s, u"hgx"_s }))
        return ColumnTarget::tr("a host, server or total figure, not one chip's");
    return std::nullopt;
}

// The numeric field a header names, once its unit is taken off.
ColumnTarget numericField(const QString& text, const std::optional<QString>& unit)
{
    if (const auto why = veto(text))
        return unmapped(*why);
    if (hasAny(text, { u"sparse"_s, u"sparsity"_s }))
        return unmapped(ColumnTarget::tr(
            "sparse throughput; the catalog records dense (halve it only if the source says 2:4)"));
    const bool tensor = hasAny(text, { u"tensor"_s, u"matrix"_s, u"dense"_s });
    if (hasAny(text, { u"tf32"_s }))
        return unmapped(ColumnTarget::tr("TF32 is not a catalog field"));
    if (hasAny(text, { u"fp64"_s, u"double precision"_s, u"float64"_s }))
        return tensor
            ? unmapped(ColumnTarget::tr("FP64 tensor is not a catalog field (fp64 is the vector rate)"))
            : number(u"fp64"_s, unit);
    if (hasAny(text, { u"fp32"_s, u"single precision"_s, u"float32"_s }))
        return tensor
            ? unmapped(ColumnTarget::tr("FP32 tensor is not a catalog field (fp32 is the vector rate)"))
            : number(u"fp32"_s, unit);
    if (hasAny(text, { u"int4"_s, u"int16"_s, u"fp6"_s }))
        return unmapped(ColumnTarget::tr("this precision is not a catalog field"));
    if (hasAny(text, { u"fp4"_s, u"nvfp4"_s, u"mxfp4"_s }))
        return number(u"fp4_dense"_s, unit);
    if (hasAny(text, { u"fp8"_s }))
        return number(u"fp8_dense"_s, unit);
    if (hasAny(text, { u"int8"_s }))
        return number(u"int8_dense"_s, unit);
    if (hasAny(text, { u"bf16"_s, u"bfloat16"_s })
        || (hasAny(text, { u"fp16"_s, u"half precision"_s, u"half"_s }) && tensor))
        return number(u"bf16_dense"_s, unit);
    if (hasAny(text, { u"fp16"_s, u"half precision"_s }))
        return unmapped(
            ColumnTarget::tr("FP16 without 'tensor' is usually the shader rate, far below tensor FP16; use "
                             "--map 'COLUMN=bf16_dense' if it is the tensor rate"));
    if (hasAny(text, { u"bandwidth"_s, u"bw"_s })) {
        if (hasAny(text,
                { u"interconnect"_s, u"nvlink"_s, u"intranode"_s, u"internode"_s, u"link"_s, u"ici"_s,
                    u"scale up"_s, u"chip to chip"_s, u"c2c"_s }))
            return number(u"interconnect_bandwidth"_s, unit);
        if (hasAny(text, { u"memory"_s, u"mem"_s, u"hbm"_s, u"vram"_s, u"dram"_s, u"gddr"_s }))
            return number(u"memory_bandwidth"_s, unit);
        return unmapped(ColumnTarget::tr("memory or interconnect bandwidth? use --map"));
    }
    if (hasAny(text, { u"memory"_s, u"mem"_s, u"vram"_s, u"hbm"_s, u"dram"_s, u"gddr"_s })) {
        if (hasAny(text, { u"clock"_s, u"bus"_s, u"width"_s, u"speed"_s, u"type"_s, u"stacks"_s }))
            return unmapped(QString());
        return number(u"memory_capacity"_s, unit);
    }
    if (hasAny(text, { u"tdp"_s, u"thermal design power"_s, u"power"_s, u"tbp"_s, u"tgp"_s })
        && !hasAny(text, { u"efficiency"_s, u"per watt"_s }))
        return number(u"tdp"_s, unit);
    if (hasAny(text, { u"die size"_s, u"die area"_s }))
        return number(u"die_area"_s, unit);
    if (hasAny(text, { u"transistors"_s, u"transistor count"_s, u"transistor"_s }))
        return number(u"transistors"_s, unit);
    if (hasAny(text, { u"price"_s, u"msrp"_s }) && !hasAny(text, { u"performance"_s, u"per"_s, u"source"_s }))
        return number(u"price"_s, unit);
    // Throughput that names no precision: often FP32 shader throughput, never assumed tensor BF16.
    if (text.isEmpty() || hasAny(text, { u"performance"_s, u"compute"_s, u"peak"_s, u"throughput"_s }))
        if (unit
            && (Units::dimensionOf(*unit) == Dimension::FloatThroughput
                || Units::dimensionOf(*unit) == Dimension::IntThroughput))
            return unmapped(ColumnTarget::tr(
                "names no precision (a bare TFLOPS is often FP32 shader throughput); use --map, "
                "e.g. 'TFLOPS=fp32:TFLOPS'"));
    return unmapped(QString());
}

} // namespace

QString ColumnTarget::describe() const
{
    switch (kind) {
    case Kind::Unmapped:
        return ColumnTarget::tr("(unmapped)");
    case Kind::Ignored:
        return u"-"_s;
    case Kind::Text:
        return key == TableReader::keyColumn() ? ColumnTarget::tr("name, where no column names the chip")
                                               : key;
    case Kind::Extra:
        return key;
    case Kind::Number:
        return key + (unit ? u':' + *unit : ColumnTarget::tr(":unit from each cell"))
            + (sparse ? ColumnTarget::tr(":sparse, halved") : QString());
    case Kind::Source:
        return ColumnTarget::tr("source");
    }
    return {};
}

namespace ColumnRecognizer {

QString normalized(const QString& header)
{
    QString text;
    // CamelCase to words: "MemorySize" -> "Memory Size", "TDP_W" stays whole.
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header[i];
        if (i > 0 && c.isUpper() && header[i - 1].isLower())
            text += u' ';
        text += c;
    }
    text = text.toLower();
    text.replace(u'_', u' ').replace(u'-', u' ');
    return text.simplified();
}

bool isNameHeader(const QString& text)
{
    static const QStringList spellings = ChipFields::field(u"name").importSpellings;
    return text.size() < 40 && spellings.contains(normalized(text));
}

ColumnTarget recognize(const QString& rawHeader)
{
    const QString header = rawHeader.trimmed();
    if (header == TableReader::keyColumn())
        return { ColumnTarget::Kind::Text, header, std::nullopt, {} };
    if (header.startsWith(u"x-"_s) && header.size() > 2)
        return { ColumnTarget::Kind::Extra, header, std::nullopt, {} };
    // The keys ChipCompare writes itself: `list` CSV columns and catalog fields round-trip.
    for (const auto& metric : Metrics::all()) {
        if (header == metric.csvKey || header == metric.key) {
            if (metric.isDerived())
                return { ColumnTarget::Kind::Ignored, {}, std::nullopt,
                    ColumnTarget::tr("derived: ChipCompare computes it") };
            return number(specFieldInfo(*metric.field).jsonKey, metric.unit);
        }
    }
    if (header == u"eccn_3a090_estimate"_s || header.endsWith(u"_confidence"_s))
        return { ColumnTarget::Kind::Ignored, {}, std::nullopt,
            ColumnTarget::tr("derived: ChipCompare computes it") };
    for (const auto& info : specFields()) {
        if (header == info.jsonKey)
            return number(info.jsonKey, std::nullopt);
    }

    const auto [text, unit] = splitUnit(header);

    // Text fields match on the words outside brackets too: "Process size (nm)" is the process.
    QString plain = header;
    plain.remove(bracketPattern());
    plain = normalized(plain).replace(u'/', u' ').simplified();
    for (const ChipField* field : textFields()) {
        if (field->importSpellings.contains(text) || field->importSpellings.contains(plain))
            return { ColumnTarget::Kind::Text, field->key, std::nullopt, {} };
    }
    if (kSourceSpellings.contains(text) || kSourceSpellings.contains(plain))
        return { ColumnTarget::Kind::Source, {}, std::nullopt, {} };
    return numericField(text, unit);
}

std::optional<ColumnTarget> fromMapping(const QString& fieldAndUnit, QString* error, const QString& header)
{
    const QString field = fieldAndUnit.section(u':', 0, 0).trimmed();
    QString unitText = fieldAndUnit.section(u':', 1, 1).trimmed();
    const QString qualifier = fieldAndUnit.section(u':', 2).trimmed();
    const bool sparse = qualifier.compare(u"sparse"_s, Qt::CaseInsensitive) == 0;
    if (!qualifier.isEmpty() && !sparse) {
        *error = ColumnTarget::tr("'%1' after the unit is not a qualifier; the one known is 'sparse'")
                     .arg(qualifier);
        return std::nullopt;
    }
    if (field == u"-"_s)
        return ColumnTarget { ColumnTarget::Kind::Ignored, {}, std::nullopt,
            ColumnTarget::tr("ignored by --map") };
    if (field == u"source"_s)
        return ColumnTarget { ColumnTarget::Kind::Source, {}, std::nullopt, {} };
    for (const ChipField* text : textFields()) {
        if (field == text->key) {
            if (!unitText.isEmpty()) {
                *error = ColumnTarget::tr("'%1' is a text field and takes no unit").arg(field);
                return std::nullopt;
            }
            return ColumnTarget { ColumnTarget::Kind::Text, field, std::nullopt, {} };
        }
    }
    for (const auto& info : specFields()) {
        if (field != info.jsonKey)
            continue;
        if (sparse && info.dimension != Dimension::FloatThroughput
            && info.dimension != Dimension::IntThroughput) {
            *error = ColumnTarget::tr("'sparse' fits compute fields only, not %1").arg(field);
            return std::nullopt;
        }
        if (unitText.isEmpty()) {
            std::optional<QString> headerUnit = splitUnit(header.trimmed()).second;
            if (headerUnit && Units::dimensionOf(*headerUnit) != info.dimension)
                headerUnit.reset(); // "Power (GB)": each cell must say its unit
            ColumnTarget target = number(field, headerUnit);
            target.sparse = sparse;
            return target;
        }
        const auto unit = Units::canonicalSpelling(unitText);
        if (!unit || Units::dimensionOf(*unit) != info.dimension) {
            *error = ColumnTarget::tr("unit '%1' does not fit %2; use one of %3")
                         .arg(unitText, field, Units::acceptedUnits(info.dimension).join(u", "_s));
            return std::nullopt;
        }
        ColumnTarget target = number(field, unit);
        target.sparse = sparse;
        return target;
    }
    QStringList known;
    for (const ChipField* text : textFields())
        known.append(text->key);
    for (const auto& info : specFields())
        known.append(info.jsonKey);
    *error
        = ColumnTarget::tr("'%1' is not a field; use one of %2, source or -").arg(field, known.join(u", "_s));
    return std::nullopt;
}

} // namespace ColumnRecognizer
