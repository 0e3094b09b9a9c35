#include "detailspanel.h"

#include "analysis/metrics.h"
#include "core/catalog.h"
#include "models/chiptablemodel.h"
#include "models/provenancetext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

DetailsPanel::DetailsPanel(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setObjectName(u"detailsPanel"_s);
    setPlaceholderText(tr("Select a chip to see every value with its source."));
}

void DetailsPanel::showChip(const Catalog& catalog, const Chip* chip)
{
    setPlaceholderText(tr("Select a chip to see every value with its source."));
    if (!chip) {
        m_chipId.clear();
        clear();
        return;
    }
    m_chipId = chip->id;
    setHtml(chipHtml(catalog, *chip));
}

void DetailsPanel::showHiddenByFilters(const QString& chipName)
{
    m_chipId.clear();
    clear();
    setPlaceholderText(
        tr("%1 is hidden by the filters. Select a chip in the table to see its values.").arg(chipName));
}

namespace {
QString row(const QString& label, const QString& valueHtml)
{
    return u"<tr><td style='padding-right:8px'><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s + valueHtml
        + u"</td></tr>"_s;
}
QString textOrDash(const QString& text)
{
    return text.isEmpty() ? ChipTableModel::unknownText() : text.toHtmlEscaped();
}

// An "x-" value as the user wrote it: strings as they are, anything else as compact JSON.
QString extraText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    return QString::fromUtf8(value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString extraHtml(const QJsonObject& extra)
{
    QStringList parts;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        parts.append(
            u"<code>"_s + it.key().toHtmlEscaped() + u"</code>: "_s + extraText(it.value()).toHtmlEscaped());
    return parts.join(u"<br/>"_s);
}
} // namespace

QString DetailsPanel::chipHtml(const Catalog& catalog, const Chip& chip)
{
    QString html = u"<h3>"_s + chip.name.toHtmlEscaped();
    if (!chip.localName.isEmpty())
        html += u" · "_s + chip.localName.toHtmlEscaped();
    html += u"</h3><table>"_s;
    html += row(tr("Id"), chip.id.toHtmlEscaped());
    html += row(tr("Vendor"),
        textOrDash(chip.vendor)
            + (chip.country.isEmpty() ? QString() : u" ("_s + chip.country.toHtmlEscaped() + u')'));
    html += row(tr("Announced"), chip.year ? QString::number(*chip.year) : ChipTableModel::unknownText());
    html += row(tr("Status"), chipStatusLabel(chip.status));
    html += row(tr("Foundry / process"), textOrDash(chip.foundry) + u" / "_s + textOrDash(chip.processNode));
    html += row(tr("Memory type"), textOrDash(chip.memoryType));
    html += row(tr("Interconnect"), textOrDash(chip.interconnect));
    html += row(tr("Software stack"), textOrDash(chip.softwareStack));
    html += row(tr("CUDA compatibility"), cudaCompatLabel(chip.cudaCompat));
    html += u"</table><h4>"_s + tr("Numbers") + u"</h4><table>"_s;

    for (const auto& info : specFields()) {
        const auto& value = chip.spec(info.field);
        const QString unit = Units::canonicalUnit(info.dimension);
        const QString label = specFieldLabel(info.field);
        if (!value) {
            html += row(label, ChipTableModel::unknownText() + u" <i>"_s + tr("unknown") + u"</i>"_s);
            continue;
        }
        const auto& p = value->primary;
        QString cell = ProvenanceText::valueText(p, unit).toHtmlEscaped() + u" — "_s
            + confidenceLabel(p.confidence) + u", "_s + ProvenanceText::sourceLink(catalog, p.sourceId);
        if (!p.note.isEmpty())
            cell += u"<br/><i>"_s + p.note.toHtmlEscaped() + u"</i>"_s;
        if (!p.extra.isEmpty())
            cell += u"<br/>"_s + extraHtml(p.extra);
        for (const auto& other : value->alternatives) {
            cell += u"<br/>"_s + (value->sourcesDisagree() ? tr("other source:") : tr("also:")) + u' '
                + ProvenanceText::valueText(other, unit).toHtmlEscaped() + u" — "_s
                + confidenceLabel(other.confidence) + u", "_s
                + ProvenanceText::sourceLink(catalog, other.sourceId);
            if (!other.note.isEmpty())
                cell += u" <i>("_s + other.note.toHtmlEscaped() + u")</i>"_s;
        }
        html += row(label, cell);
    }
    html += u"</table>"_s;

    if (!chip.ecosystem.isEmpty()) {
        html += u"<h4>"_s + tr("Software support") + u"</h4><table>"_s;
        for (const auto& entry : chip.ecosystem) {
            QString cell = supportLevelLabel(entry.support);
            if (!entry.via.isEmpty())
                cell += u" ("_s + entry.via.toHtmlEscaped() + u')';
            if (!entry.sourceId.isEmpty())
                cell += u" — "_s + ProvenanceText::sourceLink(catalog, entry.sourceId);
            html += row(entry.name, cell);
        }
        html += u"</table>"_s;
    }
    if (!chip.notes.isEmpty())
        html += u"<h4>"_s + tr("Notes") + u"</h4><p>"_s + chip.notes.toHtmlEscaped() + u"</p>"_s;
    if (!chip.extra.isEmpty())
        html += u"<h4>"_s + tr("Your columns") + u"</h4><p>"_s + extraHtml(chip.extra) + u"</p>"_s;
    if (const QStringList sources = chip.allSourceIds(); !sources.isEmpty()) {
        html += u"<h4>"_s + tr("All sources of this chip") + u"</h4><ul>"_s;
        for (const auto& id : sources)
            html += u"<li>"_s + ProvenanceText::sourceLink(catalog, id) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}
