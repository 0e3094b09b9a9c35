#pragma once

#include "chip.h"
#include "chipsystem.h"
#include "exportrule.h"
#include "source.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QVector>
#include <optional>

// How a later catalog's chip joins an earlier chip of the same id (`--merge`, File → Merge policy).
enum class MergePolicy {
    FieldByField, // "field": the later value wins field by field; fields it lacks keep the earlier one
    Replace, // "replace": the later chip replaces the earlier one whole
    Fill, // "fill": the later chip only fills the fields the earlier one leaves unknown
};
QString mergePolicyKey(MergePolicy policy); // "field", "replace", "fill"
std::optional<MergePolicy> mergePolicyFromKey(const QString& key);
QString mergePolicyLabel(MergePolicy policy); // translated

// A field two merged catalogs both knew, with different values.
struct MergeOverride
{
    QString chipId;
    QString field; // a ChipField key
    QString earlier; // the values as text, with their units
    QString later;
    bool laterWon = true; // false under MergePolicy::Fill, which keeps the earlier value
};

// A set of chips and the sources their numbers come from.
class Catalog
{
public:
    static QString formatTag(); // "chipcompare-catalog"
    // Version 2 adds source kinds and reliability notes; version 1 files still load.
    static constexpr int kFormatVersion = 2;
    static constexpr int kOldestFormatVersion = 1;

    QDate date;
    QList<Source> sources;
    QList<ExportRule> rules; // see exportrule.h; later in the list is not later in force: see date
    QVector<Chip> chips;
    QList<ChipSystem> systems; // racks and supernodes of the catalog's chips (chipsystem.h)

    const Source* source(const QString& id) const;
    const Chip* chip(const QString& id) const;
    const ChipSystem* system(const QString& id) const;
    int indexOfChip(const QString& id) const;
    // Sorted, de-duplicated vendor names and memory types, for filter menus.
    QStringList vendors() const;
    QStringList memoryTypes() const;

    // `overlay`'s chips join ours with the same id as `policy` says, and the rest are appended; its
    // sources join ours (same id: overlay wins). The catalog date becomes the newer of the two. A
    // number the merge sets aside (ours, or under Fill the overlay's) stays as an alternative where
    // it differs, so it stays visible; the chip's id joins `overridden`, and every field both knew
    // with different values is listed in `overrides`. See catalogmerge.cpp.
    Catalog mergedWith(const Catalog& overlay, MergePolicy policy = MergePolicy::FieldByField) const;
    QStringList overridden; // ids of chips a later catalog merged into, in merge order
    QList<MergeOverride> overrides; // in merge order
    MergePolicy policy = MergePolicy::FieldByField; // of the last merge

    // Where the values came from: the files this catalog was made of, the first the one every
    // value comes from unless `fieldOrigins` says otherwise (empty for a catalog of one unnamed
    // file). The reader names a catalog after its file.
    QStringList origins;
    // chip id -> (field key -> index in `origins`); the key "" stands for every field of a chip a
    // later file added or replaced whole. Only chips whose values did not all come from
    // origins[0] are here.
    QHash<QString, QHash<QString, int>> fieldOrigins;
    QString originOf(const QString& chipId, const QString& fieldKey) const; // "" when unnamed
};

// A catalog as the window's pages hold it: never changed once made. An edit makes a new snapshot;
// a page that keeps chip pointers keeps the snapshot they point into, so they cannot dangle.
using CatalogSnapshot = QSharedPointer<const Catalog>;
