#include "comparison.h"
#include "core/chipfields.h"
#include "core/numberformat.h"

#include "derivedmetrics.h"
#include "metrics.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Comparison", text);
}

ComparisonAttribute metricRow(const QString& group, const QString& key)
{
    const Metric* metric = Metrics::find(key);
    Q_ASSERT(metric);
    return { group, metric->csvKey,
        metric->unit.isEmpty() ? metric->label : metric->label + u" ("_s + metric->unit + u')', metric, {},
        {} };
}

ComparisonAttribute textRow(const QString& group, const QString& key, const QString& label,
    std::function<QString(const Chip&)> text, std::function<QString(const Chip&)> machineText = {})
{
    return { group, key, label, nullptr, std::move(text), std::move(machineText) };
}

// A schema field's row: the value as the catalog holds it (a choice's key).
ComparisonAttribute fieldRow(const QString& group, const ChipField& field)
{
    return textRow(group, field.key, field.labelText(), [&field](const Chip& c) {
        const QString value = field.value(c);
        return value.isEmpty() ? field.unknownKey : value;
    });
}

// The schema's text fields of one compare group, in display order.
QList<ComparisonAttribute> fieldRows(ChipField::CompareGroup group, const QString& label)
{
    QList<const ChipField*> fields;
    for (const auto& field : ChipFields::all()) {
        if (field.compare == group)
            fields.append(&field);
    }
    std::stable_sort(fields.begin(), fields.end(),
        [](const ChipField* a, const ChipField* b) { return a->displayOrder < b->displayOrder; });
    QList<ComparisonAttribute> rows;
    for (const ChipField* field : fields)
        rows.append(fieldRow(label, *field));
    return rows;
}

QString frameworksText(const Chip& chip)
{
    QStringList parts;
    for (const auto& entry : chip.ecosystem) {
        if (entry.support != SupportLevel::Native && entry.support != SupportLevel::Plugin)
            continue;
        parts.append(entry.via.isEmpty() ? entry.name.toString() : entry.name + u" ("_s + entry.via + u')');
    }
    return parts.join(u", "_s);
}

QString lowestConfidence(const Chip& chip)
{
    std::optional<Confidence> lowest;
    for (const auto& value : chip.specs) {
        if (!lowest || int(value.primary.confidence) > int(*lowest))
            lowest = value.primary.confidence;
    }
    return lowest ? confidenceKey(*lowest) : QString();
}

// Fields where sources disagree: labels for people, catalog keys for scripts.
QString disagreements(const Chip& chip, bool keys)
{
    QStringList fields;
    for (const auto& info : specFields()) {
        const auto& value = chip.spec(info.field);
        if (value && value->sourcesDisagree())
            fields.append(keys ? info.jsonKey : specFieldLabel(info.field));
    }
    if (fields.isEmpty())
        return keys ? u"none"_s : tr("none");
    return fields.join(u", "_s);
}

