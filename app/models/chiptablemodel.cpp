#include "chiptablemodel.h"
#include "core/numberformat.h"

#include "analysis/derivedmetrics.h"
#include "analysis/metrics.h"
#include "provenancetext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <cmath>

using namespace Qt::StringLiterals;

// Translucent, so that the marking reads on light and dark palettes alike.
QColor ChipTableModel::lowConfidenceTint()
{
    return QColor(255, 176, 0, 70);
}

QIcon ChipTableModel::disagreementIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(214, 39, 40));
        painter.drawEllipse(QRectF(2, 2, 8, 8));
        return QIcon(pixmap);
    }();
    return icon;
}

ChipTableModel::ChipTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_prepared(PreparedCatalog::of(CatalogSnapshot::create()))
    , m_catalog(m_prepared->catalog)
{
}

void ChipTableModel::setCatalog(Catalog catalog)
{
    setCatalog(CatalogSnapshot::create(std::move(catalog)));
}

void ChipTableModel::setCatalog(CatalogSnapshot catalog)
{
    setCatalog(PreparedCatalog::after(*m_prepared, std::move(catalog)));
}

void ChipTableModel::setCatalog(PreparedCatalogPtr prepared)
{
    if (!prepared)
        prepared = PreparedCatalog::of(CatalogSnapshot::create());
    const bool inPlace
        = !m_catalog->chips.isEmpty() && PreparedCatalog::sameChips(*m_catalog, *prepared->catalog);
    if (inPlace) {
        m_prepared = std::move(prepared);
        m_catalog = m_prepared->catalog;
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_prepared = std::move(prepared);
    m_catalog = m_prepared->catalog;
    endResetModel();
}

namespace {
// The schema's fields shown before the metric columns (the table shows the name, not the id) and
// after them, in column order.
const QList<const ChipField*>& leadingTextFields()
{
    static const QList<const ChipField*> fields = [] {
        QList<const ChipField*> shown;
        for (const ChipField* field : ChipFields::columns(ChipField::Column::BeforeNumbers)) {
            if (field->kind != ChipField::Kind::Id)
                shown.append(field);
        }
        return shown;
    }();
    return fields;
}
const QList<const ChipField*>& trailingTextFields()
{
    static const QList<const ChipField*> fields = ChipFields::columns(ChipField::Column::AfterLeadingNumbers)
        + ChipFields::columns(ChipField::Column::Last);
    return fields;
}
int firstTrailingColumn()
{
    return ChipTableModel::FirstMetricColumn + int(Metrics::all().size());
}
} // namespace

const ChipField* ChipTableModel::textFieldAt(int column)
{
    if (column >= 0 && column < leadingTextFields().size())
        return leadingTextFields()[column];
    const int trailing = column - firstTrailingColumn();
    if (trailing >= 0 && trailing < trailingTextFields().size())
        return trailingTextFields()[trailing];
    return nullptr;
}

int ChipTableModel::columnOfField(QStringView key)
{
    for (int column = 0; column < columnTotal(); ++column) {
        if (const ChipField* field = textFieldAt(column); field && field->key == key)
            return column;
    }
    return -1;
}

Qt::ItemFlags ChipTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editor.isEditable || !m_editor.isEditable(chip(index.row()).id))
        return flags;
    const Metric* metric = metricAt(index.column());
    if (textFieldAt(index.column()) || (metric && metric->field))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ChipTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const auto field = textFieldAt(index.column());
    if (role != Qt::EditRole || !field || !(flags(index) & Qt::ItemIsEditable) || !m_editor.setText)
        return false;
    const Chip& c = chip(index.row());
    const QString text = value.toString();
    if (text.trimmed() == field->value(c))
        return true; // nothing changed: no undo step
    // The editor replaces the catalog (through setCatalog), which reports the changed cells.
    return m_editor.setText(c.id, *field, text);
}

int ChipTableModel::rowOfChip(const QString& id) const
{
    return m_catalog->indexOfChip(id);
}

int ChipTableModel::eccnColumn()
{
    return firstTrailingColumn() + int(trailingTextFields().size());
}

QStringList ChipTableModel::columnKeys()
{
    QStringList keys;
    for (int column = 0; column < columnTotal(); ++column) {
        if (const ChipField* field = textFieldAt(column))
            keys.append(field->key);
        else if (const Metric* metric = metricAt(column))
            keys.append(metric->key);
        else
            keys.append(u"eccn_3a090_estimate"_s);
    }
    return keys;
}

int ChipTableModel::columnTotal()
{
    return eccnColumn() + 1;
}

const Metric* ChipTableModel::metricAt(int column)
{
    const int index = column - FirstMetricColumn;
    if (index < 0 || index >= Metrics::all().size())
        return nullptr;
    return &Metrics::all()[index];
}

int ChipTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->chips.size());
}

int ChipTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columnTotal();
}

QString ChipTableModel::unknownText()
{
    return u"—"_s;
}

