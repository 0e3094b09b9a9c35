#include "matchcommand.h"

#include "analysis/chipmatcher.h"
#include "cli.h"
#include "commandcontext.h"
#include "io/catalogreader.h"
#include "io/datatablewriter.h"
#include "io/diagnostic.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

void defineMatchCommand(CommandContext& context)
{
    context.setDescription(
        tr("List the likely pairs of one chip under two ids: for each chip of SECOND whose id FIRST "
           "lacks, the chips of FIRST whose names agree once vendor, memory size and packaging words "
           "are set aside, with the same model numbers, no other vendor and the same memory. With one "
           "file, FIRST is the built-in catalog. Its --format csv is a --map-ids file: delete the "
           "lines of the pairs you do not keep, and it joins the others."));
    context.addPositional(u"FIRST"_s, tr("The earlier catalog (default: the built-in one)."), u"[FIRST]"_s);
    context.addPositional(u"SECOND"_s, tr("The catalog whose chips are looked for in FIRST."), u"SECOND"_s);
    context.addOption({ u"min-score"_s,
        tr("Least score of a pair listed, 0 to 1 (default 0.5): the share of name words the two agree "
           "on, +0.1 for the same vendor, +0.1 for the same memory, -0.3 for another memory."),
        u"S"_s, u"0.5"_s });
    context.addFormatOption({ u"table"_s, u"csv"_s, u"json"_s, u"markdown"_s }, u"table"_s);
}

int runMatchCommand(CommandContext& context)
{
    if (const auto stop = context.parse())
        return *stop;
    const auto format = context.tableFormat();
    if (!format)
        return Cli::kExitUsage;
    const QStringList files = context.parser.positionalArguments();
    if (files.isEmpty() || files.size() > 2)
        return context.usageError(tr("give one or two catalog files: [FIRST] SECOND"));
    bool ok = false;
    const double minimum = context.parser.value(u"min-score"_s).toDouble(&ok);
    if (!ok || !(minimum >= 0 && minimum <= 1)) // NaN is no score either
        return context.usageError(
            tr("--min-score: '%1' is not a number from 0 to 1").arg(context.parser.value(u"min-score"_s)));

    const auto builtIn = CatalogReader::readBuiltIn();
    if (!builtIn.ok())
        return context.failure(formatDiagnostics(builtIn.problems));
    QList<Catalog> catalogs;
    if (files.size() == 1)
        catalogs.append(builtIn.catalog);
    for (const auto& path : files) {
        const auto result = CatalogReader::readFile(path, builtIn.catalog.sources);
        if (!result.ok()) {
            CommandContext::writeErr(formatDiagnostics(result.problems) + u'\n');
            return Cli::kExitFailure;
        }
        catalogs.append(result.catalog);
    }
    const QList<ChipMatch> matches = ChipMatcher::match(catalogs[0], catalogs[1], minimum);
    if (matches.isEmpty())
        CommandContext::writeErr(tr("no likely pairs at a score of %1 or more").arg(minimum) + u'\n');
    CommandContext::writeOut(DataTableWriter::write(ChipMatcher::table(matches), *format));
    return Cli::kExitOk;
}
