#pragma once

// Catalogs shaped like real merged datasets (../shared/design/real-data.md), built in memory:
// repeated names, twenty-plus vendors, values over seven decades, date-ordered files.

#include "core/catalog.h"

#include <QString>
#include <initializer_list>
#include <utility>

namespace CatalogFactory {

inline SpecValue number(double canonical, Confidence confidence = Confidence::Reported,
    const QString& sourceId = QStringLiteral("test-source"))
{
    SourcedNumber n;
    n.value = canonical;
    n.canonical = canonical;
    n.sourceId = sourceId;
    n.confidence = confidence;
    return SpecValue { n, {} };
}

inline Chip chip(const QString& id, const QString& name, const QString& vendor,
    std::initializer_list<std::pair<SpecField, double>> values, Confidence confidence = Confidence::Reported)
{
    Chip c;
    c.id = id;
    c.name = name;
    c.vendor = vendor;
    for (const auto& [field, value] : values) {
        c.setSpec(field, number(value, confidence));
        c.spec(field)->primary.unit = Units::canonicalUnit(specFieldInfo(field).dimension);
    }
    return c;
}

inline Catalog catalogOf(QVector<Chip> chips)
{
    Catalog catalog;
    catalog.date = QDate(2026, 11, 1);
    catalog.sources.append({ QStringLiteral("test-source"), QStringLiteral("Test table"), {}, {}, {},
        SourceKind::Database, {} });
    catalog.chips = std::move(chips);
    return catalog;
}

inline QVector<const Chip*> pointers(const Catalog& catalog)
{
    QVector<const Chip*> result;
    for (const auto& c : catalog.chips)
        result.append(&c);
    return result;
}

// `count` chips in release order over `vendors` vendors ("Vendor 00" ...): memory and bandwidth
// grow with the index (the newest chips are the largest), names repeat every 7 chips.
inline Catalog dateOrdered(int count, int vendors)
{
    QVector<Chip> chips;
    chips.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString vendor = QStringLiteral("Vendor %1").arg(i % vendors, 2, 10, QLatin1Char('0'));
        const double memory = 0.000032 * std::pow(10.0, 7.0 * i / std::max(1, count - 1)); // 32 KB .. 320 GB
        chips.append(chip(QStringLiteral("chip-%1").arg(i), QStringLiteral("Board %1").arg(i / 7), vendor,
            { { SpecField::MemoryCapacity, memory }, { SpecField::MemoryBandwidth, 1.0 + i } }));
    }
    return catalogOf(chips);
}

} // namespace CatalogFactory
