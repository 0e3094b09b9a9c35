#pragma once

#include "confidence.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One number as one source printed it, plus that number in the canonical unit of its dimension.
struct SourcedNumber
{
    double value = 0.0; // as printed by the source, in `unit`
    QString unit; // as printed by the source, e.g. "TB/s" or "Tb/s"
    double canonical = 0.0; // `value` converted by Units::toCanonical
    QString sourceId;
    Confidence confidence = Confidence::Reported;
    QString note; // why this source differs, which variant it describes, ...
    QJsonObject extra; // "x-" keys of the number object, kept verbatim
};

// A catalog number: the value we show, and what other sources say when they disagree.
// An unknown number is not a SpecValue at all (std::nullopt in Chip), never zero.
struct SpecValue
{
    SourcedNumber primary;
    QList<SourcedNumber> alternatives;

    double canonical() const { return primary.canonical; }
    // True when another source gives a different number (after unit conversion).
    bool sourcesDisagree() const;
};
