#include "exportchartcommand.h"

#include "analysis/chartdata.h"
#include "analysis/metrics.h"
#include "charts/chartexport.h"
#include "cli.h"
#include "commandcontext.h"
#include "io/datatablewriter.h"
#include "io/sizespec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QByteArray metricList()
{
    DataTable table;
    table.keys = { u"metric"_s, u"unit"_s, u"label"_s, u"better"_s };
    table.headers = { tr("Metric"), tr("Unit"), tr("Label"), tr("Better") };
    for (const auto& metric : Metrics::all())
        table.rows.append({ DataCell::fromText(metric.key), DataCell::fromText(metric.unit),
            DataCell::fromText(metric.label),
            DataCell::fromText(metric.higherIsBetter ? tr("higher") : tr("lower")) });
    return DataTableWriter::toAlignedText(table).toUtf8();
}

} // namespace

void defineExportChartCommand(CommandContext& context)
{
    context.setDescription(
        tr("Draw a chart of the catalog into a PNG, SVG or PDF file (format from the extension). Metrics: "
           "see "
           "--list-metrics. The same input gives byte-identical PNG output."));
    context.addOption(
        { u"chart"_s, tr("Chart kind: bar, scatter or timeline (a metric by year announced; default bar)."),
            u"KIND"_s, u"bar"_s });
    context.addOption({ u"metric"_s, tr("Metric of a bar chart or a timeline."), u"M"_s });
    context.addOption({ u"x"_s, tr("Metric on the x axis of a scatter chart."), u"M"_s });
    context.addOption({ u"y"_s, tr("Metric on the y axis of a scatter chart."), u"M"_s });
    context.addOption(
        { u"log-x"_s, tr("Logarithmic x axis: a scatter chart's, or a bar chart's value axis.") });
    context.addOption(
        { u"log-y"_s, tr("Logarithmic y axis (scatter; a timeline's is, unless --linear-y).") });
    context.addOption({ u"linear-y"_s, tr("Linear y axis for a timeline.") });
    context.addOption({ u"label"_s,
        tr("Chips whose point labels are placed first, comma-separated (default for a timeline: the six "
           "chips of the article that started ChipCompare)."),
        u"ID,ID,..."_s });
    context.addOption({ u"out"_s, tr("Output file: .png, .svg or .pdf."), u"FILE"_s });
    context.addOption({ u"size"_s, tr("Picture size in pixels, 200x150 to 8000x8000 (default 1600x900)."),
        u"WxH"_s, u"1600x900"_s });
    context.addOption(
        { u"scale"_s, tr("Pixels per layout pixel, 1 to 4 (default: grows with the size)."), u"S"_s });
    context.addOption(
        { u"chips"_s, tr("Only these chip ids, comma-separated (repeatable)."), u"ID,ID,..."_s });
    context.addOption({ u"max-points"_s,
        tr("Most chips the chart draws (default %1 bars, %2 scatter points). Above it a scatter keeps the "
           "extremes on each axis and an even spread along the x axis; a bar chart the largest values. The "
           "footnote says so.")
            .arg(ChartRequest::kDefaultBarLimit)
            .arg(ChartRequest::kDefaultScatterLimit),
        u"N"_s });
    context.addOption({ u"list-metrics"_s, tr("Print the metric names with units and exit.") });
    context.addFilterOptions();
    context.addCatalogOptions();
}

