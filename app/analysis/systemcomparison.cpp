// Comparison::buildSystems: racks and supernodes side by side, as `chipcompare compare` and the
// Compare page show chips. The figures are those of `chipcompare systems` (analysis/systems.h):
// sourced where the catalog gives them for the system, else the chip × N and marked derived.
#include "comparison.h"
#include "systems.h"

#include "core/catalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Comparison", text);
}

bool belowReported(const std::optional<Confidence>& confidence)
{
    return confidence && (*confidence == Confidence::Rumored || *confidence == Confidence::Estimate);
}

struct SystemRows
{
    QVector<ComparisonAttribute> what; // what the system is made of
    QVector<ComparisonAttribute> figures; // one per Systems::figureColumns(), then per watt
};

const SystemRows& systemRows()
{
    static const SystemRows rows = [] {
        SystemRows r;
        const QString system = tr("System");
        auto text = [&system](const QString& key, const QString& label) {
            return ComparisonAttribute { system, key, label, nullptr, {}, {}, true };
        };
        r.what = { text(u"name"_s, tr("Name")), text(u"vendor"_s, tr("Vendor")), text(u"year"_s, tr("Year")),
            text(u"status"_s, tr("Status")), text(u"chip"_s, tr("Chip")),
            text(u"chips_per_system"_s, tr("Chips per system")) };
        const QString figures = tr("Figures");
        for (const auto& column : Systems::figureColumns())
            r.figures.append({ figures, column.key, column.headerText(), nullptr, {}, {},
                column.field != SystemField::Power });
        r.figures.append({ figures, u"bf16_tflops_per_w"_s, tr("BF16 TFLOPS per W"), nullptr, {}, {}, true });
        return r;
    }();
    return rows;
}

ComparisonCell textCell(const QString& text, const QString& machine = {})
{
    ComparisonCell cell;
    cell.text = text;
    cell.machineText = machine;
    cell.known = !text.isEmpty();
    return cell;
}

} // namespace

Comparison Comparison::buildSystems(
    const Catalog& catalog, const QVector<const ChipSystem*>& systems, int baselineIndex)
{
    Comparison comparison;
    for (const ChipSystem* system : systems) {
        comparison.ids.append(system->id);
        comparison.names.append(system->name);
    }
    comparison.baseline = baselineIndex >= 0 && baselineIndex < systems.size() ? baselineIndex : -1;
    if (systems.isEmpty())
        return comparison;
    const SystemRows& attributes = systemRows();
    for (int a = 0; a < attributes.what.size(); ++a) {
        ComparisonRow row;
        row.attribute = &attributes.what[a];
        for (const ChipSystem* system : systems) {
            const Chip* chip = catalog.chip(system->chipId);
            switch (a) {
            case 0:
                row.cells.append(textCell(system->name));
                break;
            case 1:
                row.cells.append(textCell(system->vendor.toString()));
                break;
            case 2:
                row.cells.append(textCell(system->year ? QString::number(*system->year) : QString()));
                break;
            case 3:
                row.cells.append(textCell(chipStatusKey(system->status)));
                break;
            case 4: // people read the chip's name, scripts its id
                row.cells.append(textCell(chip ? chip->displayShortName() : system->chipId, system->chipId));
                break;
            default:
                row.cells.append(textCell(QString::number(system->chipsPerSystem)));
            }
        }
        markAllEqual(row);
        comparison.rows.append(row);
    }
    const auto& columns = Systems::figureColumns();
    for (int f = 0; f < attributes.figures.size(); ++f) {
        ComparisonRow row;
        row.attribute = &attributes.figures[f];
        row.numeric = true;
        row.hasBasis = f < columns.size();
        for (const ChipSystem* system : systems) {
            ComparisonCell cell;
            if (f < columns.size()) {
                const Systems::Figure figure = Systems::figure(catalog, *system, columns[f].field);
                if (figure.value)
                    cell.number = *figure.value / columns[f].scale;
                cell.derived = figure.derived;
                cell.lowConfidence = belowReported(figure.confidence);
            } else {
                // Per watt: derived when its compute is; as sure as the less sure of the two.
                cell.number = Systems::bf16TflopsPerWatt(catalog, *system);
                const auto compute = Systems::figure(catalog, *system, SystemField::Bf16Dense);
                const auto power = Systems::figure(catalog, *system, SystemField::Power);
                cell.derived = compute.derived;
                cell.lowConfidence = belowReported(compute.confidence) || belowReported(power.confidence);
            }
            cell.known = cell.number.has_value();
            row.cells.append(cell);
        }
        comparison.finishNumericRow(row, row.attribute->higherIsBetter);
        markAllEqual(row);
        comparison.rows.append(row);
    }
    return comparison;
}