// Numeric rows come from the metric table, group by group, so that a new metric is one row there;
// the text attributes of each group follow its numbers.
QVector<ComparisonAttribute> buildAttributes()
{
    const QString ecosystem = tr("Ecosystem");
    const QString provenance = tr("Provenance");
    // Text rows follow the numbers of their group.
    QMultiHash<Metric::Group, ComparisonAttribute> textRows;
    const QString memory = Metrics::groupLabel(Metric::Group::Memory);
    for (auto& row : fieldRows(ChipField::CompareGroup::Memory, memory))
        textRows.insert(Metric::Group::Memory, row);
    textRows.insert(Metric::Group::Compute,
        textRow(Metrics::groupLabel(Metric::Group::Compute), u"eccn_3a090_estimate"_s,
            tr("3A090 band (estimate)"),
            [](const Chip& c) { return Derived::eccnBandKey(Derived::eccnBand(c)); }));

    QVector<ComparisonAttribute> rows;
    for (const auto group : { Metric::Group::Memory, Metric::Group::Compute, Metric::Group::Power,
             Metric::Group::Cost, Metric::Group::Silicon }) {
        for (const auto& metric : Metrics::all()) {
            if (metric.group == group)
                rows.append(metricRow(Metrics::groupLabel(group), metric.key));
        }
        // QMultiHash hands back the latest insertion first.
        QList<ComparisonAttribute> text = textRows.values(group);
        std::reverse(text.begin(), text.end());
        rows += text;
    }
    rows += fieldRows(ChipField::CompareGroup::Ecosystem, ecosystem);
    rows.append(textRow(ecosystem, u"frameworks"_s, tr("Frameworks and engines"), frameworksText));
    rows += fieldRows(ChipField::CompareGroup::Provenance, provenance);
    rows += {
        textRow(provenance, u"lowest_confidence"_s, tr("Lowest confidence of its numbers"), lowestConfidence),
        textRow(
            provenance, u"disagreements"_s, tr("Fields where sources disagree"),
            [](const Chip& c) { return disagreements(c, false); },
            [](const Chip& c) { return disagreements(c, true); }),
    };
    return rows;
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

const QVector<ComparisonAttribute>& Comparison::attributes()
{
    static const QVector<ComparisonAttribute> list = buildAttributes();
    return list;
}

QString ComparisonCell::marks() const
{
    return QString(lowConfidence ? u"*"_s : QString()) + (disagreement ? u"†"_s : QString());
}

QString Comparison::ratioText(double ratio)
{
    return NumberFormat::formatNumber(ratio, true, 3) + u"×"_s;
}

namespace {

constexpr int kMostDigits = 8; // past this, differences are float noise and shown as equal

// The fewest significant digits (from the usual four) at which values that differ also read
// differently, so that no row shows a "winner" between two equal-looking numbers.
int digitsToTellApart(const QVector<ComparisonCell>& cells)
{
    for (int digits = NumberFormat::kDisplayDigits; digits < kMostDigits; ++digits) {
        bool clash = false;
        for (int a = 0; a < cells.size() && !clash; ++a) {
            for (int b = a + 1; b < cells.size() && !clash; ++b) {
                if (cells[a].number && cells[b].number && !nearlyEqual(*cells[a].number, *cells[b].number))
                    clash = NumberFormat::formatNumber(*cells[a].number, true, digits)
                        == NumberFormat::formatNumber(*cells[b].number, true, digits);
            }
        }
        if (!clash)
            return digits;
    }
    return kMostDigits;
}

} // namespace

Comparison Comparison::build(const QVector<const Chip*>& chips, int baselineIndex)
{
    Comparison comparison;
    comparison.chips = chips;
    for (const Chip* chip : chips) {
        comparison.ids.append(chip->id);
        comparison.names.append(chip->displayShortName());
    }
    comparison.baseline = baselineIndex >= 0 && baselineIndex < chips.size() ? baselineIndex : -1;
    if (chips.isEmpty())
        return comparison; // nothing to compare: no rows
    for (const auto& attribute : attributes()) {
        ComparisonRow row;
        row.attribute = &attribute;
        row.numeric = attribute.metric != nullptr;
        for (const Chip* chip : chips) {
            ComparisonCell cell;
            if (attribute.metric) {
                cell.number = attribute.metric->value(*chip);
                cell.known = cell.number.has_value();
                cell.lowConfidence = attribute.metric->isBelowReported(*chip);
                cell.disagreement = attribute.metric->sourcesDisagree(*chip);
            } else {
                cell.text = attribute.text(*chip);
                cell.known = !cell.text.isEmpty();
                if (attribute.machineText)
                    cell.machineText = attribute.machineText(*chip);
            }
            row.cells.append(cell);
        }
        if (attribute.metric)
            comparison.finishNumericRow(row, attribute.metric->higherIsBetter);
        markAllEqual(row);
        comparison.rows.append(row);
    }
    return comparison;
}

void Comparison::finishNumericRow(ComparisonRow& row, bool higherIsBetter) const
{
    // Best and "equal" are decided on the numbers as displayed.
    const int digits = digitsToTellApart(row.cells);
    for (auto& cell : row.cells) {
        if (cell.number)
            cell.text = NumberFormat::formatNumber(*cell.number, true, digits);
    }
    auto shown = [digits](double value) { return NumberFormat::displayedValue(value, digits); };
    std::optional<double> best;
    int competing = 0;
    for (const auto& cell : row.cells) {
        if (!cell.number || cell.lowConfidence)
            continue;
        ++competing;
        const double value = shown(*cell.number);
        if (!best || (higherIsBetter ? value > *best : value < *best))
            best = value;
    }
    for (auto& cell : row.cells)
        cell.best = competing >= 2 && cell.number && !cell.lowConfidence && shown(*cell.number) == *best;
    if (baseline >= 0) {
        const auto base = row.cells[baseline].number;
        for (auto& cell : row.cells) {
            if (base && cell.number && *base != 0)
                cell.ratio = *cell.number / *base;
        }
    }
}

void Comparison::markAllEqual(ComparisonRow& row)
{
    row.allEqual = std::all_of(row.cells.begin(), row.cells.end(), [&](const ComparisonCell& cell) {
        const auto& first = row.cells.first();
        return cell.known == first.known && cell.text == first.text && cell.derived == first.derived;
    });
}

QVector<const ComparisonRow*> Comparison::visibleRows(bool differencesOnly) const
{
    QVector<const ComparisonRow*> result;
    for (const auto& row : rows) {
        if (!differencesOnly || !row.allEqual)
            result.append(&row);
    }
    return result;
}

DataTable Comparison::toMachineTable(bool differencesOnly) const
{
    DataTable table;
    table.keys.append(u"attribute"_s);
    table.keys += ids;
    table.headers = table.keys;
    for (const ComparisonRow* row : visibleRows(differencesOnly)) {
        QVector<DataCell> cells { DataCell::fromText(row->attribute->key) };
        for (const auto& cell : row->cells) {
            if (row->numeric)
                cells.append(DataCell::fromOptional(cell.number));
            else if (const ChipField* field = ChipFields::find(row->attribute->key);
                     field && field->kind == ChipField::Kind::Year && cell.known)
                cells.append(DataCell::fromInteger(cell.text.toInt()));
            else
                cells.append(DataCell::fromText(cell.machineText.isEmpty() ? cell.text : cell.machineText));
        }
        table.rows.append(cells);
        if (row->hasBasis) {
            QVector<DataCell> basis { DataCell::fromText(row->attribute->key + u"_basis"_s) };
            for (const auto& cell : row->cells)
                basis.append(cell.known ? DataCell::fromText(cell.derived ? u"derived"_s : u"sourced"_s)
                                        : DataCell::unknown());
            table.rows.append(basis);
        }
        if (baseline >= 0 && row->numeric) {
            QVector<DataCell> ratios { DataCell::fromText(row->attribute->key + u"_ratio"_s) };
            for (const auto& cell : row->cells)
                ratios.append(DataCell::fromOptional(cell.ratio));
            table.rows.append(ratios);
        }
    }
    return table;
}

DataTable Comparison::toHumanTable(bool differencesOnly, bool markBest) const
{
    DataTable table;
    table.keys = { u"group"_s, u"attribute"_s };
    table.headers = { tr("Group"), tr("Attribute") };
    for (int i = 0; i < ids.size(); ++i) {
        table.keys.append(ids[i]);
        table.headers.append(names.value(i) + (i == baseline ? tr(" (baseline)") : QString()));
    }
    for (const ComparisonRow* row : visibleRows(differencesOnly)) {
        QVector<DataCell> cells { DataCell::fromText(row->attribute->group),
            DataCell::fromText(row->attribute->label) };
        for (int i = 0; i < row->cells.size(); ++i) {
            const auto& cell = row->cells[i];
            if (!cell.known) {
                cells.append(DataCell::unknown());
                continue;
            }
            QString text = (cell.derived ? u"≈"_s : QString()) + cell.text + cell.marks();
            if (cell.ratio && i != baseline)
                text += u" ("_s + ratioText(*cell.ratio) + u')';
            if (cell.best)
                text = markBest ? QString(u"**"_s + text + u"**"_s) : QString(text + u" ★"_s);
            cells.append(DataCell::fromText(text));
        }
        table.rows.append(cells);
    }
    return table;
}
