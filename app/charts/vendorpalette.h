#pragma once

#include <QColor>
#include <QString>

// One colour per vendor, the same in every chart, legend and export. Known vendors get fixed
// colours; others a stable colour from their name.
namespace VendorPalette {
QColor colour(const QString& vendor, bool dark = false);
}