QVariant ChipTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chip& c = chip(index.row());
    if (role == ChipIdRole)
        return c.id;
    if (role == OverriddenRole)
        return m_catalog->overridden.contains(c.id);
    if (role == ExternalEditorRole) {
        const Metric* metric = metricAt(index.column());
        return bool(metric && metric->field);
    }
    if (const ChipField* field = textFieldAt(index.column())) {
        if (role == Qt::EditRole)
            return field->value(c);
        if (role == ChoiceKeysRole || role == ChoiceLabelsRole) {
            QStringList keys;
            QStringList labels;
            for (const auto& [key, label] : field->choices()) {
                keys.append(key);
                labels.append(label);
            }
            return role == ChoiceKeysRole ? keys : labels;
        }
    }
    if (const Metric* metric = metricAt(index.column()))
        return metricData(c, *metric, role);
    return textData(c, index.column(), role);
}

QVariant ChipTableModel::sortKey(const Chip& c, int column) const
{
    // Called twice per comparison while sorting: hand out the stored strings, no copies or case
    // folding (the proxy compares case-insensitively); unknown is an invalid QVariant.
    if (column == eccnColumn()) {
        const auto band = Derived::eccnBand(c);
        return band == Derived::EccnBand::Unknown ? QVariant() : QVariant(int(band));
    }
    const ChipField* field = textFieldAt(column);
    if (!field)
        return {};
    switch (field->kind) {
    case ChipField::Kind::Text:
    case ChipField::Kind::Id: {
        if (field->kind == ChipField::Kind::Text && !field->text) { // kept in `extra`: no stored string
            const QString text = field->value(c);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        const QString& text = field->kind == ChipField::Kind::Id ? c.id : c.*(field->text);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case ChipField::Kind::Vocabulary: {
        const QString& text = c.*(field->vocabulary);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case ChipField::Kind::Year:
        return c.year ? QVariant(*c.year) : QVariant();
    case ChipField::Kind::Choice: {
        const int rank = field->choiceRank(field->choiceOf(c));
        return rank < 0 ? QVariant() : QVariant(rank);
    }
    default:
        return {};
    }
}

ChipTableModel::SortKeys ChipTableModel::sortKeys(int column) const
{
    const int rows = rowCount();
    SortKeys keys;
    keys.numbers.assign(size_t(rows), std::nan(""));
    keys.known.assign(size_t(rows), 0);
    // A metric's key is its value (as metricData answers SortRole): read straight from the chips,
    // without a QVariant for each of 100,000 rows.
    if (const Metric* metric = metricAt(column)) {
        for (int row = 0; row < rows; ++row) {
            if (const auto value = metric->value(chip(row))) {
                keys.numbers[size_t(row)] = *value;
                keys.known[size_t(row)] = 1;
            }
        }
        return keys;
    }
    for (int row = 0; row < rows; ++row) {
        const QVariant key = data(index(row, column), SortRole);
        if (!key.isValid())
            continue;
        keys.known[size_t(row)] = 1;
        if (keys.numeric && key.userType() == QMetaType::Double) {
            keys.numbers[size_t(row)] = key.toDouble();
            continue;
        }
        if (keys.numeric) {
            // The first text key: this is a text column (names, vendors, ...).
            keys.numeric = false;
            keys.texts.resize(size_t(rows));
            for (int earlier = 0; earlier < row; ++earlier) {
                if (keys.known[size_t(earlier)])
                    keys.texts[size_t(earlier)] = QString::number(keys.numbers[size_t(earlier)]);
            }
        }
        // Case-folded once here, so that comparing is a plain code-point comparison.
        keys.texts[size_t(row)] = key.toString().toCaseFolded();
    }
    return keys;
}

QVariant ChipTableModel::textData(const Chip& c, int column, int role) const
{
    if (role == SortRole)
        return sortKey(c, column);
    QString text;
    if (column == NameColumn)
        text = c.localName.isEmpty() ? c.name : c.name + u" ("_s + c.localName + u')';
    else if (column == eccnColumn())
        text = Derived::eccnBandLabel(Derived::eccnBand(c));
    else if (const ChipField* field = textFieldAt(column))
        text = field->displayText(c);
    const bool known = !text.isEmpty();
    // The 3A090 band is derived: as sure as the least sure value it rests on.
    const bool low = column == eccnColumn() && known && Derived::eccnBand(c) != Derived::EccnBand::Unknown
        && Derived::eccnBandConfidence(c) && isBelowReported(*Derived::eccnBandConfidence(c));
    switch (role) {
    case Qt::DisplayRole:
        return known ? text : unknownText();
    case Qt::BackgroundRole:
        return low ? QVariant(QBrush(lowConfidenceTint())) : QVariant();
    case Qt::FontRole: {
        // Italics: a derived band resting on rumored values, or a chip your catalog replaced.
        const bool replaced = column == NameColumn && m_catalog->overridden.contains(c.id);
        if (!low && !replaced)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case LowConfidenceRole:
        return low;
    case Qt::ToolTipRole:
        if (column == NameColumn) // the whole name, where a narrow column cuts it
            return QString(u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s
                + (m_catalog->overridden.contains(c.id) ? u"<br/><i>"_s
                            + tr("Your catalog replaces the built-in chip; where the values differ, the "
                                 "built-in "
                                 "ones are listed as other sources.")
                            + u"</i>"_s
                                                        : QString())
                + (c.notes.isEmpty() ? QString() : u"<br/>"_s + c.notes.toHtmlEscaped()));
        if (column == eccnColumn())
            return eccnTooltip(c);
        if (const ChipField* field = textFieldAt(column); field && known) {
            const QString origin = ProvenanceText::originText(*m_catalog, c.id, field->key);
            return origin.isEmpty() ? text : text + u" ("_s + origin + u')';
        }
        return known ? QVariant(text) : QVariant(tr("Unknown"));
    case KnownRole:
        return known;
    case Qt::TextAlignmentRole:
        return known ? QVariant() : QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QString ChipTableModel::eccnTooltip(const Chip& c) const
{
    using T = Derived::EccnThresholds;
    const auto tpp = Derived::totalProcessingPerformance(c);
    const auto density = Derived::performanceDensity(c);
    QString html = u"<b>"_s + tr("US ECCN 3A090 band, estimated for a datacenter chip") + u"</b><br/>"_s;
    html += tr("TPP %1, performance density %2")
                .arg(tpp ? NumberFormat::formatNumber(*tpp) : unknownText(),
                    density ? NumberFormat::formatNumber(*density) : unknownText())
        + u"<br/>"_s;
    html += tr("Thresholds (rule of 2023-10-17): a.1 TPP ≥ %1; a.2 TPP ≥ %2 and density ≥ %3; "
               "b.1 %4 ≤ TPP < %1 and %5 ≤ density < %3; b.2 TPP ≥ %2 and %6 ≤ density < %3.")
                .arg(T::kA1Tpp)
                .arg(T::kA2Tpp)
                .arg(T::kA2Density)
                .arg(T::kB1TppLow)
                .arg(T::kB1DensityLow)
                .arg(T::kB2DensityLow)
        + u"<br/>"_s;
    const Source* source = m_catalog->source(u"cset-2023"_s);
    if (source)
        html += tr("Source: %1 (%2)").arg(source->title.toHtmlEscaped(), source->publisher.toHtmlEscaped())
            + u"<br/>"_s;
    return html + tr("An estimate from catalog values, not a classification and not legal advice.");
}

QVariant ChipTableModel::metricData(const Chip& c, const Metric& metric, int role) const
{
    // Sorting and filtering ask for the sort role once per comparison: answer it without working
    // out marks or text.
    if (role == SortRole || role == Qt::EditRole) {
        const auto value = metric.value(c);
        return value ? QVariant(*value) : QVariant();
    }
    // Derived values carry the weakest confidence of their inputs, and their inputs' disagreements.
    switch (role) {
    case Qt::DisplayRole: {
        const auto value = metric.value(c);
        return value ? NumberFormat::formatNumber(*value) : unknownText();
    }
    case Qt::ToolTipRole:
        return ProvenanceText::metricTooltip(*m_catalog, c, metric);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignVCenter | (metric.value(c) ? Qt::AlignRight : Qt::AlignHCenter));
    case Qt::BackgroundRole:
        return metric.isBelowReported(c) ? QVariant(QBrush(lowConfidenceTint())) : QVariant();
    case Qt::FontRole:
        if (metric.isBelowReported(c)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return metric.sourcesDisagree(c) ? QVariant(disagreementIcon()) : QVariant();
    case KnownRole:
        return metric.value(c).has_value();
    case LowConfidenceRole:
        return metric.isBelowReported(c);
    case DisagreementRole:
        return metric.sourcesDisagree(c);
    default:
        return {};
    }
}

namespace {
// "Memory bandwidth" -> "Memory\nbandwidth": narrow number columns keep their whole title.
QString wrapped(const QString& label)
{
    constexpr int kLineChars = 11;
    QStringList lines;
    for (const QString& word : label.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= kLineChars)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    return lines.join(u'\n');
}
} // namespace

QVariant ChipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnTotal())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const Metric* metric = metricAt(section)) {
        if (role == Qt::DisplayRole)
            return metric->unit.isEmpty() ? wrapped(metric->label)
                                          : QString(wrapped(metric->label) + u"\n("_s + metric->unit + u')');
        if (role == Qt::ToolTipRole)
            return metric->isDerived() ? metric->formula : metric->axisTitle();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == eccnColumn())
        return tr("3A090 band\n(estimate)");
    if (const ChipField* field = textFieldAt(section))
        return field->columnTitleText();
    return {};
}
