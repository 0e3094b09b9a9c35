#include "commandcontext.h"

#include "cli.h"
#include "core/chipfields.h"
#include "io/catalogreader.h"
#include "io/idmap.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

CommandContext::CommandContext(QString command, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
{
    parser.addHelpOption();
}

void CommandContext::addOption(const QCommandLineOption& option)
{
    m_options.append(option);
    parser.addOption(option);
}

void CommandContext::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_positionalSyntax.append(syntax.isEmpty() ? name : syntax);
    parser.addPositionalArgument(name, description, syntax.isEmpty() ? name : syntax);
}

QString CommandContext::synopsis() const
{
    QStringList parts { u"chipcompare"_s, m_command };
    parts += m_positionalSyntax;
    for (const auto& option : m_options) {
        const QString name = u"--"_s + option.names().constLast();
        parts.append(u'[' + (option.valueName().isEmpty() ? name : name + u' ' + option.valueName()) + u']');
    }
    return parts.join(u' ');
}

QStringList CommandContext::optionNames() const
{
    QStringList names;
    for (const auto& option : m_options)
        names.append(option.names().constLast());
    return names;
}

void CommandContext::addCatalogOptions()
{
    addOption({ u"catalog"_s,
        QCoreApplication::translate("Cli", "Merge catalog FILE over the built-in one (repeatable)."),
        u"FILE"_s });
    addOption({ u"no-builtin"_s,
        QCoreApplication::translate("Cli", "Use only the --catalog files, not the built-in catalog.") });
    addOption({ u"merge"_s,
        QCoreApplication::translate("Cli",
            "How a --catalog chip joins an earlier chip of the same id: field (default: its values win "
            "field by field, fields it lacks keep the earlier value), replace (it replaces the chip "
            "whole) or fill (it only fills unknown fields)."),
        u"POLICY"_s, u"field"_s });
    addOption({ u"map-ids"_s,
        QCoreApplication::translate("Cli",
            "Join chips that two catalogs hold under different ids: FILE has one pair of ids a line "
            "(the CSV of `chipcompare match`, as it is or its first two columns); a --catalog chip "
            "under one of them merges into the earlier chip, field by field, and keeps its id."),
        u"FILE"_s });
}

void CommandContext::addFilterOptions()
{
    m_hasFilterOptions = true;
    addOption({ u"vendor"_s,
        QCoreApplication::translate("Cli", "Only chips by vendor V (repeatable: any of)."), u"V"_s });
    addOption({ u"memory-type"_s,
        QCoreApplication::translate("Cli", "Only chips with memory type T, e.g. HBM3 (repeatable)."),
        u"T"_s });
    addOption({ u"status"_s,
        QCoreApplication::translate(
            "Cli", "Only chips with status S: %1, or unknown for chips without one (repeatable).")
            .arg(ChipFields::field(u"status").choiceKeys().join(u", "_s)),
        u"S"_s });
    addOption({ u"year"_s,
        QCoreApplication::translate(
            "Cli", "Only chips announced in these years: 2020..2026, 2020.., ..2026 or 2024."),
        u"RANGE"_s });
    addOption({ u"where"_s,
        QCoreApplication::translate("Cli",
            "Only chips whose metric passes a test, in its canonical unit: 'memory_capacity>=64', "
            "'tdp_w<=400' (repeatable: all must hold; an unknown value never passes)."),
        u"COND"_s });
    addOption({ u"search"_s,
        QCoreApplication::translate("Cli",
            "Only chips whose names, vendor, software stack or notes "
            "contain TEXT."),
        u"TEXT"_s });
}

void CommandContext::addFormatOption(const QStringList& formats, const QString& defaultFormat)
{
    m_formats = formats;
    addOption({ u"format"_s,
        QCoreApplication::translate("Cli", "Output format: %1 (default %2).")
            .arg(formats.join(u", "_s), defaultFormat),
        u"FORMAT"_s, defaultFormat });
}

