#include "comparecommand.h"

#include "analysis/comparison.h"
#include "cli.h"
#include "commandcontext.h"
#include "core/catalog.h"
#include "io/datatablewriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

void defineCompareCommand(CommandContext& context)
{
    context.setDescription(tr("Compare chips side by side: one row per attribute (the keys of 'chipcompare list' and "
           "the derived metrics), one column per chip. The best value of each numeric row is "
           "marked (★ in table, bold in markdown); unknown values never count. With --baseline, "
           "every number is also given as a ratio to the baseline chip. Systems compare the same "
           "way, on the figures of 'chipcompare systems': a figure worked out from the chip × N is "
           "marked ≈ (a KEY_basis row says 'derived' in csv and json)."));
    context.addPositional(
        u"ID"_s, tr("Chip ids, or system ids, to compare (at least two; not both kinds)."), u"ID ID..."_s);
    context.addOption({ u"baseline"_s,
        tr("Show every number as a ratio to this chip or system, which must be one of the "
           "compared ids."),
        u"ID"_s });
    context.addOption(
        { u"differences-only"_s, tr("Leave out rows where every chip has the same value.") });
    context.addFormatOption({ u"table"_s, u"csv"_s, u"markdown"_s, u"json"_s }, u"table"_s);
    context.addCatalogOptions();
}

int runCompareCommand(CommandContext& context)
{
    if (const auto stop = context.parse())
        return *stop;
    const auto format = context.tableFormat();
    if (!format)
        return Cli::kExitUsage;
    const QStringList ids = context.parser.positionalArguments();
    if (ids.size() < 2)
        return context.usageError(tr("give at least two chip ids to compare"));
    for (const auto& id : ids) {
        if (ids.count(id) > 1)
            return context.usageError(tr("chip id '%1' is given more than once").arg(id));
    }

    const auto catalog = context.loadCatalog();
    if (!catalog)
        return Cli::kExitFailure;
    // Chips, or systems (CloudMatrix 384 against GB200 NVL72): the first id decides which.
    const bool systems = !catalog->chip(ids.first()) && catalog->system(ids.first());
    QVector<const Chip*> chips;
    QVector<const ChipSystem*> chipSystems;
    for (const auto& id : ids) {
        const Chip* chip = catalog->chip(id);
        const ChipSystem* system = catalog->system(id);
        if (!chip && !system)
            return context.usageError(
                tr("unknown chip or system id '%1'; see 'chipcompare list' and 'chipcompare systems'").arg(id));
        if (systems != (chip == nullptr))
            return context.usageError(tr("'%1' is a %2 and '%3' a %4: compare chips with chips, systems with systems")
                                          .arg(ids.first(), systems ? tr("system") : tr("chip"), id,
                                              systems ? tr("chip") : tr("system")));
        if (systems)
            chipSystems.append(system);
        else
            chips.append(chip);
    }
    int baseline = -1;
    if (context.parser.isSet(u"baseline"_s)) {
        baseline = int(ids.indexOf(context.parser.value(u"baseline"_s)));
        if (baseline < 0)
            return context.usageError(
                tr("baseline '%1' is not one of the compared ids").arg(context.parser.value(u"baseline"_s)));
    }
    const Comparison comparison
        = systems ? Comparison::buildSystems(*catalog, chipSystems, baseline) : Comparison::build(chips, baseline);
    const bool differencesOnly = context.parser.isSet(u"differences-only"_s);
    const bool machine = *format == DataTableWriter::Format::Csv || *format == DataTableWriter::Format::Json;
    const DataTable table = machine
        ? comparison.toMachineTable(differencesOnly)
        : comparison.toHumanTable(differencesOnly, *format == DataTableWriter::Format::Markdown);
    CommandContext::writeOut(DataTableWriter::write(table, *format));
    return Cli::kExitOk;
}
