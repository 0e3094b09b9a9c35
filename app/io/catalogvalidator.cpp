#include "catalogvalidator.h"

#include "core/chipfields.h"
#include "core/confidencepolicy.h"
#include "jsonpath.h"
#include "jsonview.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <functional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString keyName(std::string_view key)
{
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

// The catalog keys of the sourced numbers, as bytes to compare with the parsed text.
const std::array<QByteArray, kSpecFieldSlots>& specKeys()
{
    static const auto keys = [] {
        std::array<QByteArray, kSpecFieldSlots> bytes;
        for (const auto& info : specFields())
            bytes[static_cast<int>(info.field)] = info.jsonKey.toLatin1();
        return bytes;
    }();
    return keys;
}

std::string_view specKey(SpecField field)
{
    const QByteArray& key = specKeys()[static_cast<int>(field)];
    return { key.constData(), size_t(key.size()) };
}

// Walks the parsed document, collecting problems with their JSON path; positions come later.
class Validator
{
    // Its messages are the reader's: one context for lupdate and for the run time.
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)

public:
    explicit Validator(const CatalogReader::Progress& progress)
        : m_progress(progress)
    {
    }
    Validator(const QList<Source>& knownSources, const CatalogReader::Progress& progress)
        : m_progress(progress)
    {
        for (const auto& source : knownSources)
            m_knownSources.insert(source.id, source);
    }

    CatalogValidation result;

    // Reads everything but the chips, and finds them (chips()).
    void readHeader(simdjson::dom::object rootObject)
    {
        static const JsonKeySet topKeys { "format", "version", "date", "sources", "rules", "systems",
            "chips" };
        const JsonFields root(rootObject, topKeys);
        rejectUnknownKeys(root, {}, {});

        const auto format = root.value("format");
        if (!format.isString() || format.toString() != Catalog::formatTag())
            add(m_top / "format", {}, u"format"_s, tr("must be the string \"%1\"").arg(Catalog::formatTag()));
        const auto version = root.value("version");
        const double number = version.toDouble();
        if (!version.isDouble() || number != std::floor(number) || number < Catalog::kOldestFormatVersion
            || number > Catalog::kFormatVersion)
            add(m_top / "version", {}, u"version"_s,
                tr("must be %1 to %2, the format versions this program reads")
                    .arg(Catalog::kOldestFormatVersion)
                    .arg(Catalog::kFormatVersion));
        else
            m_version = int(number);
        if (root.contains("date"))
            result.catalog.date = readDate(root.value("date"), m_top / "date", {}, u"date"_s);

        const auto sources = root.value("sources");
        if (!sources.isUndefined() && !sources.isArray())
            add(m_top / "sources", {}, u"sources"_s, expected(tr("an array"), sources));
        if (sources.isArray()) {
            int index = 0;
            for (const auto source : sources.array())
                readSource(JsonView(source), index++);
        }

        const auto rules = root.value("rules");
        if (!rules.isUndefined() && !rules.isArray())
            add(m_top / "rules", {}, u"rules"_s, expected(tr("an array"), rules));
        if (rules.isArray()) {
            int index = 0;
            for (const auto rule : rules.array())
                readRule(JsonView(rule), index++);
        }

        const auto systems = root.value("systems");
        if (!systems.isUndefined() && !systems.isArray())
            add(m_top / "systems", {}, u"systems"_s, expected(tr("an array"), systems));
        if (systems.isArray()) {
            int index = 0;
            for (const auto system : systems.array())
                readSystem(JsonView(system), index++);
        }

        const auto chips = root.value("chips");
        if (!chips.isArray()) {
            add(m_top / "chips", {}, u"chips"_s,
                chips.isUndefined() ? tr("is missing") : expected(tr("an array"), chips));
            return;
        }
        m_chips = chips.array();
        // Every number's source is looked up in here; made now, the workers only read it.
        for (auto it = m_knownSources.cbegin(); it != m_knownSources.cend(); ++it)
            m_policySources.insert(it.key(), ConfidencePolicy::PolicySource(it.value()));
        for (auto it = m_ownSources.cbegin(); it != m_ownSources.cend(); ++it)
            m_policySources.insert(it.key(), ConfidencePolicy::PolicySource(it.value()));
    }

    std::optional<simdjson::dom::array> chips() const { return m_chips; }

    // A validator for a share of the chips, with the sources and format version read so far.
    Validator worker() const
    {
        Validator copy(m_progress);
        copy.m_knownSources = m_knownSources;
        copy.m_ownSources = m_ownSources;
        copy.m_policySources = m_policySources;
        copy.m_sourceIds = m_sourceIds;
        copy.m_version = m_version;
        return copy;
    }

    // Reads chips [begin, end) into the same places of `out`; `chipAt` gives chip i's element, or
    // false when its text does not parse. `duplicate` marks the chips whose id an earlier chip
    // has. Only the worker given `reportsProgress` calls the progress callback (from the thread
    // that asked for the read); the others watch `stop`.
    void readChips(const std::function<bool(qsizetype, simdjson::dom::element&)>& chipAt, qsizetype begin,
        qsizetype end, Chip* out, const std::vector<bool>& duplicate, std::atomic<bool>& stop,
        bool reportsProgress)
    {
        for (qsizetype index = begin; index < end; ++index) {
            if ((index - begin) % 1024 == 0) {
                // Parsing took about the first third of the time; chips are the rest.
                if (reportsProgress && m_progress
                    && !m_progress(35 + int(65 * (index - begin) / (end - begin)))) {
                    result.cancelled = true;
                    stop = true;
                }
                if (stop)
                    return;
            }
            simdjson::dom::element element;
            if (!chipAt(index, element)) {
                result.chipTextRefused = true;
                stop = true;
                return;
            }
            readChip(JsonView(element), int(index), out[index], duplicate[size_t(index)]);
        }
    }

private:
    void add(const JsonPath& path, QString chipId, QString field, QString message)
    {
        result.problems.append({ path.toList(), std::move(chipId), std::move(field), std::move(message) });
    }

    static QString expected(const QString& what, const JsonView& found)
    {
        return tr("expected %1, found %2").arg(what, found.typeName());
    }

    // Keys the format does not know are errors (a misspelt field must not pass silently), except
    // those beginning with "x-": the user's own columns, collected into `extra` when given.
    void rejectUnknownKeys(
        const JsonFields& object, const JsonPath& path, const QString& chipId, QJsonObject* extra = nullptr)
    {
        if (object.repeatsAKey())
            result.structureSuspect = true;
        for (const auto& member : object.unknown()) {
            const QString key = JsonView::fromUtf8(member.key);
            if (extra && isExtensionKey(key))
                extra->insert(key,
                    member.value.toQJsonValue(
                        (path / member.key).depth(), CatalogReader::kMaxNesting, &result.structureSuspect));
            else
                add(path / member.key, chipId, key, tr("unknown field (misspelt?)"));
        }
    }

    static bool isExtensionKey(const QString& key) { return key.startsWith(u"x-"_s) && key.size() > 2; }

    // Vendors, units, source ids and the like repeat across thousands of chips: each is pooled
    // once (InternedString) and looked up here by the parsed bytes, so a repeat costs neither a
    // conversion nor a trip to the process-wide pool.
    InternedString intern(std::string_view utf8)
    {
        if (utf8.empty())
            return {};
        const auto it = m_strings.find(utf8);
        if (it != m_strings.cend())
            return it->second;
        const InternedString text(JsonView::fromUtf8(utf8));
        // The key is a copy: a view into the parsed text would send every later lookup to a
        // different page of a large file (most of the reader's time went in such misses).
        m_stringKeys.emplace_back(utf8);
        m_strings.emplace(m_stringKeys.back(), text);
        return text;
    }

    // The value at `key` when it is a string; reports one that is required and missing, or that
    // is not a string.
    std::optional<JsonView> stringAt(const JsonFields& object, std::string_view key, const JsonPath& path,
        const QString& chipId, bool required)
    {
        const auto value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                add(path, chipId, keyName(key), tr("is required"));
            return std::nullopt;
        }
        if (!value.isString()) {
            add(path / key, chipId, keyName(key), expected(tr("a string"), value));
            return std::nullopt;
        }
        return value;
    }

    void requireText(
        bool required, const QString& text, std::string_view key, const JsonPath& path, const QString& chipId)
    {
        if (required && text.isEmpty())
            add(path / key, chipId, keyName(key), tr("must not be empty"));
    }

    // Free text that differs from chip to chip: names, notes.
    QString readString(const JsonFields& object, std::string_view key, const JsonPath& path,
        const QString& chipId, bool required)
    {
        const auto value = stringAt(object, key, path, chipId, required);
        const QString text = value ? JsonView::fromUtf8(value->text()).trimmed() : QString();
        if (value)
            requireText(required, text, key, path, chipId);
        return text;
    }

    // Text from a vocabulary that repeats across chips: units, source ids, vendors, keys.
    InternedString readVocabulary(const JsonFields& object, std::string_view key, const JsonPath& path,
        const QString& chipId, bool required)
    {
        const auto value = stringAt(object, key, path, chipId, required);
        InternedString text = value ? intern(value->text()) : InternedString();
        const QString& untrimmed = text;
        if (!untrimmed.isEmpty() && (untrimmed.front().isSpace() || untrimmed.back().isSpace()))
            text = untrimmed.trimmed();
        if (value)
            requireText(required, text, key, path, chipId);
        return text;
    }

    QDate readDate(const JsonView& value, const JsonPath& path, const QString& chipId, const QString& field)
    {
        if (!value.isString()) {
            add(path, chipId, field, expected(tr("a date string YYYY-MM-DD"), value));
            return {};
        }
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            add(path, chipId, field, tr("'%1' is not a date of the form YYYY-MM-DD").arg(value.toString()));
        return date;
    }

    void readSource(const JsonView& value, int index)
    {
        const JsonPath sources = m_top / "sources";
        const JsonPath path = sources / index;
        if (!value.isObject()) {
            add(path, {}, u"sources"_s, expected(tr("an object"), value));
            return;
        }
        static const JsonKeySet keys { "id", "title", "url", "publisher", "accessed", "kind", "reliability" };
        const JsonFields object(value.object(), keys);
        rejectUnknownKeys(object, path, {});
        Source source;
        source.id = readString(object, "id", path, {}, true);
        source.title = readString(object, "title", path, {}, true);
        source.url = readString(object, "url", path, {}, false);
        source.publisher = readString(object, "publisher", path, {}, false);
        source.reliability = readString(object, "reliability", path, {}, false);
        const QString kind = readString(object, "kind", path, {}, false);
        if (!kind.isEmpty()) {
            source.kind = sourceKindFromKey(kind);
            if (!source.kind) {
                QStringList kinds;
                for (const auto k : allSourceKinds())
                    kinds.append(sourceKindKey(k));
                add(path / "kind", {}, u"kind"_s, tr("'%1' is not one of %2").arg(kind, kinds.join(u", "_s)));
            }
        } else if (m_version >= 2) {
            for (const auto& finding : ConfidencePolicy::checkSource(source))
                result.warnings.append({ path.toList(), {}, finding.field, finding.message });
        }
        if (object.contains("accessed"))
            source.accessed = readDate(object.value("accessed"), path / "accessed", {}, u"accessed"_s);
        if (!source.url.isEmpty()) {
            if (!Source::isWebAddress(source.url))
                add(path / "url", {}, u"url"_s, tr("'%1' is not an http(s) address").arg(source.url));
        }
        if (!source.id.isEmpty() && m_sourceIds.contains(source.id))
            add(path / "id", {}, u"id"_s, tr("source id '%1' is defined twice").arg(source.id));
        m_sourceIds.insert(source.id);
        m_ownSources.insert(source.id, source);
        result.catalog.sources.append(source);
    }

    // One export rule (exportrule.h): what it covers, from when, and what it decides.
    void readRule(const JsonView& value, int index)
    {
        const JsonPath rules = m_top / "rules"; // a step of its own: a path points to its parent
        const JsonPath path = rules / index;
        if (!value.isObject()) {
            add(path, {}, u"rules"_s, expected(tr("an object"), value));
            return;
        }
        static const JsonKeySet keys { "id", "title", "date", "outcome", "source", "chips", "countries",
            "tpp_at_least", "tpp_below", "memory_bandwidth_below", "note" };
        const JsonFields object(value.object(), keys);
        rejectUnknownKeys(object, path, {});
        ExportRule rule;
        rule.id = readString(object, "id", path, {}, true);
        rule.title = readString(object, "title", path, {}, true);
        rule.outcome = readString(object, "outcome", path, {}, true);
        rule.note = readString(object, "note", path, {}, false);
        rule.sourceId = readString(object, "source", path, {}, true);
        if (!rule.sourceId.isEmpty() && !sourceExists(rule.sourceId))
            add(path / "source", {}, u"source"_s,
                tr("source '%1' is not in the catalog's sources").arg(rule.sourceId));
        if (!object.contains("date"))
            add(path, {}, u"date"_s, tr("is required"));
        else
            rule.date = readDate(object.value("date"), path / "date", {}, u"date"_s);
        for (const auto& [key, list] :
            { std::pair { "chips", &rule.chips }, std::pair { "countries", &rule.countries } }) {
            const auto items = object.value(key);
            if (items.isUndefined())
                continue;
            if (!items.isArray()) {
                add(path / key, {}, keyName(key), expected(tr("an array of strings"), items));
                continue;
            }
            int i = 0;
            for (const auto item : items.array()) {
                const JsonView text(item);
                if (!text.isString())
                    add(path / key / i, {}, keyName(key), expected(tr("a string"), text));
                else
                    list->append(text.toString());
                ++i;
            }
        }
        const auto threshold = [&](const char* key, std::optional<double>* into) {
            const auto number = object.value(key);
            if (number.isUndefined())
                return;
            if (!number.isDouble() || !std::isfinite(number.toDouble()) || number.toDouble() <= 0)
                add(path / key, {}, keyName(key), tr("must be a positive number"));
            else
                *into = number.toDouble();
        };
        threshold("tpp_at_least", &rule.tppAtLeast);
        threshold("tpp_below", &rule.tppBelow);
        threshold("memory_bandwidth_below", &rule.memoryBandwidthBelow);
        if (rule.chips.isEmpty() && !rule.hasThresholds())
            add(path, {}, u"rules"_s, tr("a rule must name chips or give a threshold"));
        result.catalog.rules.append(rule);
    }

    // One system (chipsystem.h): N chips of a catalog chip, and the figures given for the whole.
    void readSystem(const JsonView& value, int index)
    {
        const JsonPath systems = m_top / "systems"; // a step of its own: a path points to its parent
        const JsonPath path = systems / index;
        if (!value.isObject()) {
            add(path, {}, u"systems"_s, expected(tr("an object"), value));
            return;
        }
        static const JsonKeySet keys = [] {
            QVarLengthArray<std::string_view, 24> list { "id", "name", "vendor", "year", "status", "chip",
                "chips_per_system", "notes", "sources" };
            for (const auto& info : systemFields())
                list.append(systemKey(info));
            return JsonKeySet(list);
        }();
        const JsonFields object(value.object(), keys);
        ChipSystem system;
        system.id = readString(object, "id", path, {}, true);
        const QString label = system.id.isEmpty() ? u"#"_s + QString::number(index + 1) : system.id;
        rejectUnknownKeys(object, path, label);
        if (!system.id.isEmpty() && !isChipId(system.id))
            add(path / "id", label, u"id"_s,
                tr("ids are lowercase letters, digits and single hyphens, e.g. 'nvidia-h20'"));
        if (!system.id.isEmpty() && m_systemIds.contains(system.id))
            add(path / "id", label, u"id"_s, tr("duplicate system id; ids must be unique"));
        m_systemIds.insert(system.id);
        system.name = readString(object, "name", path, label, true);
        system.vendor = readVocabulary(object, "vendor", path, label, false);
        system.notes = readString(object, "notes", path, label, false);
        system.chipId = readString(object, "chip", path, label, true);
        const auto count = object.value("chips_per_system");
        if (count.isUndefined())
            add(path, label, u"chips_per_system"_s, tr("is required"));
        else if (!count.isDouble() || count.toDouble() != std::floor(count.toDouble()) || count.toDouble() < 1
            || count.toDouble() > 1e7)
            add(path / "chips_per_system", label, u"chips_per_system"_s,
                tr("must be a whole number of chips, at least 1"));
        else
            system.chipsPerSystem = int(count.toDouble());
        if (object.contains("year")) {
            const auto year = object.value("year");
            if (!year.isDouble() || year.toDouble() != std::floor(year.toDouble()) || year.toDouble() < 1950
                || year.toDouble() > 2100)
                add(path / "year", label, u"year"_s, tr("must be a whole year from 1950 to 2100"));
            else
                system.year = int(year.toDouble());
        }
        if (object.contains("status")) {
            const QString status = readVocabulary(object, "status", path, label, false);
            system.status = chipStatusFromKey(status);
            if (!system.status)
                add(path / "status", label, u"status"_s,
                    tr("'%1' is not one of %2")
                        .arg(status, ChipFields::field(u"status").choiceKeys().join(u", "_s)));
        }
        for (const auto& info : systemFields()) {
            const std::string_view key = systemKey(info);
            const auto number = object.value(key);
            if (number.isUndefined())
                continue;
            if (auto read
                = readNumber(number, path / key, label, info.jsonKey, info.dimension, false, nullptr))
                system.figures[size_t(info.field)] = *read;
        }
        if (object.contains("sources")) {
            const auto list = object.value("sources");
            if (list.isArray()) {
                for (const auto item : list.array()) {
                    const JsonView id(item);
                    if (!id.isString() || !sourceExists(id.toString()))
                        add(path / "sources", label, u"sources"_s,
                            tr("'%1' is not a source id in the catalog's sources").arg(id.toString()));
                    else
                        system.sourceIds.append(intern(id.text()));
                }
            } else {
                add(path / "sources", label, u"sources"_s, expected(tr("an array of source ids"), list));
            }
        }
        m_systemChips.append({ (path / "chip").toList(), label, system.chipId });
        result.catalog.systems.append(system);
    }

    // A system figure's key as the parser looks it up: made once, kept for the process.
    static std::string_view systemKey(const SystemFieldInfo& info)
    {
        static const std::array<QByteArray, kSystemFieldCount> keys = [] {
            std::array<QByteArray, kSystemFieldCount> list;
            for (const auto& field : systemFields())
                list[size_t(field.field)] = field.jsonKey.toUtf8();
            return list;
        }();
        const QByteArray& key = keys[size_t(info.field)];
        return std::string_view(key.constData(), size_t(key.size()));
    }

