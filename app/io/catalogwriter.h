#pragma once

#include "core/catalog.h"

#include <QByteArray>
#include <QString>

// Writes a catalog as format-2 JSON: keys in a fixed, logical order (the order of the README's
// example), two-space indentation, each value as its source printed it, "x-" keys kept. What
// CatalogReader reads from it equals what was written.
namespace CatalogWriter {
QByteArray toJson(const Catalog& catalog);
// Through QSaveFile: on failure the previous file stays and `error` names the file and reason.
bool writeFile(const Catalog& catalog, const QString& path, QString* error);
}
