#include "listcommand.h"

#include "analysis/listtable.h"
#include "cli.h"
#include "commandcontext.h"
#include "io/datatablewriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

void defineListCommand(CommandContext& context)
{
    context.setDescription(QCoreApplication::translate("Cli",
            "List the chips of the catalog, filtered. Units: memory "
            "GB, bandwidth GB/s, BF16/FP8 dense TFLOPS, INT8 dense "
            "TOPS, TDP W; unknown values are empty (CSV), null "
            "(JSON) or — (table, markdown). JSON adds KEY_confidence "
            "beside every number: its confidence, or for a derived value "
            "the weakest of its inputs'."));
    context.addCatalogOptions();
    context.addFilterOptions();
    context.addFormatOption({ u"table"_s, u"csv"_s, u"json"_s, u"markdown"_s }, u"table"_s);
}

int runListCommand(CommandContext& context)
{
    if (const auto stop = context.parse())
        return *stop;
    if (!context.parser.positionalArguments().isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "unexpected argument '%1'")
                                      .arg(context.parser.positionalArguments().first()));
    const auto format = context.tableFormat();
    if (!format)
        return Cli::kExitUsage;

    const auto catalog = context.loadCatalog();
    if (!catalog)
        return Cli::kExitFailure;
    const auto chips = context.filteredChips(*catalog);
    // JSON readers pick fields by name, so it carries each number's confidence; the column
    // formats keep their documented layout.
    const bool confidence = *format == DataTableWriter::Format::Json;
    // JSON also says which file each value came from (KEY_origin), for merged catalogs.
    CommandContext::writeOut(DataTableWriter::write(
        ListTable::build(chips, confidence, &*catalog, confidence), *format));
    return Cli::kExitOk;
}
