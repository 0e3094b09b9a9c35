#pragma once

#include <QHash>
#include <QString>

class Catalog;

// Which palette colour each vendor gets. Decided once per catalog, not per chart, so a vendor has
// the same colour in every chart, legend and export, and no two vendors of a catalog share one
// while there are colours left. Known vendors keep their customary slots; the others are ranked by
// chip count (then name) into the free ones. Vendors past the palette are drawn as "Other".
namespace VendorSlots {

constexpr int kSlotCount = 24; // the palette's colours; VendorPalette has exactly this many
constexpr int kOther = -1; // the slot of vendors beyond the palette

// Keyed by lower-case vendor name.
QHash<QString, int> assign(const Catalog& catalog);
int slotOf(const QHash<QString, int>& vendorSlots, const QString& vendor);

} // namespace VendorSlots
