#include "llmfitcommand.h"
#include "core/numberformat.h"

#include "analysis/llmfit.h"
#include "analysis/metrics.h"
#include "cli.h"
#include "commandcontext.h"
#include "io/datatablewriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// "32e9", "32000000000", "32B", "3.3b", "600M": a positive, finite count.
std::optional<double> parseCount(const QString& text)
{
    static const QRegularExpression pattern(
        u"^\\s*([0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\\s*([kKmMbBtT]?)\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = match.captured(1).toDouble(&ok);
    const QString suffix = match.captured(2).toLower();
    if (suffix == u"k"_s)
        value *= 1e3;
    else if (suffix == u"m"_s)
        value *= 1e6;
    else if (suffix == u"b"_s)
        value *= 1e9;
    else if (suffix == u"t"_s)
        value *= 1e12;
    if (!ok || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

QByteArray presetList()
{
    DataTable table;
    table.keys = { u"model"_s, u"name"_s, u"params"_s, u"active_params"_s, u"source"_s };
    table.headers = { tr("Model"), tr("Name"), tr("Parameters"), tr("Active"), tr("Source") };
    for (const auto& preset : LlmFit::presets())
        table.rows.append({ DataCell::fromText(preset.key), DataCell::fromText(preset.name),
            DataCell::fromNumber(preset.parameters), DataCell::fromNumber(preset.activeParameters),
            DataCell::fromText(preset.source) });
    return DataTableWriter::toAlignedText(table).toUtf8();
}

} // namespace

void defineLlmFitCommand(CommandContext& context)
{
    context.setDescription(tr("How many chips hold a model's weights, and a memory-bandwidth upper bound for single-stream "
           "decode, per "
           "chip. Counts accept 32e9, 32000000000 or 32B."));
    context.addOption({ u"params"_s, tr("Total parameters, e.g. 32e9 or 32B."), u"N"_s });
    context.addOption(
        { u"active-params"_s, tr("Parameters active per token (MoE); default: all."), u"N"_s });
    context.addOption(
        { u"model"_s, tr("A preset model instead of --params (see --list-models)."), u"NAME"_s });
    context.addOption({ u"precision"_s, tr("Weight precision: bf16, fp8, int8 or int4."), u"P"_s });
    context.addOption({ u"usable"_s,
        tr("Share of memory the weights may use, above 0 and at most 1 (default "
           "0.9)."),
        u"F"_s, u"0.9"_s });
    context.addOption({ u"max-chips"_s,
        tr("Most chips one deployment may use (default 8, one server; 0: no limit). Chips that need "
           "more are listed last, without a decode bound."),
        u"N"_s, QString::number(LlmFit::Input::kDefaultMaxChips) });
    context.addOption({ u"list-models"_s, tr("Print the preset models and exit.") });
    context.addFilterOptions();
    context.addCatalogOptions();
    context.addFormatOption({ u"table"_s, u"csv"_s, u"json"_s, u"markdown"_s }, u"table"_s);
}

int runLlmFitCommand(CommandContext& context)
{
    if (const auto stop = context.parse())
        return *stop;
    const QCommandLineParser& parser = context.parser;
    if (parser.isSet(u"list-models"_s)) {
        CommandContext::writeOut(presetList());
        return Cli::kExitOk;
    }
    const auto format = context.tableFormat();
    if (!format)
        return Cli::kExitUsage;

    LlmFit::Input input;
    if (parser.isSet(u"model"_s)) {
        const auto* preset = LlmFit::findPreset(parser.value(u"model"_s));
        if (!preset)
            return context.usageError(
                tr("unknown model '%1'; see --list-models").arg(parser.value(u"model"_s)));
        input.parameters = preset->parameters;
        input.activeParameters = preset->activeParameters;
    }
    if (parser.isSet(u"params"_s)) {
        const auto params = parseCount(parser.value(u"params"_s));
        if (!params)
            return context.usageError(tr("--params: '%1' is not a positive number (e.g. 32e9 or 32B)")
                                          .arg(parser.value(u"params"_s)));
        input.parameters = *params;
        input.activeParameters = *params;
    }
    if (input.parameters <= 0)
        return context.usageError(tr("give --params N or --model NAME"));
    if (parser.isSet(u"active-params"_s)) {
        const auto active = parseCount(parser.value(u"active-params"_s));
        if (!active)
            return context.usageError(
                tr("--active-params: '%1' is not a positive number").arg(parser.value(u"active-params"_s)));
        input.activeParameters = *active;
    }
    if (!parser.isSet(u"precision"_s))
        return context.usageError(tr("--precision is required: bf16, fp8, int8 or int4"));
    const auto precision = LlmFit::precisionFromKey(parser.value(u"precision"_s));
    if (!precision)
        return context.usageError(
            tr("unknown precision '%1'; use bf16, fp8, int8 or int4").arg(parser.value(u"precision"_s)));
    input.precision = *precision;
    bool ok = false;
    input.usableFraction = parser.value(u"usable"_s).toDouble(&ok);
    if (!ok)
        return context.usageError(tr("--usable: '%1' is not a number").arg(parser.value(u"usable"_s)));
    const QString maxChipsText = parser.value(u"max-chips"_s);
    input.maxChips = maxChipsText.toInt(&ok);
    if (!ok || input.maxChips < 0)
        return context.usageError(
            tr("--max-chips: '%1' is not 0 (no limit) or a positive whole number").arg(maxChipsText));
    if (const auto problem = LlmFit::validate(input))
        return context.usageError(*problem);

    const auto catalog = context.loadCatalog();
    if (!catalog)
        return Cli::kExitFailure;
    struct Row
    {
        const Chip* chip;
        LlmFit::Result result;
    };
    QVector<Row> rows;
    for (const Chip* chip : context.filteredChips(*catalog))
        rows.append({ chip, LlmFit::evaluate(*chip, input) });
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row& a, const Row& b) { return LlmFit::ranksBefore(a.result, b.result); });

    DataTable table;
    table.keys = { u"id"_s, u"name"_s, u"chips_needed"_s, u"decode_tokens_per_s_upper"_s, u"memory_gb"_s,
        u"bandwidth_gbs"_s, u"weight_gb"_s, u"params"_s, u"active_params"_s, u"precision"_s,
        u"bytes_per_param"_s, u"usable"_s, u"fit"_s, u"max_chips"_s };
    table.headers = { tr("Id"), tr("Name"), tr("Chips needed"), tr("Decode tokens/s (upper bound)"),
        tr("Memory (GB)"), tr("Bandwidth (GB/s)"), tr("Weights (GB)"), tr("Parameters"), tr("Active"),
        tr("Precision"), tr("Bytes/param"), tr("Usable"), tr("Fit"), tr("Max chips") };
    for (const auto& row : rows) {
        const auto& r = row.result;
        table.rows.append({ DataCell::fromText(row.chip->id), DataCell::fromText(row.chip->name),
            r.chipsNeeded ? DataCell::fromCount(*r.chipsNeeded) : DataCell::unknown(),
            DataCell::fromOptional(r.decodeTokensPerSecondUpper),
            DataCell::fromOptional(row.chip->canonical(SpecField::MemoryCapacity)),
            DataCell::fromOptional(row.chip->canonical(SpecField::MemoryBandwidth)),
            DataCell::fromOptional(Units::convert(r.weightBytes, u"B"_s, u"GB"_s)),
            DataCell::fromNumber(input.parameters), DataCell::fromNumber(input.activeParameters),
            DataCell::fromText(LlmFit::precisionKey(input.precision)),
            DataCell::fromNumber(LlmFit::bytesPerParameter(input.precision)),
            DataCell::fromNumber(input.usableFraction), DataCell::fromText(LlmFit::fitKey(r.fit)),
            DataCell::fromCount(input.maxChips) });
    }
    QByteArray output = DataTableWriter::write(table, *format);
    if (*format == DataTableWriter::Format::Table || *format == DataTableWriter::Format::Markdown) {
        output += (u'\n' + LlmFit::chipsNeededFormula() + u'\n' + LlmFit::decodeFormula() + u'\n').toUtf8();
        if (input.maxChips > 0)
            output += tr("Chips that need more than %1 are listed last, without a decode bound "
                         "(--max-chips 0 lifts the limit).")
                          .arg(NumberFormat::formatCount(input.maxChips))
                          .toUtf8()
                + '\n';
    }
    CommandContext::writeOut(output);
    return Cli::kExitOk;
}
