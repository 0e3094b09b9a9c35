#pragma once

#include "core/catalog.h"

#include <QString>

struct Metric;

// Rich-text explanations of where a number comes from, for tooltips and the details panel.
namespace ProvenanceText {

// "Title (Publisher) [press]": every mention of a source says what kind it is (and its reliability
// note, where it has one).
QString sourceLabel(const Catalog& catalog, const QString& sourceId);
QString sourceLink(
    const Catalog& catalog, const QString& sourceId); // <a href=url>Title</a> (Publisher) [press]
// "3,350 GB/s (as printed: 3.35 TB/s)"
QString valueText(const SourcedNumber& number, const QString& canonicalUnit);
// For a derived metric: its value, formula, and each input with its source.
QString derivedExplanation(const Catalog& catalog, const Chip& chip, const Metric& metric);
QString metricTooltip(const Catalog& catalog, const Chip& chip, const Metric& metric);
// "from mine.json": the file a chip's field came from, in a catalog merged from several; "" when
// the catalog is one file's.
QString originText(const Catalog& catalog, const QString& chipId, const QString& fieldKey);

} // namespace ProvenanceText
