#pragma once

// Two attributes ChipCompare does not have, each declared as one schema row and nothing else: no
// Chip member, no reader, writer, model or widget code. tst_schemaextension and the extended run of
// tst_chipschema add them before anything reads the schema, and then find them in every consumer.

#include "core/chipfields.h"

inline const QString kPackagingKey = QStringLiteral("packaging");
inline const QString kScaleOutKey = QStringLiteral("scale_out_bandwidth");
inline const QString kScaleOutMetric = QStringLiteral("scale-out-gbs");
inline const QString kScaleOutColumn = QStringLiteral("scale_out_gbs");

inline void addSchemaExtension()
{
    // A text field: how the dies are packaged (CoWoS-L, SoIC, ...).
    ChipField packaging;
    packaging.key = kPackagingKey;
    packaging.label = "Packaging";
    packaging.kind = ChipField::Kind::Text;
    packaging.column = ChipField::Column::Last; // `list` columns scripts read today keep their places
    packaging.compare = ChipField::CompareGroup::Provenance;
    packaging.displayOrder = 15;
    packaging.editable = true;
    packaging.searchable = true;
    packaging.importSpellings = { QStringLiteral("packaging"), QStringLiteral("package") };

    // A sourced number: scale-out (network) bandwidth, apart from the scale-up interconnect.
    ChipField scaleOut;
    scaleOut.key = kScaleOutKey;
    scaleOut.kind = ChipField::Kind::Number;
    scaleOut.number.label = "Scale-out bandwidth";
    scaleOut.number.dimension = Dimension::DataRate;
    scaleOut.number.plausibleMin = 1e-3;
    scaleOut.number.plausibleMax = 1e5;
    scaleOut.number.metricKey = kScaleOutMetric;
    scaleOut.number.csvKey = kScaleOutColumn;
    scaleOut.number.group = MetricGroup::Memory;
    scaleOut.number.metricOrder = 25;
    scaleOut.number.sinceVersion = 3; // after every column a script reads today

    ChipFields::extend({ packaging, scaleOut });
}
