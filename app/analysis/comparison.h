#pragma once

#include "core/chip.h"
#include "core/datatable.h"

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

class Catalog;
struct ChipSystem;
struct Metric;

// One row of a side-by-side comparison: a metric (numeric, with a best value) or a text attribute.
struct ComparisonAttribute
{
    QString group; // Memory, Compute, Power, Ecosystem, Provenance (translated)
    QString key; // the same keys as `chipcompare list`, e.g. "memory_gb"
    QString label;
    const Metric* metric = nullptr; // numeric rows
    std::function<QString(const Chip&)> text; // text rows, for people
    std::function<QString(const Chip&)> machineText; // text rows in CSV/JSON, when it differs
    bool higherIsBetter = true; // numeric rows without a chip metric (a system's figures)
};

struct ComparisonCell
{
    std::optional<double> number; // numeric rows
    QString text; // text rows, or the formatted number
    bool known = false;
    // The best value of its row (ties on the displayed value share it). Only official or
    // reported values compete: a rumored number never wins.
    bool best = false;
    bool lowConfidence = false; // rumored or estimate, or derived from such a value: marked "*"
    bool disagreement = false; // sources disagree on it (or on an input): marked "†"
    std::optional<double> ratio; // value / baseline's value
    // A system's figure worked out from its chip × the number of chips: "≈" for people, and a
    // "derived" basis for scripts.
    bool derived = false;
    QString machineText; // CSV/JSON text when it differs from `text`
    QString marks() const; // "*", "†", "*†" or empty, as in charts
};

struct ComparisonRow
{
    const ComparisonAttribute* attribute = nullptr;
    QVector<ComparisonCell> cells; // one per chip
    bool numeric = false; // best and ratios apply
    bool hasBasis = false; // a system figure: CSV/JSON add a "KEY_basis" row (sourced or derived)
    bool allEqual = false; // hidden by "differences only"
};

// Chips side by side: which is best on each metric (higher or lower, per metric; unknowns never
// count), and every value as a ratio to a chosen baseline chip.
class Comparison
{
public:
    static const QVector<ComparisonAttribute>& attributes();
    static Comparison build(const QVector<const Chip*>& chips, int baselineIndex = -1);
    // Systems side by side (analysis/systemcomparison.cpp): what each is made of, then its figures
    // (sourced, or the chip × N marked derived) and BF16 TFLOPS per W.
    static Comparison buildSystems(
        const Catalog& catalog, const QVector<const ChipSystem*>& systems, int baselineIndex = -1);

    QVector<const Chip*> chips; // empty for a comparison of systems
    QStringList ids; // one per column, chips' or systems'
    QStringList names; // column headers for people
    int baseline = -1;
    QVector<ComparisonRow> rows;

    QVector<const ComparisonRow*> visibleRows(bool differencesOnly) const;
    // Machine form: header `attribute,<id>,<id>,...`, one row per attribute key; with a baseline,
    // `<key>_ratio` rows follow the numeric rows.
    DataTable toMachineTable(bool differencesOnly) const;
    // Human form: group, attribute (with unit) and chip names; "4,000 (1.19×)" cells; best in bold
    // when `markBest` (Markdown).
    DataTable toHumanTable(bool differencesOnly, bool markBest) const;
    static QString ratioText(double ratio); // "1.19×", "0.0012×"

private:
    // Formats a numeric row's cells, marks its best and gives each its ratio to the baseline.
    void finishNumericRow(ComparisonRow& row, bool higherIsBetter) const;
    static void markAllEqual(ComparisonRow& row);
};