public:
    // A system must be made of a chip of its own catalog: checked once the chips are read.
    void checkSystemChips()
    {
        QSet<QString> ids;
        for (const auto& chip : result.catalog.chips)
            ids.insert(chip.id);
        for (const auto& [path, label, chipId] : std::as_const(m_systemChips)) {
            if (!chipId.isEmpty() && !ids.contains(chipId))
                result.problems.append(
                    { path, label, u"chip"_s, tr("chip '%1' is not in the catalog's chips").arg(chipId) });
        }
    }

private:
    bool sourceExists(const QString& id) const
    {
        return m_sourceIds.contains(id) || m_knownSources.contains(id);
    }

    const ConfidencePolicy::PolicySource* policySourceOf(const QString& id) const
    {
        const auto it = m_policySources.constFind(id);
        return it != m_policySources.cend() ? &*it : nullptr;
    }

    std::optional<SourcedNumber> readNumber(const JsonView& value, const JsonPath& path,
        const QString& chipId, const QString& field, Dimension dimension, bool allowAlternatives,
        QList<SourcedNumber>* alternatives)
    {
        if (!value.isObject()) {
            add(path, chipId, field,
                expected(tr("an object with value, unit, source and confidence"), value));
            return std::nullopt;
        }
        static const JsonKeySet alternativeKeys { "value", "unit", "source", "confidence", "note" };
        static const JsonKeySet primaryKeys { "value", "unit", "source", "confidence", "note",
            "alternatives" };
        const JsonFields object(value.object(), allowAlternatives ? primaryKeys : alternativeKeys);
        const int problemsBefore = int(result.problems.size());
        SourcedNumber number;
        QJsonObject extra;
        rejectUnknownKeys(object, path, chipId, &extra);
        number.setExtra(extra);
        const auto raw = object.value("value");
        if (raw.isUndefined())
            add(path, chipId, field,
                tr("'value' is required (leave the whole field out when it is unknown)"));
        else if (!raw.isDouble())
            add(path / "value", chipId, field, expected(tr("a number"), raw));
        else if (!std::isfinite(raw.toDouble()))
            add(path / "value", chipId, field, tr("value must be a finite number"));
        else if (raw.toDouble() <= 0)
            add(path / "value", chipId, field,
                tr("value must be positive (leave the field out when it is unknown; never write 0)"));
        number.value = raw.toDouble();

        number.unit = readVocabulary(object, "unit", path, chipId, true);
        const auto canonical = Units::toCanonical(number.value, number.unit, dimension);
        if (!number.unit.isEmpty() && !canonical)
            add(path / "unit", chipId, field,
                tr("unit '%1' does not fit this field; use one of %2")
                    .arg(number.unit, Units::acceptedUnits(dimension).join(u", "_s)));
        // A finite value can still overflow on conversion (1e308 PFLOPS): refuse it here rather
        // than let an infinity reach a chart or a CSV file.
        if (canonical && !std::isfinite(*canonical))
            add(path / "value", chipId, field,
                tr("value is too large to convert to %1").arg(Units::canonicalUnit(dimension)));
        number.canonical = canonical.value_or(0.0);

        number.sourceId = readVocabulary(object, "source", path, chipId, true);
        if (!number.sourceId.isEmpty() && !sourceExists(number.sourceId))
            add(path / "source", chipId, field,
                tr("source '%1' is not in the catalog's sources").arg(number.sourceId));

        const QString confidence = readVocabulary(object, "confidence", path, chipId, true);
        if (const auto parsed = confidenceFromKey(confidence))
            number.confidence = *parsed;
        else if (!confidence.isEmpty())
            add(path / "confidence", chipId, field,
                tr("confidence '%1' is not one of official, reported, rumored, estimate").arg(confidence));
        number.setNote(readString(object, "note", path, chipId, false));
        if (!number.note().isEmpty() && number.extra().isEmpty()) {
            const auto shared = m_notedNumbers.constFind(number.note());
            if (shared != m_notedNumbers.cend())
                number.shareRarePartsWith(*shared);
            else
                m_notedNumbers.insert(number.note(), number);
        }

        if (allowAlternatives && object.contains("alternatives")) {
            const auto list = object.value("alternatives");
            const JsonPath listPath = path / "alternatives";
            if (!list.isArray()) {
                add(listPath, chipId, field, expected(tr("an array"), list));
            } else {
                int i = 0;
                for (const auto item : list.array()) {
                    if (auto alt
                        = readNumber(JsonView(item), listPath / i, chipId, field, dimension, false, nullptr))
                        alternatives->append(*alt);
                    ++i;
                }
            }
        }
        if (result.problems.size() != problemsBefore)
            return std::nullopt;
        return number;
    }

    // A value far outside what any accelerator has is almost always a unit slip; it still loads.
    void warnIfImplausible(
        const SourcedNumber& number, const JsonPath& path, const QString& chipId, const SpecFieldInfo& info)
    {
        if (number.canonical >= info.plausibleMin && number.canonical <= info.plausibleMax)
            return;
        const QString unit = Units::canonicalUnit(info.dimension);
        auto text = [&unit](double value) -> QString { return QString::number(value, 'g', 6) + u' ' + unit; };
        result.warnings.append({ (path / "value").toList(), chipId, info.jsonKey,
            tr("%1 %2 (%3) is outside the plausible range %4 to %5; is the unit right?")
                .arg(QString::number(number.value, 'g', 12), number.unit, text(number.canonical),
                    text(info.plausibleMin), text(info.plausibleMax)) });
    }

    template <typename Enum>
    Enum readEnum(const JsonFields& object, std::string_view key, const JsonPath& path, const QString& chipId,
        std::optional<Enum> (*parse)(const QString&), Enum fallback, bool required, const QString& choices)
    {
        const QString text = readVocabulary(object, key, path, chipId, required);
        if (text.isEmpty())
            return fallback;
        if (const auto parsed = parse(text))
            return *parsed;
        add(path / key, chipId, keyName(key), tr("'%1' is not one of %2").arg(text, choices));
        return fallback;
    }

    void readEcosystem(const JsonView& value, const JsonPath& path, Chip& chip)
    {
        if (!value.isArray()) {
            add(path, chip.id, u"ecosystem"_s, expected(tr("an array"), value));
            return;
        }
        static const JsonKeySet keys { "name", "support", "via", "source" };
        int i = 0;
        for (const auto item : value.array()) {
            const JsonPath entryPath = path / i++;
            const JsonView entryValue(item);
            if (!entryValue.isObject()) {
                add(entryPath, chip.id, u"ecosystem"_s, expected(tr("an object"), entryValue));
                continue;
            }
            const JsonFields object(entryValue.object(), keys);
            rejectUnknownKeys(object, entryPath, chip.id);
            EcosystemEntry entry;
            entry.name = readVocabulary(object, "name", entryPath, chip.id, true);
            entry.support = readEnum<SupportLevel>(object, "support", entryPath, chip.id, supportLevelFromKey,
                SupportLevel::Unknown, true, u"native, plugin, none, unknown"_s);
            entry.via = readVocabulary(object, "via", entryPath, chip.id, false);
            entry.sourceId = readVocabulary(object, "source", entryPath, chip.id, false);
            if (!entry.sourceId.isEmpty() && !sourceExists(entry.sourceId))
                add(entryPath / "source", chip.id, u"ecosystem"_s,
                    tr("source '%1' is not in the catalog's sources").arg(entry.sourceId));
            chip.ecosystem.append(entry);
        }
        chip.ecosystem.squeeze(); // kept for the life of the catalog: no room to grow
    }

    static std::string_view keyOf(const ChipField& field)
    {
        return std::string_view(field.keyUtf8.constData(), size_t(field.keyUtf8.size()));
    }

    bool isRequired(const ChipField& field) const
    {
        return field.required == ChipField::Required::Always
            || (field.required == ChipField::Required::InFormat1 && m_version < 2);
    }

    // A text, year or choice field of the schema (the id, numbers and lists are read apart).
    void readScalar(const JsonFields& object, const ChipField& field, const JsonPath& path,
        const QString& label, Chip& chip)
    {
        const std::string_view key = keyOf(field);
        switch (field.kind) {
        case ChipField::Kind::Text:
            if (field.text)
                chip.*(field.text) = readString(object, key, path, label, isRequired(field));
            else // a field without a member of its own: kept in the chip's `extra`
                field.set(chip, readString(object, key, path, label, isRequired(field)));
            return;
        case ChipField::Kind::Vocabulary:
            chip.*(field.vocabulary) = readVocabulary(object, key, path, label, isRequired(field));
            return;
        case ChipField::Kind::Choice: {
            if (!object.contains(key) && !isRequired(field))
                return;
            const QString text = readVocabulary(object, key, path, label, isRequired(field));
            if (!text.isEmpty() && !field.setChoice(chip, text))
                add(path / key, label, field.key,
                    tr("'%1' is not one of %2").arg(text, field.choiceKeys().join(u", "_s)));
            return;
        }
        case ChipField::Kind::Year: {
            if (!object.contains(key))
                return;
            const auto year = object.value(key);
            const double y = year.toDouble();
            if (!year.isDouble())
                add(path / key, label, field.key, expected(tr("a whole number"), year));
            else if (y != std::floor(y) || y < 1950 || y > 2100)
                add(path / key, label, field.key, tr("must be a whole year from 1950 to 2100"));
            else
                chip.year = int(y);
            return;
        }
        case ChipField::Kind::Id:
        case ChipField::Kind::Number:
        case ChipField::Kind::Ecosystem:
        case ChipField::Kind::Sources:
            return;
        }
    }

    static const JsonKeySet& chipKeys()
    {
        static const JsonKeySet keys = [] {
            QVarLengthArray<std::string_view, 40> list;
            for (const auto& field : ChipFields::all())
                list.append(keyOf(field));
            return JsonKeySet(list);
        }();
        return keys;
    }

    void readChip(const JsonView& value, int index, Chip& out, bool hasDuplicateId)
    {
        const JsonPath chips = m_top / "chips";
        const JsonPath path = chips / index;
        if (!value.isObject()) {
            add(path, {}, {},
                tr("chip #%1: expected an object, found %2").arg(index + 1).arg(value.typeName()));
            return;
        }
        const JsonFields object(value.object(), chipKeys());
        const int problemsBefore = int(result.problems.size());
        Chip chip;
        const QString rawId = object.value("id").toString();
        const QString label = rawId.isEmpty() ? u"#"_s + QString::number(index + 1) : rawId;
        QJsonObject extra;
        rejectUnknownKeys(object, path, label, &extra);
        chip.extra = extra;

        chip.id = readString(object, "id", path, label, true);
        if (!chip.id.isEmpty() && !isChipId(chip.id))
            add(path / "id", label, u"id"_s,
                tr("ids are lowercase letters, digits and single hyphens, e.g. 'nvidia-h20'"));
        if (!chip.id.isEmpty() && hasDuplicateId)
            add(path / "id", label, u"id"_s, tr("duplicate chip id; ids must be unique"));

        // The schema's text, year and choice fields; what is required depends on the format.
        for (const auto& field : ChipFields::all())
            readScalar(object, field, path, label, chip);
        if (object.contains("sources")) {
            const auto list = object.value("sources");
            if (!list.isArray()) {
                add(path / "sources", label, u"sources"_s, expected(tr("an array of source ids"), list));
            } else {
                int i = 0;
                for (const auto item : list.array()) {
                    const JsonView idValue(item);
                    const InternedString id = intern(idValue.text());
                    if (!idValue.isString() || !sourceExists(id))
                        add(path / "sources" / i, label, u"sources"_s,
                            tr("'%1' is not a source id in the catalog's sources").arg(id));
                    chip.sourceIds.append(id);
                    ++i;
                }
                chip.sourceIds.squeeze(); // kept for the life of the catalog: no room to grow
            }
        }
        if (object.contains("ecosystem"))
            readEcosystem(object.value("ecosystem"), path / "ecosystem", chip);

        for (const auto& info : specFields()) {
            const auto field = object.value(specKey(info.field));
            if (field.isUndefined())
                continue;
            QList<SourcedNumber> alternatives;
            const JsonPath fieldPath = path / specKey(info.field);
            if (auto number
                = readNumber(field, fieldPath, label, info.jsonKey, info.dimension, true, &alternatives)) {
                warnIfImplausible(*number, fieldPath, label, info);
                for (int i = 0; i < alternatives.size(); ++i)
                    warnIfImplausible(alternatives[i], fieldPath / "alternatives" / i, label, info);
                chip.setSpec(info.field, SpecValue { *number, alternatives });
            }
        }
        chip.specs.squeeze(); // kept for the life of the catalog: no room to grow
        if (result.problems.size() == problemsBefore) {
            const auto lookup = [this](const QString& id) { return policySourceOf(id); };
            for (const auto& finding : ConfidencePolicy::checkChip(chip, lookup))
                result.warnings.append(
                    { path.toList() + finding.path, chip.id, finding.field, finding.message });
            out = std::move(chip);
        }
    }

    const JsonPath m_top; // every path starts here, so no step outlives its parent
    const CatalogReader::Progress& m_progress;
    QHash<QString, Source> m_knownSources;
    QHash<QString, Source> m_ownSources;
    QHash<QString, ConfidencePolicy::PolicySource> m_policySources; // own sources win; see readHeader()
    QSet<QString> m_sourceIds;
    QSet<QString> m_systemIds;
    struct SystemChip
    {
        QStringList path; // a JsonPath's steps: JsonPath itself lives on the stack
        QString label;
        QString chipId;
    };
    QList<SystemChip> m_systemChips; // each system's chip, checked once the chips are read
    int m_version = Catalog::kFormatVersion;
    std::optional<simdjson::dom::array> m_chips;
    std::unordered_map<std::string_view, InternedString> m_strings; // see intern()
    QHash<QString, SourcedNumber> m_notedNumbers; // the first number with each note, to share it
    std::deque<std::string> m_stringKeys; // m_strings' keys: a deque never moves what it holds
};

