#pragma once

#include "core/catalog.h"

#include <QHash>
#include <QString>
#include <optional>

// `--map-ids FILE`: which chip of a later catalog is which chip of an earlier one, when their ids
// differ ("h100-sxm5-80gb" of an Epoch import is the built-in "nvidia-h100-sxm"). The file has one
// pair of ids a line, in either order: a comma, a tab or spaces between, and in a comma- or
// tab-separated line anything after the second column is ignored; a header line such as
// "left_id,right_id" and lines starting with # are skipped. So `chipcompare match --format csv`
// is such a file as it is, and so are its first two columns. The joined chip keeps the earlier
// catalog's id.
namespace IdMap {
// The pairs, each id to the other; on a problem nullopt and `error` names the file, line and why.
std::optional<QList<std::pair<QString, QString>>> read(const QString& path, QString* error);
// Gives each chip of `later` named in a pair the other id as an alias, so that merging joins it
// to the earlier chip of that id (Catalog::mergedWith). Returns how many chips were given one.
int apply(Catalog& later, const QList<std::pair<QString, QString>>& pairs);
} // namespace IdMap
