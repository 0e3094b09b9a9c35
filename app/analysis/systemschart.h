#pragma once

#include "chartdata.h"
#include "core/catalog.h"

#include <QList>
#include <QString>

// A bar chart of one figure of the catalog's systems (racks and supernodes): the same picture,
// palette and exports as the chips' charts (ChartBuilder draws any ChartData). A figure the catalog
// does not give for a system is the chip's × the number of chips (Systems::figure), marked "≈" on
// its bar and said so in the footnote.
namespace SystemsChart {

struct Choice
{
    QString key; // a numeric column of `chipcompare systems`: "bf16_pflops", "power_kw", ...
    QString label; // its header, with the unit: "BF16 dense (PFLOPS)"
};
QList<Choice> choices(); // every numeric figure, per system and per watt

ChartData build(const Catalog& catalog, const QVector<const ChipSystem*>& systems, const QString& key);

} // namespace SystemsChart
