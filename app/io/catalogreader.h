#pragma once

#include "core/catalog.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

struct CatalogReadResult
{
    Catalog catalog; // empty unless ok()
    QList<Diagnostic> problems; // every problem found, in file order of discovery
    // Implausible but well-formed values (an H100 with 80,000,000,000 GB): the file still loads.
    QList<Diagnostic> warnings;
    bool ok() const { return problems.isEmpty(); }
};

// Reads and validates catalog JSON. All-or-nothing: a file with any problem yields no chips, so a
// half-read catalog never reaches a table or chart. Never modifies the file.
namespace CatalogReader {

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;
constexpr int kMaxNesting = 16;
constexpr int kMaxReportedProblems = 200;

// `knownSources` are sources the catalog may cite without defining (the built-in catalog's, when a
// user file is merged over it). Besides errors, the result lists warnings: implausible magnitudes
// and breaches of the confidence policy (see ConfidencePolicy), each with its position.
//
// `progress`, when given, hears how far reading has got (0 to 100) and may answer false to stop:
// the result then has the single problem "cancelled" and no chips.
using Progress = std::function<bool(int percent)>;
CatalogReadResult read(QByteArray data, const QString& displayName, const QList<Source>& knownSources = {},
    const Progress& progress = {});
CatalogReadResult readFile(
    const QString& path, const QList<Source>& knownSources = {}, const Progress& progress = {});
// The reader has two paths to the same result: a catalog of the usual shape is taken apart and its
// chips parsed one at a time (less memory, every core), anything else is parsed whole. read() picks;
// readVia() forces one, so that a test and a fuzz target can require both to give the same catalog
// and the same diagnostics for the same bytes.
enum class Path { SplitWherePossible, Whole };
CatalogReadResult readVia(
    Path path, QByteArray data, const QString& displayName, const QList<Source>& knownSources = {});
// The one problem of a read that `progress` stopped.
QString cancelledMessage();
// The catalog shipped inside the application.
CatalogReadResult readBuiltIn();
QString builtInPath();

} // namespace CatalogReader
