#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

// A government rule on exporting AI chips, kept in the catalog as data (its "rules" section), so
// that a later rule is one more entry there, not code. A rule covers the chips it names, and the
// chips of the listed countries whose figures pass every threshold it gives.
struct ExportRule
{
    QString id; // "us-2026-01-case-by-case"
    QString title; // what it is, for people
    QDate date; // in force from
    QString outcome; // "licence required", "case-by-case review", "refused", ...
    QString sourceId;
    QStringList chips; // chip ids the rule names
    QStringList countries; // the chips' countries its thresholds apply to ("US"); empty: any
    // Thresholds in canonical units; each one given must hold. TPP as in ECCN 3A090.
    std::optional<double> tppAtLeast;
    std::optional<double> tppBelow;
    std::optional<double> memoryBandwidthBelow; // GB/s
    QString note;

    bool hasThresholds() const { return tppAtLeast || tppBelow || memoryBandwidthBelow; }
};
