#include "provenancetext.h"
#include "core/numberformat.h"

#include "analysis/metrics.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ProvenanceText", text);
}

// " [press]", " [compilation; its author flags the figures as unverified]": what kind of source it
// is, so a reader can weigh it.
QString kindSuffix(const Source& source)
{
    QStringList parts;
    if (source.kind)
        parts.append(sourceKindLabel(*source.kind));
    if (!source.reliability.isEmpty())
        parts.append(source.reliability);
    return parts.isEmpty() ? QString() : QString(u" ["_s + parts.join(u"; "_s) + u']');
}
} // namespace

namespace ProvenanceText {

QString sourceLabel(const Catalog& catalog, const QString& sourceId)
{
    const Source* source = catalog.source(sourceId);
    if (!source)
        return sourceId;
    const QString title
        = source->publisher.isEmpty() ? source->title : source->title + u" ("_s + source->publisher + u')';
    return title + kindSuffix(*source);
}

QString sourceLink(const Catalog& catalog, const QString& sourceId)
{
    const Source* source = catalog.source(sourceId);
    if (!source)
        return sourceId.toHtmlEscaped();
    QString title = source->title.toHtmlEscaped();
    if (!source->url.isEmpty())
        title = u"<a href=\""_s + source->url.toHtmlEscaped() + u"\">"_s + title + u"</a>"_s;
    if (!source->publisher.isEmpty())
        title += u" ("_s + source->publisher.toHtmlEscaped() + u')';
    return title + kindSuffix(*source).toHtmlEscaped();
}

QString valueText(const SourcedNumber& number, const QString& canonicalUnit)
{
    QString text = NumberFormat::formatNumber(number.canonical) + u' ' + canonicalUnit;
    // Only when the printed unit really differs (not for spellings such as mm2 for mm²).
    if (number.unit != canonicalUnit && qAbs(number.value - number.canonical) > 1e-12 * qAbs(number.value))
        text += u" ("_s + tr("as printed: %1 %2").arg(NumberFormat::formatNumber(number.value), number.unit)
            + u')';
    return text;
}

QString derivedExplanation(const Catalog& catalog, const Chip& chip, const Metric& metric)
{
    QString html;
    const auto derived = metric.value(chip);
    if (derived)
        html += NumberFormat::formatNumber(*derived) + u' ' + metric.unit.toHtmlEscaped() + u"<br/>"_s;
    else
        html += tr("Unknown: an input is unknown.") + u"<br/>"_s;
    html += tr("Computed: %1").arg(metric.formula.toHtmlEscaped());
    if (const auto weakest = metric.confidence(chip))
        html += u"<br/>"_s + tr("Confidence: %1, the weakest of its inputs").arg(confidenceLabel(*weakest));
    for (const SpecField field : metric.derivedFrom) {
        const auto& value = chip.spec(field);
        const QString unit = Units::canonicalUnit(specFieldInfo(field).dimension);
        html += u"<br/>• "_s + specFieldLabel(field).toHtmlEscaped() + u": "_s;
        if (!value) {
            html += tr("unknown");
            continue;
        }
        html += valueText(value->primary, unit).toHtmlEscaped() + u" — "_s
            + sourceLabel(catalog, value->primary.sourceId).toHtmlEscaped() + u", "_s
            + confidenceLabel(value->primary.confidence);
    }
    return html;
}

QString metricTooltip(const Catalog& catalog, const Chip& chip, const Metric& metric)
{
    const SpecValue* value = metric.specValue(chip);
    QString html
        = u"<b>"_s + chip.name.toHtmlEscaped() + u" — "_s + metric.label.toHtmlEscaped() + u"</b><br/>"_s;
    if (metric.isDerived())
        return html + derivedExplanation(catalog, chip, metric);
    if (!value)
        return html + tr("Unknown: no source in the catalog gives this value.");
    const auto& primary = value->primary;
    html += valueText(primary, metric.unit).toHtmlEscaped() + u"<br/>"_s;
    html += tr("Source: %1").arg(sourceLabel(catalog, primary.sourceId).toHtmlEscaped()) + u"<br/>"_s;
    html += tr("Confidence: %1").arg(confidenceLabel(primary.confidence)) + u"<br/>"_s;
    if (const QString origin = originText(catalog, chip.id, specFieldInfo(*metric.field).jsonKey);
        !origin.isEmpty())
        html += origin.toHtmlEscaped() + u"<br/>"_s;
    if (!primary.note().isEmpty())
        html += tr("Note: %1").arg(primary.note().toHtmlEscaped()) + u"<br/>"_s;
    if (!value->alternatives.isEmpty()) {
        html += u"<b>"_s
            + (value->sourcesDisagree() ? tr("Other sources disagree:") : tr("Other sources agree:"))
            + u"</b>"_s;
        for (const auto& other : value->alternatives) {
            html += u"<br/>• "_s + valueText(other, metric.unit).toHtmlEscaped() + u" — "_s
                + sourceLabel(catalog, other.sourceId).toHtmlEscaped() + u", "_s
                + confidenceLabel(other.confidence);
            if (!other.note().isEmpty())
                html += u" — "_s + other.note().toHtmlEscaped();
        }
    }
    return html;
}

QString originText(const Catalog& catalog, const QString& chipId, const QString& fieldKey)
{
    if (catalog.origins.size() < 2)
        return {};
    const QString origin = catalog.originOf(chipId, fieldKey);
    return origin.isEmpty() ? QString() : tr("from %1").arg(origin);
}

} // namespace ProvenanceText
