#include "comparisonmodel.h"

#include "analysis/metrics.h"
#include "chiptablemodel.h"
#include "provenancetext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>

using namespace Qt::StringLiterals;

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QColor ComparisonModel::bestTint()
{
    return QColor(46, 160, 67, 70); // translucent green: readable on light and dark palettes
}

void ComparisonModel::setComparison(CatalogSnapshot catalog, Comparison comparison)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_comparison = std::move(comparison);
    rebuildLines();
    endResetModel();
}

void ComparisonModel::setDifferencesOnly(bool differencesOnly)
{
    if (differencesOnly == m_differencesOnly)
        return;
    beginResetModel();
    m_differencesOnly = differencesOnly;
    rebuildLines();
    endResetModel();
}

void ComparisonModel::rebuildLines()
{
    m_lines.clear();
    QString group;
    for (const ComparisonRow* row : m_comparison.visibleRows(m_differencesOnly)) {
        if (row->attribute->group != group) {
            group = row->attribute->group;
            m_lines.append({ group, nullptr });
        }
        m_lines.append({ QString(), row });
    }
}

bool ComparisonModel::isGroupRow(int row) const
{
    return row >= 0 && row < m_lines.size() && !m_lines[row].row;
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_comparison.ids.size());
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[index.row()];
    if (role == IsGroupRole)
        return !line.row;
    if (!line.row) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return line.group;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::BackgroundRole)
            return QBrush(QPalette().color(QPalette::AlternateBase));
        return {};
    }
    const ComparisonRow& row = *line.row;
    if (role == AttributeKeyRole)
        return row.attribute->key;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.attribute->label;
        if (role == Qt::ToolTipRole && row.attribute->metric && row.attribute->metric->isDerived())
            return row.attribute->metric->formula;
        return {};
    }
    const int chipIndex = index.column() - 1;
    const ComparisonCell& cell = row.cells[chipIndex];
    switch (role) {
    case Qt::DisplayRole: {
        if (!cell.known)
            return ChipTableModel::unknownText();
        // Marked as in the table: tint and italics for rumored/estimate, a dot for disagreement
        // (exports and the clipboard spell them "*" and "†").
        QString text = (cell.derived ? u"≈"_s : QString()) + cell.text;
        if (cell.ratio && chipIndex != m_comparison.baseline)
            text += u" ("_s + Comparison::ratioText(*cell.ratio) + u')';
        return text;
    }
    case SortRole:
        return cell.number ? QVariant(*cell.number) : QVariant();
    case KnownRole:
        return cell.known;
    case IsBestRole:
        return cell.best;
    case Qt::BackgroundRole:
        // The same marks as the table: rumored and estimated values tinted; best in green.
        if (cell.best)
            return QBrush(bestTint());
        return cell.lowConfidence ? QVariant(QBrush(ChipTableModel::lowConfidenceTint())) : QVariant();
    case Qt::DecorationRole:
        return cell.disagreement ? QVariant(ChipTableModel::disagreementIcon()) : QVariant();
    case Qt::FontRole:
        if (cell.best || cell.lowConfidence) {
            QFont font;
            font.setBold(cell.best);
            font.setItalic(cell.lowConfidence);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return cell.known ? QVariant() : QVariant(QBrush(QPalette().color(QPalette::PlaceholderText)));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignVCenter | (row.numeric ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ToolTipRole:
        if (cell.derived)
            return tr("%1: not given for the system; the chip's figure × the number of chips")
                .arg(cell.text);
        if (row.attribute->metric && m_catalog && chipIndex < m_comparison.chips.size())
            return ProvenanceText::metricTooltip(
                *m_catalog, *m_comparison.chips[chipIndex], *row.attribute->metric);
        return cell.known ? QVariant(cell.text) : QVariant(tr("Unknown"));
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Attribute");
    QString title = m_comparison.names.value(section - 1);
    if (section - 1 == m_comparison.baseline)
        title += u'\n' + tr("(baseline)");
    return title;
}
