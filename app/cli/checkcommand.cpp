#include "checkcommand.h"

#include "cli.h"
#include "commandcontext.h"
#include "io/catalogreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int runCheckCommand(const QStringList& arguments)
{
    CommandContext context(u"check"_s, u"[options] FILE..."_s,
        QCoreApplication::translate("Cli",
            "Validate catalog files without changing them. Prints one "
            "line per problem as FILE:LINE:COLUMN: chip 'ID': field "
            "'NAME': problem. Exit 0 when every file is valid, 1 when "
            "any has a problem, 2 on usage errors."),
        arguments);
    context.parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("Cli", "Catalog JSON file(s) to check."));
    if (const auto stop = context.parse())
        return *stop;
    const QStringList files = context.parser.positionalArguments();
    if (files.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "no FILE given"));

    // A user file may cite the built-in catalog's sources, as it is merged over that catalog.
    QSet<QString> builtInSources;
    const auto builtIn = CatalogReader::readBuiltIn();
    for (const auto& source : builtIn.catalog.sources)
        builtInSources.insert(source.id);

    int exitCode = Cli::kExitOk;
    for (const auto& file : files) {
        const auto result = CatalogReader::readFile(file, builtInSources);
        if (result.ok()) {
            CommandContext::writeOut(QCoreApplication::translate("Cli", "%1: valid (%n chips, %2 sources)",
                                         nullptr, int(result.catalog.chips.size()))
                                         .arg(file)
                                         .arg(result.catalog.sources.size())
                                         .toUtf8()
                + '\n');
        } else {
            CommandContext::writeOut((formatDiagnostics(result.problems) + u'\n').toUtf8());
            exitCode = Cli::kExitFailure;
        }
    }
    return exitCode;
}
