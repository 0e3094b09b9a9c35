#include "systemschart.h"

#include "core/numberformat.h"
#include "systems.h"
#include "vendorslots.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SystemsChart", text);
}

// The numeric columns of Systems::table: every one whose next column is not its basis is a figure
// without one (per watt); the basis columns themselves and the identity columns are not figures.
bool isFigure(const DataTable& table, qsizetype column)
{
    const QString& key = table.keys[column];
    static const QStringList identity { u"id"_s, u"name"_s, u"vendor"_s, u"year"_s, u"status"_s, u"chip"_s,
        u"chips_per_system"_s };
    return !identity.contains(key) && !key.endsWith(u"_basis"_s);
}

} // namespace

namespace SystemsChart {

QList<Choice> choices()
{
    const DataTable header = Systems::table(Catalog(), {});
    QList<Choice> list;
    for (qsizetype c = 0; c < header.keys.size(); ++c) {
        if (isFigure(header, c))
            list.append({ header.keys[c], header.headers[c] });
    }
    return list;
}

ChartData build(const Catalog& catalog, const QVector<const ChipSystem*>& systems, const QString& key)
{
    const DataTable table = Systems::table(catalog, systems);
    const qsizetype column = table.keys.indexOf(key);
    const qsizetype basis = table.keys.indexOf(key + u"_basis"_s);
    ChartData data;
    data.request.kind = ChartRequest::Kind::Bar;
    if (column < 0)
        return data;
    data.title = table.headers[column];
    data.xAxisTitle = table.headers[column];
    const QHash<QString, int> vendorSlots = VendorSlots::assign(catalog);
    bool anyDerived = false;
    for (qsizetype row = 0; row < systems.size(); ++row) {
        const ChipSystem& system = *systems[row];
        const DataCell& cell = table.rows[row][column];
        if (cell.kind == DataCell::Kind::Unknown) {
            data.unknownLabels.append(system.name);
            data.unknownChipIds.append(system.id);
            continue;
        }
        const bool derived = basis >= 0 && table.rows[row][basis].text == u"derived"_s;
        anyDerived = anyDerived || derived;
        ChartItem item;
        item.chipId = system.id;
        item.label = system.name;
        item.vendor = system.vendor;
        item.colourSlot = VendorSlots::slotOf(vendorSlots, system.vendor);
        item.value = cell.number;
        item.marks = derived ? u"≈"_s : QString();
        item.valueText = NumberFormat::formatNumber(cell.number) + item.marks;
        item.tooltip = system.name + u"\n"_s + table.headers[column] + u": "_s + item.valueText
            + (derived ? u"\n"_s
                        + tr("worked out: the chip's figure × %1 chips (%2)")
                              .arg(system.chipsPerSystem)
                              .arg(system.chipId)
                       : QString());
        data.items.append(item);
        if (!data.vendors.contains(item.vendor))
            data.vendors.append(item.vendor);
    }
    std::stable_sort(data.items.begin(), data.items.end(),
        [](const ChartItem& a, const ChartItem& b) { return a.value > b.value; });
    QList<ChartData::LegendEntry> legend;
    QSet<int> seen;
    for (const auto& item : std::as_const(data.items)) {
        if (!seen.contains(item.colourSlot)) {
            seen.insert(item.colourSlot);
            legend.append({ item.vendor, item.colourSlot });
        }
    }
    data.legend = legend;
    QStringList notes {
        tr("ChipCompare catalog of %1: its systems.").arg(catalog.date.toString(Qt::ISODate))
    };
    if (anyDerived)
        notes.append(tr("≈ not given for the system: the chip's figure × the number of chips."));
    if (!data.unknownLabels.isEmpty())
        notes.append(tr("n/a (no value): %1.").arg(data.unknownLabels.join(u", "_s)));
    data.footnote = notes.join(u' ');
    return data;
}

} // namespace SystemsChart
