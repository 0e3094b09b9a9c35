#include "llmfitmodel.h"
#include "core/numberformat.h"

#include "analysis/metrics.h"
#include "chiptablemodel.h"

using namespace Qt::StringLiterals;

LlmFitModel::LlmFitModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LlmFitModel::setInput(
    CatalogSnapshot catalog, const QVector<const Chip*>& chips, const LlmFit::Input& input)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_chips.clear();
    m_results.clear();
    m_maxChips = input.maxChips;
    // Rows in ranking order, so that the sorted view keeps chips that need more than the limit
    // after those with an unknown bound (both have no sort key).
    QVector<std::pair<const Chip*, LlmFit::Result>> rows;
    rows.reserve(chips.size());
    for (const Chip* chip : chips)
        rows.append({ chip, LlmFit::evaluate(*chip, input) });
    std::stable_sort(rows.begin(), rows.end(),
        [](const auto& a, const auto& b) { return LlmFit::ranksBefore(a.second, b.second); });
    m_chips.reserve(rows.size());
    m_results.reserve(rows.size());
    for (const auto& [chip, result] : std::as_const(rows)) {
        m_chips.append(chip);
        m_results.append(result);
    }
    endResetModel();
}

int LlmFitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_chips.size());
}

int LlmFitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> LlmFitModel::number(int row, int column) const
{
    const auto& result = m_results[row];
    switch (column) {
    case ChipsNeededColumn:
        return result.chipsNeeded ? std::optional<double>(*result.chipsNeeded) : std::nullopt;
    case DecodeColumn:
        return result.decodeTokensPerSecondUpper;
    case MemoryColumn:
        return m_chips[row]->canonical(SpecField::MemoryCapacity);
    case BandwidthColumn:
        return m_chips[row]->canonical(SpecField::MemoryBandwidth);
    case WeightsColumn:
        return Units::convert(result.weightBytes, u"B"_s, u"GB"_s);
    default:
        return std::nullopt;
    }
}

QVariant LlmFitModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chip& chip = *m_chips[index.row()];
    if (role == ChipIdRole)
        return chip.id;
    if (role == ExceedsMaxChipsRole)
        return m_results[index.row()].fit == LlmFit::Fit::ExceedsMaxChips;
    if (index.column() == ChipColumn) {
        if (role == Qt::DisplayRole)
            return chip.name;
        if (role == SortRole)
            return chip.name.toLower();
        return {};
    }
    const auto value = number(index.row(), index.column());
    const bool exceeds
        = index.column() == DecodeColumn && m_results[index.row()].fit == LlmFit::Fit::ExceedsMaxChips;
    switch (role) {
    case Qt::DisplayRole:
        if (exceeds)
            return tr("needs > %Ln chip(s)", nullptr, m_maxChips);
        if (!value)
            return ChipTableModel::unknownText();
        return index.column() == ChipsNeededColumn ? NumberFormat::formatCount(qint64(*value))
                                                   : NumberFormat::formatNumber(*value);
    case SortRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignVCenter | (value ? Qt::AlignRight : Qt::AlignHCenter));
    case Qt::ToolTipRole:
        if (exceeds)
            return tr("Needs %1 chips, more than the limit of %2: not ranked. Raise \"Most chips\" to "
                      "rank it.")
                .arg(NumberFormat::formatCount(m_results[index.row()].chipsNeeded.value_or(0)),
                    NumberFormat::formatCount(m_maxChips));
        if (index.column() == DecodeColumn)
            return value ? LlmFit::decodeFormula() : tr("Unknown: memory capacity or bandwidth is unknown.");
        if (index.column() == ChipsNeededColumn)
            return value ? LlmFit::chipsNeededFormula() : tr("Unknown: memory capacity is unknown.");
        return {};
    default:
        return {};
    }
}

QVariant LlmFitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChipColumn:
        return tr("Chip");
    case ChipsNeededColumn:
        return tr("Chips needed");
    case DecodeColumn:
        return tr("Decode tokens/s\n(upper bound)");
    case MemoryColumn:
        return tr("Memory\n(GB)");
    case BandwidthColumn:
        return tr("Bandwidth\n(GB/s)");
    case WeightsColumn:
        return tr("Weights\n(GB)");
    default:
        return {};
    }
}
