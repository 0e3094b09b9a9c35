#pragma once

#include <QColor>
#include <QString>

// The colours of VendorSlots: colour-blind-safe hues first (Okabe–Ito, then Paul Tol's muted
// scheme), then further distinct hues; grey for "Other".
namespace VendorPalette {
QColor colour(int slot, bool dark = false); // VendorSlots::kOther gives the "Other" grey
int size(); // == VendorSlots::kSlotCount
}
