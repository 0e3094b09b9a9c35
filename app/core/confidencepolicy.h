#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

// The README's confidence rules, machine-checked: "official" only for the vendor's own datasheet,
// page or statement (or its paper); "reported" never on a blog, leak, retailer or a source flagged
// unreliable; an estimate says how it was computed. (A chip's full list of sources is derived from
// what its values cite, Chip::allSourceIds, so it needs no check.) Findings are warnings
// (`check --strict` makes them errors).
struct PolicyFinding
{
    QString chipId; // empty for a finding about a source
    QString field; // catalog key: "memory_capacity", "sources", "kind", ...
    QStringList path; // JSON path inside the chip (or source) object, to locate the finding
    QString message;
};

namespace ConfidencePolicy {

// A source as the rules see it, with what they test worked out once: the rules run for every
// number of every chip, and lower-casing a title each time was most of a large catalog's check.
struct PolicySource
{
    explicit PolicySource(const Source& source);
    Source source;
    bool flaggedUnreliable = false;
    QString lowerPublisher; // lower-cased for a paper only: see isByVendor()
    QString lowerTitle;
};
// The source with `id`, or null. The pointer need only stay valid until the next lookup.
using SourceLookup = std::function<const PolicySource*(const QString& id)>;

QList<PolicyFinding> checkChip(const Chip& chip, const SourceLookup& sourceOf);
// Sources of a format-2 catalog must say what kind they are.
QList<PolicyFinding> checkSource(const Source& source);
// Every finding for a whole catalog, chips in order (the window's Data quality view).
QList<PolicyFinding> checkCatalog(const Catalog& catalog);
// Ids that `a` and `b` both define with different titles: two files mean different things by one id.
QStringList conflictingSourceIds(const QList<Source>& a, const QList<Source>& b);

} // namespace ConfidencePolicy
