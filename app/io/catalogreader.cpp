#include "catalogreader.h"

#include "core/confidencepolicy.h"
#include "jsonlocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <cctype>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Problem
{
    QStringList path;
    QString chipId;
    QString field;
    QString message;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("CatalogReader", text);
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// Walks the parsed document, collecting problems with their JSON path; positions come later.
class Validator
{
    // Its messages are the reader's: one context for lupdate and for the run time.
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)

public:
    Validator(const QList<Source>& knownSources, const CatalogReader::Progress& progress)
        : m_progress(progress)
    {
        for (const auto& source : knownSources)
            m_knownSources.insert(source.id, source);
    }

    Catalog catalog;
    QList<Problem> problems;
    QList<Problem> warnings;

    void validate(const QJsonObject& root)
    {
        static const QSet<QString> topKeys { u"format"_s, u"version"_s, u"date"_s, u"sources"_s, u"chips"_s };
        rejectUnknownKeys(root, topKeys, {}, {});

        const auto format = root.value(u"format"_s);
        if (!format.isString() || format.toString() != Catalog::formatTag())
            add({ u"format"_s }, {}, u"format"_s, tr("must be the string \"%1\"").arg(Catalog::formatTag()));
        const auto version = root.value(u"version"_s);
        const double number = version.toDouble();
        if (!version.isDouble() || number != std::floor(number) || number < Catalog::kOldestFormatVersion
            || number > Catalog::kFormatVersion)
            add({ u"version"_s }, {}, u"version"_s,
                tr("must be %1 to %2, the format versions this program reads")
                    .arg(Catalog::kOldestFormatVersion)
                    .arg(Catalog::kFormatVersion));
        else
            m_version = int(number);
        if (root.contains(u"date"_s))
            catalog.date = readDate(root.value(u"date"_s), { u"date"_s }, {}, u"date"_s);

        const auto sources = root.value(u"sources"_s);
        if (!sources.isUndefined() && !sources.isArray())
            add({ u"sources"_s }, {}, u"sources"_s, expected(tr("an array"), sources));
        const QJsonArray sourceArray = sources.toArray();
        for (int i = 0; i < sourceArray.size(); ++i)
            readSource(sourceArray[i], i);

        const auto chips = root.value(u"chips"_s);
        if (!chips.isArray()) {
            add({ u"chips"_s }, {}, u"chips"_s,
                chips.isUndefined() ? tr("is missing") : expected(tr("an array"), chips));
            return;
        }
        const QJsonArray chipArray = chips.toArray();
        catalog.chips.reserve(chipArray.size());
        for (int i = 0; i < chipArray.size(); ++i) {
            // Parsing took about the first third of the time; chips are the rest.
            if (m_progress && i % 1024 == 0 && !m_progress(35 + int(65LL * i / chipArray.size()))) {
                cancelled = true;
                return;
            }
            readChip(chipArray[i], i);
        }
    }

    bool cancelled = false;

private:
    void add(QStringList path, QString chipId, QString field, QString message)
    {
        problems.append({ std::move(path), std::move(chipId), std::move(field), std::move(message) });
    }

    static QString expected(const QString& what, const QJsonValue& found)
    {
        return tr("expected %1, found %2").arg(what, jsonTypeName(found));
    }

    // Keys the format does not know are errors (a misspelt field must not pass silently), except
    // those beginning with "x-": the user's own columns, collected into `extra` when given.
    void rejectUnknownKeys(const QJsonObject& object, const QSet<QString>& allowed, const QStringList& path,
        const QString& chipId, QJsonObject* extra = nullptr)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (allowed.contains(it.key()))
                continue;
            if (extra && isExtensionKey(it.key()))
                extra->insert(it.key(), it.value());
            else
                add(path + QStringList { it.key() }, chipId, it.key(), tr("unknown field (misspelt?)"));
        }
    }

    static bool isExtensionKey(const QString& key) { return key.startsWith(u"x-"_s) && key.size() > 2; }

    QString readString(const QJsonObject& object, const QString& key, const QStringList& path,
        const QString& chipId, bool required)
    {
        const auto value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                add(path, chipId, key, tr("is required"));
            return {};
        }
        if (!value.isString()) {
            add(path + QStringList { key }, chipId, key, expected(tr("a string"), value));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (required && text.isEmpty())
            add(path + QStringList { key }, chipId, key, tr("must not be empty"));
        return text;
    }

    QDate readDate(
        const QJsonValue& value, const QStringList& path, const QString& chipId, const QString& field)
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

    void readSource(const QJsonValue& value, int index)
    {
        const QStringList path { u"sources"_s, QString::number(index) };
        if (!value.isObject()) {
            add(path, {}, u"sources"_s, expected(tr("an object"), value));
            return;
        }
        const QJsonObject object = value.toObject();
        static const QSet<QString> keys { u"id"_s, u"title"_s, u"url"_s, u"publisher"_s, u"accessed"_s,
            u"kind"_s, u"reliability"_s };
        rejectUnknownKeys(object, keys, path, {});
        Source source;
        source.id = readString(object, u"id"_s, path, {}, true);
        source.title = readString(object, u"title"_s, path, {}, true);
        source.url = readString(object, u"url"_s, path, {}, false);
        source.publisher = readString(object, u"publisher"_s, path, {}, false);
        source.reliability = readString(object, u"reliability"_s, path, {}, false);
        const QString kind = readString(object, u"kind"_s, path, {}, false);
        if (!kind.isEmpty()) {
            source.kind = sourceKindFromKey(kind);
            if (!source.kind) {
                QStringList kinds;
                for (const auto k : allSourceKinds())
                    kinds.append(sourceKindKey(k));
                add(path + QStringList { u"kind"_s }, {}, u"kind"_s,
                    tr("'%1' is not one of %2").arg(kind, kinds.join(u", "_s)));
            }
        } else if (m_version >= 2) {
            for (const auto& finding : ConfidencePolicy::checkSource(source))
                warnings.append({ path, {}, finding.field, finding.message });
        }
        if (object.contains(u"accessed"_s))
            source.accessed = readDate(
                object.value(u"accessed"_s), path + QStringList { u"accessed"_s }, {}, u"accessed"_s);
        if (!source.url.isEmpty()) {
            if (!Source::isWebAddress(source.url))
                add(path + QStringList { u"url"_s }, {}, u"url"_s,
                    tr("'%1' is not an http(s) address").arg(source.url));
        }
        if (!source.id.isEmpty() && m_sourceIds.contains(source.id))
            add(path + QStringList { u"id"_s }, {}, u"id"_s,
                tr("source id '%1' is defined twice").arg(source.id));
        m_sourceIds.insert(source.id);
        m_ownSources.insert(source.id, source);
        catalog.sources.append(source);
    }

    // Vendors, units, source ids and the like repeat across thousands of chips: one shared copy
    // of each (QString is implicitly shared) instead of one allocation per chip.
    QString intern(const QString& text)
    {
        if (text.isEmpty())
            return text;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(text, text);
        return text;
    }

    bool sourceExists(const QString& id) const
    {
        return m_sourceIds.contains(id) || m_knownSources.contains(id);
    }

    const Source* sourceOf(const QString& id) const
    {
        if (const auto it = m_ownSources.constFind(id); it != m_ownSources.cend())
            return &*it;
        if (const auto it = m_knownSources.constFind(id); it != m_knownSources.cend())
            return &*it;
        return nullptr;
    }

    std::optional<SourcedNumber> readNumber(const QJsonValue& value, const QStringList& path,
        const QString& chipId, const QString& field, Dimension dimension, bool allowAlternatives,
        QList<SourcedNumber>* alternatives)
    {
        if (!value.isObject()) {
            add(path, chipId, field,
                expected(tr("an object with value, unit, source and confidence"), value));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        static const QSet<QString> alternativeKeys { u"value"_s, u"unit"_s, u"source"_s, u"confidence"_s,
            u"note"_s };
        static const QSet<QString> primaryKeys = alternativeKeys + QSet<QString> { u"alternatives"_s };
        const int problemsBefore = int(problems.size());
        SourcedNumber number;
        rejectUnknownKeys(
            object, allowAlternatives ? primaryKeys : alternativeKeys, path, chipId, &number.extra);
        const auto raw = object.value(u"value"_s);
        if (raw.isUndefined())
            add(path, chipId, field,
                tr("'value' is required (leave the whole field out when it is unknown)"));
        else if (!raw.isDouble())
            add(path + QStringList { u"value"_s }, chipId, field, expected(tr("a number"), raw));
        else if (!std::isfinite(raw.toDouble()))
            add(path + QStringList { u"value"_s }, chipId, field, tr("value must be a finite number"));
        else if (raw.toDouble() <= 0)
            add(path + QStringList { u"value"_s }, chipId, field,
                tr("value must be positive (leave the field out when it is unknown; never write 0)"));
        number.value = raw.toDouble();

        number.unit = intern(readString(object, u"unit"_s, path, chipId, true));
        const auto canonical = Units::toCanonical(number.value, number.unit, dimension);
        if (!number.unit.isEmpty() && !canonical)
            add(path + QStringList { u"unit"_s }, chipId, field,
                tr("unit '%1' does not fit this field; use one of %2")
                    .arg(number.unit, Units::acceptedUnits(dimension).join(u", "_s)));
        // A finite value can still overflow on conversion (1e308 PFLOPS): refuse it here rather
        // than let an infinity reach a chart or a CSV file.
        if (canonical && !std::isfinite(*canonical))
            add(path + QStringList { u"value"_s }, chipId, field,
                tr("value is too large to convert to %1").arg(Units::canonicalUnit(dimension)));
        number.canonical = canonical.value_or(0.0);

        number.sourceId = intern(readString(object, u"source"_s, path, chipId, true));
        if (!number.sourceId.isEmpty() && !sourceExists(number.sourceId))
            add(path + QStringList { u"source"_s }, chipId, field,
                tr("source '%1' is not in the catalog's sources").arg(number.sourceId));

        const QString confidence = readString(object, u"confidence"_s, path, chipId, true);
        if (const auto parsed = confidenceFromKey(confidence))
            number.confidence = *parsed;
        else if (!confidence.isEmpty())
            add(path + QStringList { u"confidence"_s }, chipId, field,
                tr("confidence '%1' is not one of official, reported, rumored, estimate").arg(confidence));
        number.note = readString(object, u"note"_s, path, chipId, false);

        if (allowAlternatives && object.contains(u"alternatives"_s)) {
            const auto list = object.value(u"alternatives"_s);
            const QStringList listPath = path + QStringList { u"alternatives"_s };
            if (!list.isArray()) {
                add(listPath, chipId, field, expected(tr("an array"), list));
            } else {
                const QJsonArray array = list.toArray();
                for (int i = 0; i < array.size(); ++i) {
                    if (auto alt = readNumber(array[i], listPath + QStringList { QString::number(i) }, chipId,
                            field, dimension, false, nullptr))
                        alternatives->append(*alt);
                }
            }
        }
        if (problems.size() != problemsBefore)
            return std::nullopt;
        return number;
    }

    // A value far outside what any accelerator has is almost always a unit slip; it still loads.
    void warnIfImplausible(const SourcedNumber& number, const QStringList& path, const QString& chipId,
        const SpecFieldInfo& info)
    {
        if (number.canonical >= info.plausibleMin && number.canonical <= info.plausibleMax)
            return;
        const QString unit = Units::canonicalUnit(info.dimension);
        auto text = [&unit](double value) -> QString { return QString::number(value, 'g', 6) + u' ' + unit; };
        warnings.append({ path + QStringList { u"value"_s }, chipId, info.jsonKey,
            tr("%1 %2 (%3) is outside the plausible range %4 to %5; is the unit right?")
                .arg(QString::number(number.value, 'g', 12), number.unit, text(number.canonical),
                    text(info.plausibleMin), text(info.plausibleMax)) });
    }

    template <typename Enum>
    Enum readEnum(const QJsonObject& object, const QString& key, const QStringList& path,
        const QString& chipId, std::optional<Enum> (*parse)(const QString&), Enum fallback, bool required,
        const QString& choices)
    {
        const QString text = readString(object, key, path, chipId, required);
        if (text.isEmpty())
            return fallback;
        if (const auto parsed = parse(text))
            return *parsed;
        add(path + QStringList { key }, chipId, key, tr("'%1' is not one of %2").arg(text, choices));
        return fallback;
    }

    void readEcosystem(const QJsonValue& value, const QStringList& path, Chip& chip)
    {
        if (!value.isArray()) {
            add(path, chip.id, u"ecosystem"_s, expected(tr("an array"), value));
            return;
        }
        const QJsonArray array = value.toArray();
        static const QSet<QString> keys { u"name"_s, u"support"_s, u"via"_s, u"source"_s };
        for (int i = 0; i < array.size(); ++i) {
            const QStringList entryPath = path + QStringList { QString::number(i) };
            if (!array[i].isObject()) {
                add(entryPath, chip.id, u"ecosystem"_s, expected(tr("an object"), array[i]));
                continue;
            }
            const QJsonObject object = array[i].toObject();
            rejectUnknownKeys(object, keys, entryPath, chip.id);
            EcosystemEntry entry;
            entry.name = intern(readString(object, u"name"_s, entryPath, chip.id, true));
            entry.support = readEnum<SupportLevel>(object, u"support"_s, entryPath, chip.id,
                supportLevelFromKey, SupportLevel::Unknown, true, u"native, plugin, none, unknown"_s);
            entry.via = intern(readString(object, u"via"_s, entryPath, chip.id, false));
            entry.sourceId = intern(readString(object, u"source"_s, entryPath, chip.id, false));
            if (!entry.sourceId.isEmpty() && !sourceExists(entry.sourceId))
                add(entryPath + QStringList { u"source"_s }, chip.id, u"ecosystem"_s,
                    tr("source '%1' is not in the catalog's sources").arg(entry.sourceId));
            chip.ecosystem.append(entry);
        }
    }

    void readChip(const QJsonValue& value, int index)
    {
        const QStringList path { u"chips"_s, QString::number(index) };
        if (!value.isObject()) {
            add(path, {}, {},
                tr("chip #%1: expected an object, found %2").arg(index + 1).arg(jsonTypeName(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        const int problemsBefore = int(problems.size());
        Chip chip;
        const QString rawId = object.value(u"id"_s).toString();
        const QString label = rawId.isEmpty() ? u"#"_s + QString::number(index + 1) : rawId;

        static const QSet<QString> keys = [] {
            QSet<QString> set { u"id"_s, u"name"_s, u"short_name"_s, u"local_name"_s, u"vendor"_s,
                u"country"_s, u"year"_s, u"status"_s, u"foundry"_s, u"process"_s, u"memory_type"_s,
                u"interconnect"_s, u"software_stack"_s, u"cuda_compat"_s, u"ecosystem"_s, u"notes"_s,
                u"sources"_s };
            for (const auto& info : specFields())
                set.insert(info.jsonKey);
            return set;
        }();
        rejectUnknownKeys(object, keys, path, label, &chip.extra);

        chip.id = readString(object, u"id"_s, path, label, true);
        static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        if (!chip.id.isEmpty() && !idPattern.match(chip.id).hasMatch())
            add(path + QStringList { u"id"_s }, label, u"id"_s,
                tr("ids are lowercase letters, digits and single hyphens, e.g. 'nvidia-h20'"));
        if (!chip.id.isEmpty() && m_chipIds.contains(chip.id))
            add(path + QStringList { u"id"_s }, label, u"id"_s, tr("duplicate chip id; ids must be unique"));
        m_chipIds.insert(chip.id);

        chip.name = readString(object, u"name"_s, path, label, true);
        chip.shortName = readString(object, u"short_name"_s, path, label, false);
        chip.localName = readString(object, u"local_name"_s, path, label, false);
        // Format 2 lets imported tables leave vendor and status unknown; format 1 requires them.
        const bool identityRequired = m_version < 2;
        chip.vendor = intern(readString(object, u"vendor"_s, path, label, identityRequired));
        chip.country = intern(readString(object, u"country"_s, path, label, false));
        chip.foundry = intern(readString(object, u"foundry"_s, path, label, false));
        chip.processNode = intern(readString(object, u"process"_s, path, label, false));
        chip.memoryType = intern(readString(object, u"memory_type"_s, path, label, false));
        chip.interconnect = intern(readString(object, u"interconnect"_s, path, label, false));
        chip.softwareStack = intern(readString(object, u"software_stack"_s, path, label, false));
        chip.notes = readString(object, u"notes"_s, path, label, false);
        if (object.contains(u"status"_s) || identityRequired)
            chip.status = readEnum<ChipStatus>(object, u"status"_s, path, label, chipStatusFromKey,
                ChipStatus::Announced, true, u"shipping, announced, reported, rumored"_s);
        chip.cudaCompat = readEnum<CudaCompat>(object, u"cuda_compat"_s, path, label, cudaCompatFromKey,
            CudaCompat::Unknown, false, u"native, source-compatible, none, unknown"_s);

        if (object.contains(u"year"_s)) {
            const auto year = object.value(u"year"_s);
            const double y = year.toDouble();
            if (!year.isDouble())
                add(path + QStringList { u"year"_s }, label, u"year"_s, expected(tr("a whole number"), year));
            else if (y != std::floor(y) || y < 1950 || y > 2100)
                add(path + QStringList { u"year"_s }, label, u"year"_s,
                    tr("must be a whole year from 1950 to 2100"));
            else
                chip.year = int(y);
        }
        if (object.contains(u"sources"_s)) {
            const auto list = object.value(u"sources"_s);
            if (!list.isArray()) {
                add(path + QStringList { u"sources"_s }, label, u"sources"_s,
                    expected(tr("an array of source ids"), list));
            } else {
                const QJsonArray array = list.toArray();
                for (int i = 0; i < array.size(); ++i) {
                    const QString id = array[i].toString();
                    if (!array[i].isString() || !sourceExists(id))
                        add(path + QStringList { u"sources"_s, QString::number(i) }, label, u"sources"_s,
                            tr("'%1' is not a source id in the catalog's sources").arg(id));
                    chip.sourceIds.append(intern(id));
                }
            }
        }
        if (object.contains(u"ecosystem"_s))
            readEcosystem(object.value(u"ecosystem"_s), path + QStringList { u"ecosystem"_s }, chip);

        for (const auto& info : specFields()) {
            if (!object.contains(info.jsonKey))
                continue;
            QList<SourcedNumber> alternatives;
            const QStringList fieldPath = path + QStringList { info.jsonKey };
            if (auto number = readNumber(object.value(info.jsonKey), fieldPath, label, info.jsonKey,
                    info.dimension, true, &alternatives)) {
                warnIfImplausible(*number, fieldPath, label, info);
                for (int i = 0; i < alternatives.size(); ++i)
                    warnIfImplausible(alternatives[i],
                        fieldPath + QStringList { u"alternatives"_s, QString::number(i) }, label, info);
                chip.spec(info.field) = SpecValue { *number, alternatives };
            }
        }
        if (problems.size() == problemsBefore) {
            const auto lookup = [this](const QString& id) { return sourceOf(id); };
            for (const auto& finding : ConfidencePolicy::checkChip(chip, lookup))
                warnings.append({ path + finding.path, chip.id, finding.field, finding.message });
            catalog.chips.append(std::move(chip));
        }
    }

    const CatalogReader::Progress& m_progress;
    QHash<QString, Source> m_knownSources;
    QHash<QString, Source> m_ownSources;
    QSet<QString> m_sourceIds;
    int m_version = Catalog::kFormatVersion;
    QSet<QString> m_chipIds;
    QHash<QString, QString> m_strings; // see intern()
};

Diagnostic located(const JsonLocator& locator, const QString& file, const QStringList& path, QString chipId,
    QString field, QString message)
{
    const auto position = locator.position(locator.offsetOf(path));
    return { file, position.line, position.column, std::move(chipId), std::move(field), std::move(message) };
}

} // namespace

namespace CatalogReader {

CatalogReadResult read(
    QByteArray data, const QString& displayName, const QList<Source>& knownSources, const Progress& progress)
{
    CatalogReadResult result;
    auto fail = [&](int line, int column, const QString& message) {
        result.problems.append({ displayName, line, column, {}, {}, message });
        return result;
    };
    static const QByteArray bom("\xEF\xBB\xBF");
    if (data.startsWith(bom))
        data.remove(0, bom.size());
    if (data.trimmed().isEmpty())
        return fail(
            0, 0, tr("file is empty; a catalog is a JSON object with \"format\", \"version\" and \"chips\""));

    if (progress && !progress(5))
        return fail(0, 0, cancelledMessage());
    JsonLocator locator(data);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray trimmed = data.trimmed();
        if (!trimmed.startsWith('{') && !trimmed.startsWith('[')
            && (trimmed.startsWith('"') || trimmed.startsWith('-')
                || std::isdigit(static_cast<unsigned char>(trimmed[0])) || trimmed == "true"
                || trimmed == "false" || trimmed == "null")) {
            const auto start = locator.position(locator.offsetOf({}));
            return fail(start.line, start.column,
                tr("the top level must be a JSON object with \"format\", \"version\" and \"chips\", not a "
                   "single value"));
        }
        const auto position = locator.position(parseError.offset);
        const bool truncated = parseError.offset >= data.trimmed().size() - 1
            || parseError.error == QJsonParseError::UnterminatedObject
            || parseError.error == QJsonParseError::UnterminatedArray
            || parseError.error == QJsonParseError::UnterminatedString;
        return fail(position.line, position.column,
            tr("invalid JSON: %1%2")
                .arg(parseError.errorString(), truncated ? tr(" (is the file truncated?)") : QString()));
    }
    if (!document.isObject()) {
        const auto position = locator.position(locator.offsetOf({}));
        return fail(position.line, position.column,
            tr("the top level must be a JSON object with \"format\", \"version\" and \"chips\", not %1")
                .arg(document.isArray() ? tr("an array") : tr("a single value")));
    }
    if (progress && !progress(25))
        return fail(0, 0, cancelledMessage());
    for (const auto& finding : locator.structuralProblems(kMaxNesting)) {
        const auto position = locator.position(finding.offset);
        result.problems.append({ displayName, position.line, position.column, {}, {}, finding.message });
    }
    if (!result.problems.isEmpty())
        return result;

    Validator validator(knownSources, progress);
    validator.validate(document.object());
    if (validator.cancelled)
        return fail(0, 0, cancelledMessage());
    const int shown = std::min<int>(int(validator.problems.size()), kMaxReportedProblems);
    for (int i = 0; i < shown; ++i) {
        const auto& problem = validator.problems[i];
        result.problems.append(
            located(locator, displayName, problem.path, problem.chipId, problem.field, problem.message));
    }
    // Report in file order, as an editor would list them.
    std::stable_sort(
        result.problems.begin(), result.problems.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
    if (validator.problems.size() > shown)
        result.problems.append({ displayName, 0, 0, {}, {},
            tr("%1 more problems not shown").arg(validator.problems.size() - shown) });
    if (result.problems.isEmpty()) {
        result.catalog = std::move(validator.catalog);
        for (const auto& warning : std::as_const(validator.warnings)) {
            Diagnostic diagnostic
                = located(locator, displayName, warning.path, warning.chipId, warning.field, warning.message);
            diagnostic.severity = Diagnostic::Severity::Warning;
            result.warnings.append(diagnostic);
        }
    }
    return result;
}

QString cancelledMessage()
{
    return tr("cancelled");
}

CatalogReadResult readFile(const QString& path, const QList<Source>& knownSources, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogReadResult result;
        result.problems.append({ path, 0, 0, {}, {}, tr("cannot open: %1").arg(file.errorString()) });
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        CatalogReadResult result;
        result.problems.append({ path, 0, 0, {}, {},
            tr("file is larger than %1 MiB; refusing to read it").arg(kMaxFileBytes >> 20) });
        return result;
    }
    // Read in pieces so that a large file shows progress and can be cancelled while it loads.
    QByteArray data;
    data.reserve(file.size());
    constexpr qint64 kChunk = 8 << 20;
    while (!file.atEnd()) {
        data += file.read(kChunk);
        if (progress && !progress(int(5 * data.size() / std::max<qint64>(1, file.size())))) {
            CatalogReadResult result;
            result.problems.append({ path, 0, 0, {}, {}, cancelledMessage() });
            return result;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        CatalogReadResult result;
        result.problems.append({ path, 0, 0, {}, {}, tr("cannot read: %1").arg(file.errorString()) });
        return result;
    }
    return read(std::move(data), path, knownSources, progress);
}

QString builtInPath()
{
    return u":/data/catalog.json"_s;
}

CatalogReadResult readBuiltIn()
{
    return readFile(builtInPath());
}

} // namespace CatalogReader
