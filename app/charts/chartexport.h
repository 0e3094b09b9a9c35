#pragma once

#include "analysis/chartdata.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

// Renders charts off screen into pictures: PNG (exact pixel size, byte-identical for identical
// input), SVG (QSvgGenerator: text stays text) and PDF (QPdfWriter: one vector page).
namespace ChartExport {

enum class Format { Png, Svg, Pdf };
std::optional<Format> formatForPath(const QString& path); // from the extension, case-insensitive

// How many device pixels per layout pixel: big pictures get proportionally bigger text, and a
// crowded chart in a small picture gets smaller text rather than hidden or overlapping labels.
double automaticScale(QSize pixelSize, const ChartData& data);
constexpr double kMinimumScale = 0.5; // text below half its normal size is not readable
// The bars that fit `layoutSize` without overlapping (all of them, when they fit).
ChartData fitToSize(const ChartData& data, QSizeF layoutSize);

// `scale` <= 0 means automaticScale(pixelSize).
QImage renderImage(const ChartData& data, QSize pixelSize, double scale = 0);
// Writes through QSaveFile: on failure nothing (not even a partial file) is left at `path`.
bool exportToFile(const ChartData& data, const QString& path, QSize pixelSize, double scale, QString* error);

} // namespace ChartExport
