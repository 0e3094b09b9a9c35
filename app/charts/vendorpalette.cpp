#include "vendorpalette.h"

#include "analysis/vendorslots.h"

#include <array>

namespace VendorPalette {

namespace {
// Slots 0-5 are the customary colours of the six vendors of the built-in catalog (see
// VendorSlots): Alibaba orange, MetaX sky blue, NVIDIA green, Cambricon blue, Huawei vermillion,
// Enflame purple.
constexpr std::array<QRgb, VendorSlots::kSlotCount> kColours {
    0xE69F00,
    0x56B4E9,
    0x009E73,
    0x0072B2,
    0xD55E00,
    0xCC79A7, // Okabe–Ito
    0x332288,
    0x117733,
    0x882255,
    0xDDCC77,
    0x44AA99,
    0xAA4499,
    0x999933,
    0xCC6677, // Tol muted
    0x8C564B,
    0xF0E442,
    0x5254A3,
    0xBCBD22,
    0xE7298A,
    0xB15928,
    0x17BECF,
    0x637939,
    0x7B4173,
    0xFF9DA7,
};
constexpr QRgb kOtherGrey = 0x9E9E9E;
} // namespace

QColor colour(int slot, bool dark)
{
    const QColor colour(slot >= 0 && slot < int(kColours.size()) ? kColours[slot] : kOtherGrey);
    // On a dark background the same hue, a little lighter, keeps the contrast.
    return dark ? colour.lighter(125) : colour;
}

int size()
{
    return int(kColours.size());
}

} // namespace VendorPalette
