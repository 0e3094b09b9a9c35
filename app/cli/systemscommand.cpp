#include "systemscommand.h"

#include "analysis/systems.h"
#include "cli.h"
#include "commandcontext.h"
#include "io/datatablewriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

void defineSystemsCommand(CommandContext& context)
{
    context.setDescription(
        tr("List the catalog's systems (racks and supernodes of one chip): memory in TB, "
           "bandwidths in TB/s, BF16/FP8 dense PFLOPS, power in kW, and BF16 TFLOPS per W. A "
           "figure the catalog does not give for the system is the chip's × the number of "
           "chips, and its KEY_basis column says 'derived' (else 'sourced'); power is never "
           "derived."));
    context.addPositional(u"ID"_s, tr("Only these systems (default: all)."), u"[ID...]"_s);
    context.addCatalogOptions();
    context.addFormatOption({ u"table"_s, u"csv"_s, u"json"_s, u"markdown"_s }, u"table"_s);
}

int runSystemsCommand(CommandContext& context)
{
    if (const auto stop = context.parse())
        return *stop;
    const auto format = context.tableFormat();
    if (!format)
        return Cli::kExitUsage;
    const auto catalog = context.loadCatalog();
    if (!catalog)
        return Cli::kExitFailure;
    QVector<const ChipSystem*> systems;
    const QStringList ids = context.parser.positionalArguments();
    for (const auto& id : ids) {
        const ChipSystem* system = catalog->system(id);
        if (!system)
            return context.usageError(tr("unknown system id '%1'").arg(id));
        systems.append(system);
    }
    if (ids.isEmpty()) {
        for (const auto& system : catalog->systems)
            systems.append(&system);
    }
    CommandContext::writeOut(DataTableWriter::write(Systems::table(*catalog, systems), *format));
    return Cli::kExitOk;
}
