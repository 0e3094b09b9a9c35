#include "checkcommand.h"

#include "cli.h"
#include "commandcontext.h"
#include "io/catalogreader.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

void defineCheckCommand(CommandContext& context)
{
    context.setDescription(QCoreApplication::translate("Cli",
            "Validate catalog files without changing them. Prints one "
            "line per problem as FILE:LINE:COLUMN: chip 'ID': field "
            "'NAME': problem. Implausible magnitudes (see docs/cli.md for the "
            "plausible ranges) are printed as FILE:LINE:COLUMN: warning: ... "
            "and do not fail the check unless --strict is given. Exit 0 "
            "when every file is valid, 1 when any has a problem, 2 on "
            "usage errors."));
    context.addOption({ u"strict"_s,
        QCoreApplication::translate("Cli", "Treat warnings as errors: exit 1 when any file has one.") });
    context.addPositional(
        u"FILE"_s, QCoreApplication::translate("Cli", "Catalog JSON file(s) to check."), u"FILE..."_s);
}

int runCheckCommand(CommandContext& context)
{
    if (const auto stop = context.parse())
        return *stop;
    const QStringList files = context.parser.positionalArguments();
    if (files.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "no FILE given"));

    // A user file may cite the built-in catalog's sources, as it is merged over that catalog.
    const QList<Source> builtInSources = CatalogReader::readBuiltIn().catalog.sources;
    // Every source id seen so far, with its title and where it was defined: one id that two files
    // define with different titles means two different things.
    QHash<QString, std::pair<QString, QString>> seenSources;
    for (const auto& source : builtInSources)
        seenSources.insert(
            source.id, { source.title, QCoreApplication::translate("Cli", "the built-in catalog") });

    int exitCode = Cli::kExitOk;
    const bool strict = context.parser.isSet(u"strict"_s);
    for (const auto& file : files) {
        auto result = CatalogReader::readFile(file, builtInSources);
        for (const auto& source : std::as_const(result.catalog.sources)) {
            const auto seen = seenSources.constFind(source.id);
            if (seen == seenSources.cend()) {
                seenSources.insert(source.id, { source.title, file });
            } else if (seen->first != source.title) {
                result.warnings.append({ file, 0, 0, {}, u"sources"_s,
                    QCoreApplication::translate("Cli", "source '%1' is defined with another title in %2")
                        .arg(source.id, seen->second),
                    Diagnostic::Severity::Warning });
            }
        }
        if (!result.warnings.isEmpty())
            CommandContext::writeOut((formatDiagnostics(result.warnings) + u'\n').toUtf8());
        if (result.ok()) {
            const QString chips
                = QCoreApplication::translate("Cli", "%n chip(s)", nullptr, int(result.catalog.chips.size()));
            const QString sources = QCoreApplication::translate(
                "Cli", "%n source(s)", nullptr, int(result.catalog.sources.size()));
            QString summary
                = QCoreApplication::translate("Cli", "%1: valid (%2, %3)").arg(file, chips, sources);
            if (!result.warnings.isEmpty())
                summary += u' '
                    + QCoreApplication::translate(
                        "Cli", "with %n warning(s)", nullptr, int(result.warnings.size()));
            CommandContext::writeOut(summary.toUtf8() + '\n');
            if (strict && !result.warnings.isEmpty())
                exitCode = Cli::kExitFailure;
        } else {
            CommandContext::writeOut((formatDiagnostics(result.problems) + u'\n').toUtf8());
            exitCode = Cli::kExitFailure;
        }
    }
    return exitCode;
}
