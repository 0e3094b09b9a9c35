#pragma once

#include "chip.h"
#include "source.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QVector>

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
    QVector<Chip> chips;

    const Source* source(const QString& id) const;
    const Chip* chip(const QString& id) const;
    int indexOfChip(const QString& id) const;
    // Sorted, de-duplicated vendor names and memory types, for filter menus.
    QStringList vendors() const;
    QStringList memoryTypes() const;

    // `overlay`'s chips replace ours with the same id and the rest are appended; its sources
    // join ours (same id: overlay wins). The catalog date becomes the newer of the two. A replaced
    // chip keeps our values as alternatives where they differ, so they stay visible, and its id
    // joins `overridden`.
    Catalog mergedWith(const Catalog& overlay) const;
    QStringList overridden; // ids of chips a merged catalog replaced, in merge order
};

// A catalog as the window's pages hold it: never changed once made. An edit makes a new snapshot;
// a page that keeps chip pointers keeps the snapshot they point into, so they cannot dangle.
using CatalogSnapshot = QSharedPointer<const Catalog>;