// Which chips repeat an earlier chip's id.
std::vector<bool> duplicateIds(const std::vector<simdjson::dom::element>& elements)
{
    std::vector<bool> duplicate(elements.size());
    RepeatedIds ids;
    for (size_t i = 0; i < elements.size(); ++i) {
        const JsonView chip(elements[i]);
        std::string_view id;
        duplicate[i]
            = chip.isObject() && chip.object().at_key("id").get(id) == simdjson::SUCCESS && ids.isRepeat(id);
    }
    return duplicate;
}

} // namespace

bool isChipId(QStringView id)
{
    if (id.isEmpty() || id.front() == u'-' || id.back() == u'-')
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!allowed || (c == u'-' && id[i - 1] == u'-'))
            return false;
    }
    return true;
}

CatalogValidation validateCatalog(simdjson::dom::element root, const QList<Source>& knownSources,
    const CatalogReader::Progress& progress, const CatalogSplit* split)
{
    Validator head(knownSources, progress);
    head.readHeader(JsonView(root).object());
    const auto chipArray = head.chips();
    if (!chipArray)
        return std::move(head.result);

    // Chips are independent of one another once the sources are known: each thread reads a
    // share of them into its own places in one list. The ids are checked for repeats first, in
    // file order, so that the later of two chips is the one reported.
    std::vector<simdjson::dom::element> elements;
    std::vector<bool> duplicate;
    if (split) {
        duplicate = split->duplicate;
    } else {
        elements.reserve(chipArray->size());
        for (const auto element : *chipArray)
            elements.push_back(element);
        duplicate = duplicateIds(elements);
    }
    const qsizetype count = qsizetype(split ? split->chips.size() : elements.size());
    QVector<Chip>& chips = head.result.catalog.chips;
    chips.reserve(count); // exactly: resize() alone would round the block up to a power of two
    chips.resize(count);
    Chip* const out = chips.data();

    constexpr qsizetype kChipsPerThread = 2048;
    const int threads
        = int(std::clamp<qsizetype>(count / kChipsPerThread, 1, std::max(1, QThread::idealThreadCount())));
    std::vector<Validator> workers;
    for (int t = 0; t < threads; ++t)
        workers.push_back(head.worker());
    std::atomic<bool> stop = false;
    auto share = [&](int t) { return std::pair(count * t / threads, count * (t + 1) / threads); };
    auto readShare = [&](int t) {
        // A split catalog's chips are parsed here, one at a time, each into this thread's parser.
        simdjson::dom::parser parser;
        const auto chipAt = [&](qsizetype index, simdjson::dom::element& element) {
            if (!split) {
                element = elements[size_t(index)];
                return true;
            }
            const std::string_view text = split->chips[size_t(index)];
            return parser.parse(text.data(), text.size(), true).get(element) == simdjson::SUCCESS;
        };
        const auto [begin, end] = share(t);
        workers[size_t(t)].readChips(chipAt, begin, end, out, duplicate, stop, t == 0);
    };
    std::vector<std::thread> running;
    for (int t = 1; t < threads; ++t)
        running.emplace_back(readShare, t);
    readShare(0);
    for (auto& thread : running)
        thread.join();

    CatalogValidation& result = head.result;
    for (auto& worker : workers) {
        result.problems += worker.result.problems;
        result.warnings += worker.result.warnings;
        result.structureSuspect = result.structureSuspect || worker.result.structureSuspect;
        result.cancelled = result.cancelled || worker.result.cancelled;
        result.chipTextRefused = result.chipTextRefused || worker.result.chipTextRefused;
    }
    if (!result.cancelled && !result.chipTextRefused)
        head.checkSystemChips();
    if (!result.problems.isEmpty() || result.cancelled || result.chipTextRefused)
        chips.clear(); // all or nothing: a chip with a problem left an empty place
    return std::move(result);
}
