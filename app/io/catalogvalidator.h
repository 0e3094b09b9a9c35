#pragma once

#include "catalogreader.h"
#include "catalogsplit.h"
#include "core/catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace simdjson::dom {
class element;
}

// What is wrong with a catalog, by JSON path; CatalogReader turns paths into FILE:LINE:COL.
struct CatalogFinding
{
    QStringList path;
    QString chipId;
    QString field;
    QString message;
};

struct CatalogValidation
{
    Catalog catalog; // complete only when `problems` is empty
    QList<CatalogFinding> problems;
    QList<CatalogFinding> warnings;
    bool cancelled = false;
    // An object repeats a key, or a value nests deeper than the format allows minus one: the
    // reader then lets JsonLocator, which knows positions, say what and where.
    bool structureSuspect = false;
    // A chip's own text did not parse on its own (a number beyond simdjson's range, say): the
    // reader parses the whole text instead. Only with a CatalogSplit.
    bool chipTextRefused = false;
};

// True for ids of the form the format asks: lowercase letters, digits and single inner hyphens.
bool isChipId(QStringView id);

// Checks a parsed catalog against the format (see the README's "Catalog format") and builds its
// chips. `root` must be a JSON object. Every object of a valid catalog is looked at, so repeated keys
// and deep nesting are noticed (structureSuspect) whenever nothing else is wrong. Progress runs from
// 35 to 100. Large catalogs are read by several threads; `progress` is called from this one only.
// With `split`, `root` is its header and the chips are parsed from their own texts, one at a time.
CatalogValidation validateCatalog(simdjson::dom::element root, const QList<Source>& knownSources,
    const CatalogReader::Progress& progress, const CatalogSplit* split = nullptr);
