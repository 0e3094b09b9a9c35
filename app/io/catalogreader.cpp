#include "catalogreader.h"

#include "catalogsplit.h"
#include "catalogvalidator.h"
#include "jsonlocator.h"
#include "jsonview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cctype>
#include <optional>

using namespace Qt::StringLiterals;

// Inside CatalogReader, so that lupdate files the messages of its helpers under the context
// they are translated in (it did not see them in an anonymous namespace of their own).
namespace CatalogReader {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CatalogReader", text);
}

Diagnostic located(const JsonLocator& locator, const QString& file, const CatalogFinding& finding)
{
    const auto position = locator.position(locator.offsetOf(finding.path));
    Diagnostic diagnostic { file, position.line, position.column, finding.chipId, finding.field,
        finding.message };
    // A finding under "systems" names a system, not a chip: "system 'gb200-nvl72': field 'chip': ...".
    if (finding.path.value(0) == u"systems"_s)
        diagnostic.subject = u"system"_s;
    return diagnostic;
}

Diagnostic at(const JsonLocator& locator, qsizetype offset, const QString& file, const QString& message)
{
    const auto position = locator.position(offset);
    return { file, position.line, position.column, {}, {}, message };
}

CatalogReadResult failed(Diagnostic diagnostic)
{
    CatalogReadResult result;
    result.problems.append(std::move(diagnostic));
    return result;
}

CatalogReadResult invalidJson(const QByteArray& data, const JsonLocator& locator,
    const QJsonParseError& parseError, const QString& file)
{
    const QByteArrayView trimmed = QByteArrayView(data).trimmed(); // a view: the text can be 200 MB
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')
        && (trimmed.startsWith('"') || trimmed.startsWith('-')
            || std::isdigit(static_cast<unsigned char>(trimmed[0])) || trimmed == "true" || trimmed == "false"
            || trimmed == "null"))
        return failed(at(locator, locator.offsetOf({}), file,
            tr("the top level must be a JSON object with \"format\", \"version\" and \"chips\", not a single "
               "value")));
    const bool truncated = parseError.offset >= trimmed.size() - 1
        || parseError.error == QJsonParseError::UnterminatedObject
        || parseError.error == QJsonParseError::UnterminatedArray
        || parseError.error == QJsonParseError::UnterminatedString;
    return failed(at(locator, parseError.offset, file,
        tr("invalid JSON: %1%2")
            .arg(parseError.errorString(), truncated ? tr(" (is the file truncated?)") : QString())));
}

CatalogReadResult notAnObject(const JsonLocator& locator, bool isArray, const QString& file)
{
    return failed(at(locator, locator.offsetOf({}), file,
        tr("the top level must be a JSON object with \"format\", \"version\" and \"chips\", not %1")
            .arg(isArray ? tr("an array") : tr("a single value"))));
}

// Duplicate keys and nesting deeper than any catalog needs: neither parser reports them.
QList<Diagnostic> structuralProblems(const JsonLocator& locator, const QString& file)
{
    QList<Diagnostic> problems;
    for (const auto& finding : locator.structuralProblems(CatalogReader::kMaxNesting))
        problems.append(at(locator, finding.offset, file, finding.message));
    return problems;
}

// The text again, for positions, after read() let it go; empty if it cannot be had as it was.
using Reread = std::function<QByteArray()>;

QByteArray withoutBom(QByteArray data)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    if (data.startsWith(bom))
        data.remove(0, bom.size());
    return data;
}

