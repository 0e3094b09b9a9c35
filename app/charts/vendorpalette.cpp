#include "vendorpalette.h"

#include <QHash>
#include <array>

using namespace Qt::StringLiterals;

namespace VendorPalette {

QColor colour(const QString& vendor, bool dark)
{
    static const QHash<QString, QColor> known {
        { u"nvidia"_s, QColor(0x5f, 0x9e, 0x00) }, // NVIDIA green, darkened for contrast on white
        { u"huawei"_s, QColor(0xd6, 0x27, 0x28) }, // red
        { u"alibaba (t-head)"_s, QColor(0xff, 0x7f, 0x0e) }, // orange
        { u"cambricon"_s, QColor(0x1f, 0x77, 0xb4) }, // blue
        { u"enflame"_s, QColor(0x94, 0x67, 0xbd) }, // purple
        { u"metax"_s, QColor(0x17, 0xa2, 0xb8) }, // teal
    };
    static constexpr std::array<QRgb, 6> fallback { 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x393b79,
        0xad494a };
    QColor colour = known.value(vendor.toLower());
    if (!colour.isValid())
        colour = QColor(fallback[qHash(vendor.toLower(), 0) % fallback.size()]);
    // On a dark background the same hue, a little lighter, keeps the contrast.
    return dark ? colour.lighter(125) : colour;
}

} // namespace VendorPalette
