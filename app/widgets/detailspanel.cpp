#include "detailspanel.h"

#include "analysis/exportrules.h"
#include "analysis/metrics.h"
#include "core/catalog.h"
#include "core/chipfields.h"
#include "models/chiptablemodel.h"
#include "models/provenancetext.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

DetailsPanel::DetailsPanel(QWidget* parent)
    : QTextBrowser(parent)
{
    // Links to sources open in the browser; our own ("chipcompare-edit:") start edits.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != u"chipcompare-edit"_s) {
            QDesktopServices::openUrl(url);
            return;
        }
        const QString what = url.path();
        if (what == u"copy"_s) {
            emit copyToMyCatalogRequested(m_chipId);
        } else if (what.startsWith(u"number/"_s)) {
            emit editNumberRequested(m_chipId, what.mid(7));
        } else if (what.startsWith(u"text/"_s)) {
            if (const ChipField* field = ChipFields::find(what.mid(5)); field && field->editable)
                emit editTextRequested(m_chipId, field->key);
        }
    });
    setObjectName(u"detailsPanel"_s);
    // A chip's details are nearly always longer than the panel. A scroll bar that appears once
    // the text is laid out narrows the text, which is then laid out a second time.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setPlaceholderText(tr("Select a chip to see every value with its source."));
}

void DetailsPanel::showChip(const Catalog& catalog, const Chip* chip, bool editable)
{
    setPlaceholderText(tr("Select a chip to see every value with its source."));
    if (!chip) {
        m_chipId.clear();
        clear();
        return;
    }
    // Keep the reader's place when the same chip is shown again after an edit.
    const int scroll = verticalScrollBar()->value();
    const bool same = m_chipId == chip->id;
    m_chipId = chip->id;
    QString html = chipHtml(catalog, *chip, editable);
    if (!editable) {
        // After the heading: how to make a read-only chip editable.
        const int afterHeading = int(html.indexOf(u"</h3>"_s)) + 5;
        html.insert(afterHeading,
            u"<p><i>"_s + tr("Read-only (not in your catalog).") + u"</i> <a href='chipcompare-edit:copy'>"_s
                + tr("Copy to my catalog") + u"</a></p>"_s);
    }
    setHtml(html);
    // Each paragraph keeps its shaped text once laid out. Qt's default throws it away after each
    // layout and each paint, so every paint (the first one included) shaped it all again; the
    // text is a few kilobytes.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    if (same)
        verticalScrollBar()->setValue(scroll);
}

void DetailsPanel::showHiddenByFilters(const QString& chipName)
{
    m_chipId.clear();
    clear();
    setPlaceholderText(
        tr("%1 is hidden by the filters. Select a chip in the table to see its values.").arg(chipName));
}

