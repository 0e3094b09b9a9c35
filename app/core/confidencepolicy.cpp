#include "confidencepolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ConfidencePolicy {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConfidencePolicy", text);
}

// A paper counts as the vendor's own when the vendor wrote it: its publisher or title names the
// vendor ("Alibaba (T-Head)" -> "alibaba").
bool isByVendor(const PolicySource& source, const Chip& chip)
{
    const QString vendor = chip.vendor.toString().section(u' ', 0, 0).toLower();
    return !vendor.isEmpty()
        && (source.lowerPublisher.contains(vendor) || source.lowerTitle.contains(vendor));
}

// `alternative` is the number's index among the field's alternatives, -1 for the primary value.
// The path is made only for a finding: this runs for every number of every chip.
void checkNumber(const SourcedNumber& number, int alternative, const QString& field, const Chip& chip,
    const SourceLookup& sourceOf, QList<PolicyFinding>& out)
{
    const PolicySource* facts = sourceOf(number.sourceId);
    const Source* source = facts ? &facts->source : nullptr;
    auto add = [&](const QString& key, const QString& message) {
        QStringList path { field };
        if (alternative >= 0)
            path << u"alternatives"_s << QString::number(alternative);
        out.append({ chip.id, field, path << key, message });
    };
    switch (number.confidence) {
    case Confidence::Official:
        if (source && source->kind && *source->kind != SourceKind::Vendor
            && !(*source->kind == SourceKind::Paper && isByVendor(*facts, chip)))
            add(u"confidence"_s,
                tr("'official' needs the vendor's own datasheet, page or statement (or the vendor's paper); "
                   "source '%1' is %2: use 'reported' or cite the vendor")
                    .arg(number.sourceId, sourceKindLabel(*source->kind)));
        break;
    case Confidence::Reported:
        if (source && source->kind
            && (*source->kind == SourceKind::Blog || *source->kind == SourceKind::Leak
                || *source->kind == SourceKind::Retailer))
            add(u"confidence"_s,
                tr("'reported' cannot rest on a %1 (source '%2'): use 'rumored' or cite press, a database "
                   "or the vendor")
                    .arg(sourceKindLabel(*source->kind), number.sourceId));
        else if (facts && facts->flaggedUnreliable)
            add(u"confidence"_s,
                tr("'reported' cannot rest on source '%1', which is flagged as unreliable: use 'rumored' or "
                   "cite a better source")
                    .arg(number.sourceId));
        break;
    case Confidence::Estimate:
        if (number.note().trimmed().isEmpty())
            add(u"note"_s, tr("an estimate says in its note how it was computed"));
        break;
    case Confidence::Rumored:
        break;
    }
}

} // namespace

PolicySource::PolicySource(const Source& source)
    : source(source)
    , flaggedUnreliable(source.isFlaggedUnreliable())
{
    // Only a paper is asked whether its publisher or title names the vendor (isByVendor).
    if (source.kind == SourceKind::Paper) {
        lowerPublisher = source.publisher.toLower();
        lowerTitle = source.title.toLower();
    }
}

QList<PolicyFinding> checkChip(const Chip& chip, const SourceLookup& sourceOf)
{
    QList<PolicyFinding> findings;
    for (const auto& info : specFields()) {
        const auto& value = chip.spec(info.field);
        if (!value)
            continue;
        checkNumber(value->primary, -1, info.jsonKey, chip, sourceOf, findings);
        for (int i = 0; i < value->alternatives.size(); ++i)
            checkNumber(value->alternatives[i], i, info.jsonKey, chip, sourceOf, findings);
    }
    return findings;
}

QList<PolicyFinding> checkSource(const Source& source)
{
    if (source.kind)
        return {};
    return { { {}, u"kind"_s, {},
        tr("source '%1' has no kind (vendor, paper, database, press, analyst, compilation, blog, retailer or "
           "leak)")
            .arg(source.id) } };
}

QList<PolicyFinding> checkCatalog(const Catalog& catalog)
{
    QList<PolicyFinding> findings;
    // One hash for the whole catalog: Catalog::source() searches the list, once per value.
    QHash<QString, PolicySource> byId;
    for (const auto& source : catalog.sources)
        byId.insert(source.id, PolicySource(source));
    const auto lookup = [&byId](const QString& id) -> const PolicySource* {
        const auto it = byId.constFind(id);
        return it != byId.cend() ? &*it : nullptr;
    };
    for (const auto& chip : catalog.chips)
        findings += checkChip(chip, lookup);
    return findings;
}

QStringList conflictingSourceIds(const QList<Source>& a, const QList<Source>& b)
{
    QHash<QString, QString> titles;
    for (const auto& source : a)
        titles.insert(source.id, source.title);
    QStringList conflicts;
    for (const auto& source : b) {
        const auto it = titles.constFind(source.id);
        if (it != titles.cend() && *it != source.title && !conflicts.contains(source.id))
            conflicts.append(source.id);
    }
    return conflicts;
}

} // namespace ConfidencePolicy