std::optional<int> CommandContext::parse()
{
    if (!parser.parse(m_arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        const QString positional
            = m_positionalSyntax.isEmpty() ? QString() : u' ' + m_positionalSyntax.join(u' ');
        text.replace(0, firstLineEnd, u"Usage: chipcompare "_s + m_command + u" [options]"_s + positional);
        writeOut(text.toUtf8());
        return Cli::kExitOk;
    }
    if (optionNames().contains(u"merge"_s) && !mergePolicyFromKey(parser.value(u"merge"_s)))
        return usageError(
            QCoreApplication::translate("Cli", "--merge: '%1' is not one of field, replace, fill")
                .arg(parser.value(u"merge"_s)));
    if (m_hasFilterOptions) {
        QString error;
        ChipFilter probe;
        if (parser.isSet(u"year"_s) && !probe.setYearRange(parser.value(u"year"_s), &error))
            return usageError(u"--year: "_s + error);
        for (const auto& text : parser.values(u"where"_s)) {
            if (!MetricCondition::parse(text, &error))
                return usageError(u"--where: "_s + error);
        }
    }
    const QStringList statuses = m_hasFilterOptions ? parser.values(u"status"_s) : QStringList();
    for (const auto& status : statuses) {
        if (!chipStatusFromKey(status.toLower()) && status.toLower() != ChipFilter::unknownKey())
            return usageError(QCoreApplication::translate("Cli", "unknown status '%1'; use %2 or unknown")
                                  .arg(status, ChipFields::field(u"status").choiceKeys().join(u", "_s)));
    }
    return std::nullopt;
}

std::optional<DataTableWriter::Format> CommandContext::tableFormat() const
{
    const QString name = parser.value(u"format"_s);
    const auto format = m_formats.contains(name) ? DataTableWriter::formatFromName(name) : std::nullopt;
    if (!format) {
        // "table, csv, json or markdown"
        const QString choices = m_formats.size() < 2
            ? m_formats.join(QString())
            : QStringList(m_formats.mid(0, m_formats.size() - 1)).join(u", "_s) + u" or "_s + m_formats.last();
        usageError(QCoreApplication::translate("Cli", "unknown format '%1'; use %2").arg(name, choices));
    }
    return format;
}

int CommandContext::usageError(const QString& message) const
{
    writeErr(u"chipcompare "_s + m_command + u": "_s + message + u'\n'
        + QCoreApplication::translate("Cli", "Try 'chipcompare %1 --help'.").arg(m_command) + u'\n');
    return Cli::kExitUsage;
}

int CommandContext::failure(const QString& message) const
{
    writeErr(u"chipcompare "_s + m_command + u": "_s + message + u'\n');
    return Cli::kExitFailure;
}

std::optional<Catalog> CommandContext::loadCatalog() const
{
    Catalog catalog;
    const MergePolicy policy
        = mergePolicyFromKey(parser.value(u"merge"_s)).value_or(MergePolicy::FieldByField);
    QList<Source> knownSources;
    if (!parser.isSet(u"no-builtin"_s)) {
        const auto builtIn = CatalogReader::readBuiltIn();
        if (!builtIn.ok()) {
            writeErr(formatDiagnostics(builtIn.problems) + u'\n');
            return std::nullopt;
        }
        catalog = builtIn.catalog;
        knownSources = catalog.sources;
    }
    QList<std::pair<QString, QString>> idPairs;
    if (parser.isSet(u"map-ids"_s)) {
        QString error;
        const auto pairs = IdMap::read(parser.value(u"map-ids"_s), &error);
        if (!pairs) {
            writeErr(u"chipcompare "_s + m_command + u": "_s + error + u'\n');
            return std::nullopt;
        }
        idPairs = *pairs;
    }
    bool ok = true;
    for (const auto& path : parser.values(u"catalog"_s)) {
        auto result = CatalogReader::readFile(path, knownSources);
        if (!result.ok()) {
            writeErr(formatDiagnostics(result.problems) + u'\n');
            ok = false;
            continue;
        }
        IdMap::apply(result.catalog, idPairs);
        const qsizetype before = catalog.overridden.size();
        catalog = catalog.mergedWith(result.catalog, policy);
        // Say which chips the file replaced: a script must not mistake them for the built-in ones.
        const QStringList replaced = catalog.overridden.mid(before);
        if (!replaced.isEmpty())
            writeErr(u"chipcompare "_s + m_command + u": "_s
                + QCoreApplication::translate("Cli", "%1 replaces %n chip(s) of the catalog before it: %2",
                    nullptr, int(replaced.size()))
                      .arg(path, replaced.join(u", "_s))
                + u'\n');
    }
    if (!ok)
        return std::nullopt;
    return catalog;
}

ChipFilter CommandContext::filter() const
{
    ChipFilter filter;
    filter.setVendors(parser.values(u"vendor"_s));
    filter.setMemoryTypes(parser.values(u"memory-type"_s));
    for (const auto& key : parser.values(u"status"_s)) {
        if (const auto status = chipStatusFromKey(key.toLower()))
            filter.statuses.insert(*status);
        else if (key.toLower() == ChipFilter::unknownKey())
            filter.unknownStatus = true;
    }
    filter.setSearchText(parser.value(u"search"_s));
    QString ignored; // parse() has refused what does not read
    if (parser.isSet(u"year"_s))
        filter.setYearRange(parser.value(u"year"_s), &ignored);
    for (const auto& text : parser.values(u"where"_s)) {
        if (const auto condition = MetricCondition::parse(text, &ignored))
            filter.conditions.append(*condition);
    }
    return filter;
}

QVector<const Chip*> CommandContext::filteredChips(const Catalog& catalog) const
{
    const ChipFilter chipFilter = filter();
    QVector<const Chip*> chips;
    for (const auto& chip : catalog.chips) {
        if (chipFilter.accepts(chip))
            chips.append(&chip);
    }
    return chips;
}

void CommandContext::writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CommandContext::writeErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