CatalogReadResult readText(QByteArray data, const QString& displayName, const QList<Source>& knownSources,
    const CatalogReader::Progress& progress, const Reread& reread,
    CatalogReader::Path path = CatalogReader::Path::SplitWherePossible)
{
    using namespace CatalogReader;
    CatalogReadResult result;
    auto fail = [&](int line, int column, const QString& message) {
        result.problems.append({ displayName, line, column, {}, {}, message });
        return result;
    };
    data = withoutBom(std::move(data));
    if (QByteArrayView(data).trimmed().isEmpty()) // a view: trimmed() on the array would copy it
        return fail(
            0, 0, tr("file is empty; a catalog is a JSON object with \"format\", \"version\" and \"chips\""));

    if (progress && !progress(5))
        return fail(0, 0, cancelledMessage());
    // Positions are worked out from the text only when something is reported. A file's text is let
    // go once parsed (it is as large as the file) and read again then; if it changed meanwhile, the
    // problems are reported without positions rather than with wrong ones.
    std::optional<JsonLocator> locator;
    bool textLost = false;
    auto locate = [&]() -> const JsonLocator& {
        if (!locator) {
            if (data.isNull() && reread) {
                data = withoutBom(reread());
                textLost = data.isEmpty();
            }
            locator.emplace(data);
        }
        return *locator;
    };

    // simdjson parses several times faster than QJsonDocument and keeps a flat tape instead of a
    // tree of values. It reads up to SIMDJSON_PADDING bytes past the end, so the text gets that
    // much spare capacity (readFile's has it already).
    // The text is taken apart first: the chips are parsed one at a time in the threads that read
    // them, and the text, smaller than a whole parse of it, is all that stays whole. Anything
    // unusual (invalid JSON, a repeated "chips", a chip that is not an object) is left to the whole
    // parse below, which says what is wrong and where.
    CatalogValidation validation;
    bool validated = false;
    if (data.capacity() - data.size() < qsizetype(simdjson::SIMDJSON_PADDING))
        data.reserve(data.size() + qsizetype(simdjson::SIMDJSON_PADDING)); // copies: readFile's text has it
    if (const auto split = path == Path::SplitWherePossible ? splitCatalog(data) : std::nullopt) {
        simdjson::dom::parser parser;
        simdjson::dom::element header;
        if (parser.parse(split->header.constData(), size_t(split->header.size()), true).get(header)
                == simdjson::SUCCESS
            && header.type() == simdjson::dom::element_type::OBJECT) {
            if (progress && !progress(25))
                return fail(0, 0, cancelledMessage());
            validation = validateCatalog(header, knownSources, progress, &*split);
            validated = !validation.chipTextRefused;
        }
    }
    if (!validated) {
        // The document (tape and strings) is kept apart from the parser, whose working memory (an
        // index of every structural character, four bytes each) goes as soon as the parse is done.
        simdjson::dom::document parsed;
        simdjson::dom::element root;
        const auto parse = [&parsed, &root](const QByteArray& text) {
            const bool padded = text.capacity() - text.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
            simdjson::dom::parser parser;
            return parser.parse_into_document(parsed, text.constData(), size_t(text.size()), !padded)
                .get(root);
        };
        QByteArray normalised;
        const bool parsedOk = parse(data) == simdjson::SUCCESS;
        if (parsedOk && reread)
            data = QByteArray(); // the tape has all it needs
        if (!parsedOk) {
            // QJsonDocument says what is wrong, and where; JsonLocator checks what it lets pass.
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return invalidJson(data, locate(), parseError, displayName);
            if (!document.isObject())
                return notAnObject(locate(), document.isArray(), displayName);
            result.problems = structuralProblems(locate(), displayName);
            if (!result.problems.isEmpty())
                return result;
            // Valid JSON that simdjson refuses (an integer beyond 64 bits, say): QJsonDocument's own
            // rendering of it has the same paths, and the positions still come from the file.
            normalised = document.toJson(QJsonDocument::Compact);
            const auto error = parse(normalised);
            if (error != simdjson::SUCCESS) {
                if (const qsizetype at = locate().firstLoneSurrogate(); at >= 0) {
                    const auto position = locate().position(at);
                    return fail(position.line, position.column,
                        tr("invalid JSON: this \\u escape is half of a UTF-16 surrogate pair, not a "
                           "character (a \\uD800 to \\uDBFF escape must be followed by one from "
                           "\\uDC00 to \\uDFFF)"));
                }
                return fail(
                    1, 1, tr("invalid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(error))));
            }
        }
        if (root.type() != simdjson::dom::element_type::OBJECT)
            return notAnObject(locate(), root.type() == simdjson::dom::element_type::ARRAY, displayName);
        if (progress && !progress(25))
            return fail(0, 0, cancelledMessage());
        validation = validateCatalog(root, knownSources, progress);
    }
    if (validation.cancelled)
        return fail(0, 0, cancelledMessage());
    // Repeated keys and deep nesting come before anything else, as they did when a text scan
    // checked every file first. The validator looks at every object of a valid catalog, so the
    // scan is needed only when it noticed something or found a problem.
    if (validation.structureSuspect || !validation.problems.isEmpty()) {
        result.problems = structuralProblems(locate(), displayName);
        if (!result.problems.isEmpty())
            return result;
    }
    const int shown = std::min<int>(int(validation.problems.size()), kMaxReportedProblems);
    for (int i = 0; i < shown; ++i)
        result.problems.append(located(locate(), displayName, validation.problems[i]));
    // Report in file order, as an editor would list them.
    std::stable_sort(
        result.problems.begin(), result.problems.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
    if (validation.problems.size() > shown)
        result.problems.append({ displayName, 0, 0, {}, {},
            tr("%1 more problems not shown").arg(validation.problems.size() - shown) });
    if (result.problems.isEmpty()) {
        result.catalog = std::move(validation.catalog);
        // Where its values come from, once merged with others: the file, by name.
        result.catalog.origins = { QFileInfo(displayName).fileName() };
        for (const auto& warning : std::as_const(validation.warnings)) {
            Diagnostic diagnostic = located(locate(), displayName, warning);
            diagnostic.severity = Diagnostic::Severity::Warning;
            result.warnings.append(diagnostic);
        }
    }
    if (textLost) {
        for (auto* list : { &result.problems, &result.warnings }) {
            for (auto& diagnostic : *list)
                diagnostic.line = diagnostic.column = 0;
        }
    }
    return result;
}

} // namespace

CatalogReadResult read(
    QByteArray data, const QString& displayName, const QList<Source>& knownSources, const Progress& progress)
{
    return readText(std::move(data), displayName, knownSources, progress, {});
}

CatalogReadResult readVia(
    Path path, QByteArray data, const QString& displayName, const QList<Source>& knownSources)
{
    return readText(std::move(data), displayName, knownSources, {}, {}, path);
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
    data.reserve(file.size() + qsizetype(simdjson::SIMDJSON_PADDING)); // parsed in place: see read()
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
    const QDateTime modified = QFileInfo(file).lastModified();
    const qint64 size = file.size();
    const auto reread = [path, modified, size]() -> QByteArray {
        QFile again(path);
        if (QFileInfo(path).lastModified() != modified || !again.open(QIODevice::ReadOnly)
            || again.size() != size)
            return {};
        return again.readAll();
    };
    return readText(std::move(data), path, knownSources, progress, reread);
}

QString builtInPath()
{
    return u":/data/catalog.json"_s;
}

CatalogReadResult readBuiltIn()
{
    CatalogReadResult result = readFile(builtInPath());
    if (result.ok())
        result.catalog.origins = { tr("built-in catalog") };
    return result;
}

} // namespace CatalogReader