int runExportChartCommand(CommandContext& context)
{
    if (const auto stop = context.parse())
        return *stop;
    const QCommandLineParser& parser = context.parser;
    if (parser.isSet(u"list-metrics"_s)) {
        CommandContext::writeOut(metricList());
        return Cli::kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    ChartRequest request;
    const QString kind = parser.value(u"chart"_s);
    if (kind == u"bar"_s)
        request.kind = ChartRequest::Kind::Bar;
    else if (kind == u"scatter"_s)
        request.kind = ChartRequest::Kind::Scatter;
    else if (kind == u"timeline"_s)
        request.kind = ChartRequest::Kind::Timeline;
    else
        return context.usageError(tr("unknown chart kind '%1'; use bar, scatter or timeline").arg(kind));

    auto metricOption = [&](const QString& option, const Metric** target) -> std::optional<int> {
        const QString key = parser.value(option);
        if (key.isEmpty())
            return context.usageError(tr("--%1 is required for a %2 chart").arg(option, kind));
        *target = Metrics::find(key);
        if (!*target)
            return context.usageError(tr("unknown metric '%1' for --%2; known metrics: %3")
                                          .arg(key, option, Metrics::keys().join(u", "_s)));
        return std::nullopt;
    };
    const bool timeline = request.kind == ChartRequest::Kind::Timeline;
    const QStringList metricOptions = request.kind == ChartRequest::Kind::Scatter
        ? QStringList { u"x"_s, u"y"_s }
        : QStringList { u"metric"_s };
    for (const auto& option : metricOptions) {
        const Metric** target = option == u"metric"_s ? (timeline ? &request.y : &request.metric)
            : option == u"x"_s                        ? &request.x
                                                      : &request.y;
        if (const auto stop = metricOption(option, target))
            return *stop;
    }
    request.logX = parser.isSet(u"log-x"_s);
    request.logY = timeline ? !parser.isSet(u"linear-y"_s) : parser.isSet(u"log-y"_s);
    if (timeline)
        request.labelFirstChipIds = ChartRequest::seedChipIds();
    if (parser.isSet(u"label"_s)) {
        request.labelFirstChipIds.clear();
        for (const auto& value : parser.values(u"label"_s)) {
            for (const auto& id : value.split(u',', Qt::SkipEmptyParts))
                request.labelFirstChipIds.insert(id.trimmed());
        }
    }
    if (parser.isSet(u"max-points"_s)) {
        bool ok = false;
        request.maxItems = parser.value(u"max-points"_s).toInt(&ok);
        if (!ok || request.maxItems < 1)
            return context.usageError(
                tr("--max-points: '%1' is not a positive whole number").arg(parser.value(u"max-points"_s)));
    }

    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return context.usageError(tr("--out FILE is required"));
    if (!ChartExport::formatForPath(out))
        return context.usageError(tr("%1: unsupported file type; use .png, .svg or .pdf").arg(out));
    QString sizeError;
    const auto size = SizeSpec::parse(parser.value(u"size"_s), &sizeError);
    if (!size)
        return context.usageError(sizeError);
    double scale = 0;
    if (parser.isSet(u"scale"_s)) {
        bool ok = false;
        scale = parser.value(u"scale"_s).toDouble(&ok);
        if (!ok || !(scale >= 1 && scale <= 4))
            return context.usageError(
                tr("scale '%1' is not a number from 1 to 4").arg(parser.value(u"scale"_s)));
    }

    const auto catalog = context.loadCatalog();
    if (!catalog)
        return Cli::kExitFailure;
    QVector<const Chip*> chips = context.filteredChips(*catalog);
    if (parser.isSet(u"chips"_s)) {
        QStringList ids;
        for (const auto& value : parser.values(u"chips"_s))
            ids += value.split(u',', Qt::SkipEmptyParts);
        if (ids.isEmpty())
            return context.usageError(tr("--chips lists no chip ids; give them comma-separated"));
        QVector<const Chip*> chosen;
        for (auto id : ids) {
            id = id.trimmed();
            const Chip* chip = catalog->chip(id);
            if (!chip)
                return context.usageError(tr("unknown chip id '%1'; see 'chipcompare list'").arg(id));
            if (chips.contains(chip) && !chosen.contains(chip))
                chosen.append(chip);
        }
        chips = chosen;
    }
    if (chips.isEmpty())
        return context.failure(tr("no chips match the filters; nothing to draw"));

    const ChartData data = ChartDataBuilder::build(*catalog, chips, request);
    // A scatter or timeline without one point would be an empty frame: say why instead.
    if (data.isPointChart() && data.items.isEmpty())
        return context.failure(request.kind == ChartRequest::Kind::Timeline
                ? tr("no chip has both a year and a %1 value; nothing to draw").arg(request.y->key)
                : tr("no chip has both a %1 and a %2 value; nothing to draw")
                      .arg(request.x->key, request.y->key));
    QString error;
    if (!ChartExport::exportToFile(data, out, *size, scale, &error))
        return context.failure(error);
    return Cli::kExitOk;
}
