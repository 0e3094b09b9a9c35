#include "vendorslots.h"

#include "core/catalog.h"

#include <QVector>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace VendorSlots {

namespace {

// The colours people know these vendors by (NVIDIA green, Huawei red, ...), in palette slotOfVendor.
struct KnownVendor
{
    const char16_t* name; // lower case
    int slot;
};
constexpr std::array kKnown {
    KnownVendor { u"alibaba (t-head)", 0 },
    KnownVendor { u"metax", 1 },
    KnownVendor { u"nvidia", 2 },
    KnownVendor { u"cambricon", 3 },
    KnownVendor { u"huawei", 4 },
    KnownVendor { u"enflame", 5 },
};

} // namespace

QHash<QString, int> assign(const Catalog& catalog)
{
    QHash<QString, int> counts;
    for (const auto& chip : catalog.chips) {
        const QString key = chip.vendor.toLower();
        ++counts[key];
    }
    QHash<QString, int> slotOfVendor;
    std::array<bool, kSlotCount> taken {};
    for (const auto& known : kKnown) {
        const QString key = QString::fromUtf16(known.name);
        if (counts.contains(key)) {
            slotOfVendor.insert(key, known.slot);
            taken[known.slot] = true;
        }
    }
    QVector<QString> rest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!slotOfVendor.contains(it.key()))
            rest.append(it.key());
    }
    std::sort(rest.begin(), rest.end(), [&counts](const QString& a, const QString& b) {
        const int ca = counts.value(a);
        const int cb = counts.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    int next = 0;
    for (const QString& vendor : std::as_const(rest)) {
        while (next < kSlotCount && taken[next])
            ++next;
        if (next >= kSlotCount) {
            slotOfVendor.insert(vendor, kOther);
            continue;
        }
        slotOfVendor.insert(vendor, next);
        taken[next] = true;
    }
    return slotOfVendor;
}

int slotOf(const QHash<QString, int>& slotOfVendor, const QString& vendor)
{
    return slotOfVendor.value(vendor.toLower(), kOther);
}

} // namespace VendorSlots