namespace {
// How the paragraphs below are set out, once for the whole text: a style on each paragraph was
// parsed paragraph by paragraph, most of the time it took to set a chip's details.
//   row: a field on one line, its label first; lines that wrap are indented under the label.
//   spaced: a row with a little room above it (each number starts a small block).
//   under: a line indented under the row before it.
const QString kStyle
    = u"<style>"
      "p.row, p.spaced { margin-top:0px; margin-bottom:0px; margin-left:16px; text-indent:-16px }"
      "p.spaced { margin-top:4px }"
      "p.under { margin-top:0px; margin-bottom:0px; margin-left:16px }"
      "</style>"_s;

// Paragraphs rather than a two-column table: a table lays each cell out at least twice to size its
// columns, all before the first paint, and in a narrow dock it wraps its labels mid-word.
QString row(const QString& label, const QString& valueHtml, bool spaced = false)
{
    return (spaced ? u"<p class='spaced'><b>"_s : u"<p class='row'><b>"_s) + label.toHtmlEscaped()
        + u"</b>&nbsp;&nbsp;"_s + valueHtml + u"</p>"_s;
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

// One number as a short block of paragraphs: the label and the value on the first line (as row()),
// then the note, the value's own "x-" keys and what other sources say, indented under it.
QString numberHtml(
    const Catalog& catalog, const Chip& chip, const SpecFieldInfo& info, const QString& trailing)
{
    const QString label = specFieldLabel(info.field);
    const auto& value = chip.spec(info.field);
    const QString unit = Units::canonicalUnit(info.dimension);
    if (!value)
        return row(label,
            ChipTableModel::unknownText() + u" <i>"_s + DetailsPanel::tr("unknown") + u"</i>"_s + trailing,
            true);
    const auto& p = value->primary;
    const QString origin = ProvenanceText::originText(catalog, chip.id, info.jsonKey);
    QString html = row(label,
        ProvenanceText::valueText(p, unit).toHtmlEscaped() + u" — "_s + confidenceLabel(p.confidence)
            + u", "_s + ProvenanceText::sourceLink(catalog, p.sourceId)
            + (origin.isEmpty() ? QString() : u" <i>("_s + origin.toHtmlEscaped() + u")</i>"_s) + trailing,
        true);
    const auto indented
        = [](const QString& inner) -> QString { return u"<p class='under'>"_s + inner + u"</p>"_s; };
    if (!p.note().isEmpty())
        html += indented(u"<i>"_s + p.note().toHtmlEscaped() + u"</i>"_s);
    if (!p.extra().isEmpty())
        html += indented(extraHtml(p.extra()));
    for (const auto& other : value->alternatives) {
        QString line
            = (value->sourcesDisagree() ? DetailsPanel::tr("other source:") : DetailsPanel::tr("also:"))
            + u' ' + ProvenanceText::valueText(other, unit).toHtmlEscaped() + u" — "_s
            + confidenceLabel(other.confidence) + u", "_s
            + ProvenanceText::sourceLink(catalog, other.sourceId);
        if (!other.note().isEmpty())
            line += u" <i>("_s + other.note().toHtmlEscaped() + u")</i>"_s;
        html += indented(line);
    }
    return html;
}

// Software support, notes, the user's own columns and every source.
QString trailingHtml(const Catalog& catalog, const Chip& chip, bool editable)
{
    QString html;
    if (!chip.ecosystem.isEmpty()) {
        html += u"<h4>"_s + DetailsPanel::tr("Software support") + u"</h4>"_s;
        for (const auto& entry : chip.ecosystem) {
            QString cell = supportLevelLabel(entry.support);
            if (!entry.via.isEmpty())
                cell += u" ("_s + entry.via.toHtmlEscaped() + u')';
            if (!entry.sourceId.isEmpty())
                cell += u" — "_s + ProvenanceText::sourceLink(catalog, entry.sourceId);
            html += row(entry.name, cell);
        }
    }
    for (const ChipField* field : ChipFields::scalars()) {
        if (field->multiline && !editable && field->isKnown(chip))
            html += u"<h4>"_s + field->labelText().toHtmlEscaped() + u"</h4><p>"_s
                + field->value(chip).toHtmlEscaped() + u"</p>"_s;
    }
    if (const QJsonObject columns = chip.userColumns(); !columns.isEmpty())
        html += u"<h4>"_s + DetailsPanel::tr("Your columns") + u"</h4><p>"_s + extraHtml(columns) + u"</p>"_s;
    if (const QStringList sources = chip.allSourceIds(); !sources.isEmpty()) {
        html += u"<h4>"_s + DetailsPanel::tr("All sources of this chip") + u"</h4><ul>"_s;
        for (const auto& id : sources)
            html += u"<li>"_s + ProvenanceText::sourceLink(catalog, id) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString editLink(const QString& kind, const QString& key)
{
    return u" <a href='chipcompare-edit:"_s + kind + u'/' + key + u"'>"_s + DetailsPanel::tr("edit")
        + u"</a>"_s;
}

// The scalar fields, one a row, and the numbers. Editable, each gets an "edit" link; read-only,
// the heading has shown the names and the notes get a paragraph of their own (trailingHtml).
QString fieldsHtml(const Catalog& catalog, const Chip& chip, bool editable)
{
    QString html;
    for (const ChipField* field : ChipFields::scalars()) {
        const bool inHeading = field->key == u"name"_s || field->key == u"local_name"_s;
        if (!editable && (inHeading || field->multiline))
            continue;
        const QString origin = field->isKnown(chip) && field->kind != ChipField::Kind::Id
            ? ProvenanceText::originText(catalog, chip.id, field->key)
            : QString();
        html += row(field->labelText(),
            textOrDash(field->displayText(chip))
                + (origin.isEmpty() ? QString() : u" <i>("_s + origin.toHtmlEscaped() + u")</i>"_s)
                + (editable && field->editable ? editLink(u"text"_s, field->key) : QString()));
    }
    // The export rule of the catalog's rules that covers the chip, and why.
    if (const auto finding = ExportRules::applicable(catalog, chip); finding.rule)
        html += row(DetailsPanel::tr("Export rule"),
            ExportRules::describe(finding).toHtmlEscaped() + u" — "_s + finding.why.toHtmlEscaped() + u", "_s
                + ProvenanceText::sourceLink(catalog, finding.rule->sourceId));
    html += u"<h4>"_s + DetailsPanel::tr("Numbers") + u"</h4>"_s;
    for (const auto& field : ChipFields::all()) {
        if (field.kind == ChipField::Kind::Number)
            html += numberHtml(catalog, chip, specFieldInfo(*field.spec),
                editable ? editLink(u"number"_s, field.key) : QString());
    }
    return html + trailingHtml(catalog, chip, editable);
}
} // namespace

QString DetailsPanel::chipHtml(const Catalog& catalog, const Chip& chip, bool editable)
{
    QString html = kStyle + u"<h3>"_s + chip.name.toHtmlEscaped();
    if (!chip.localName.isEmpty())
        html += u" · "_s + chip.localName.toHtmlEscaped();
    html += u"</h3>"_s;
    if (editable)
        html += u"<p><i>"_s + tr("In your catalog: click edit, or double-click a cell in the table.")
            + u"</i></p>"_s;
    return html + fieldsHtml(catalog, chip, editable);
}
