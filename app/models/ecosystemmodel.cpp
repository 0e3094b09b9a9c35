#include "ecosystemmodel.h"

#include "chiptablemodel.h"
#include "provenancetext.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

EcosystemModel::EcosystemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QStringList EcosystemModel::standardFrameworks()
{
    return { u"PyTorch"_s, u"TensorFlow"_s, u"PaddlePaddle"_s, u"ONNX Runtime"_s, u"vLLM"_s, u"SGLang"_s,
        u"MindSpore"_s };
}

QColor EcosystemModel::supportTint(SupportLevel level)
{
    // Translucent so the text stays readable on light and dark palettes.
    switch (level) {
    case SupportLevel::Native:
        return QColor(46, 160, 67, 90);
    case SupportLevel::Plugin:
        return QColor(255, 176, 0, 90);
    case SupportLevel::None:
        return QColor(214, 39, 40, 70);
    case SupportLevel::Unknown:
        break;
    }
    return {};
}

void EcosystemModel::setChips(CatalogSnapshot catalog, const QVector<const Chip*>& chips)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_chips = chips;
    m_frameworks = standardFrameworks();
    for (const Chip* chip : chips) {
        for (const auto& e : chip->ecosystem) {
            if (!m_frameworks.contains(e.name, Qt::CaseInsensitive))
                m_frameworks.append(e.name);
        }
    }
    endResetModel();
}

int EcosystemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_chips.size());
}

int EcosystemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFrameworkColumn + int(m_frameworks.size());
}

const EcosystemEntry* EcosystemModel::entry(const Chip& chip, const QString& framework) const
{
    for (const auto& e : chip.ecosystem) {
        if (e.name.compare(framework, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

QVariant EcosystemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chip& chip = *m_chips[index.row()];
    if (role == ChipIdRole)
        return chip.id;
    switch (index.column()) {
    case ChipColumn:
        return role == Qt::DisplayRole ? QVariant(chip.displayShortName()) : QVariant();
    case CudaColumn:
        return cudaData(chip, role);
    case StackColumn:
        if (role == Qt::DisplayRole)
            return chip.softwareStack.isEmpty() ? ChipTableModel::unknownText()
                                                : chip.softwareStack.toString();
        if (role == Qt::ToolTipRole)
            return chip.softwareStack.isEmpty() ? tr("No software stack recorded")
                                                : chip.softwareStack.toString();
        return {};
    default:
        return frameworkData(chip, m_frameworks[index.column() - FirstFrameworkColumn], role);
    }
}

QVariant EcosystemModel::cudaData(const Chip& chip, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cudaCompatLabel(chip.cudaCompat);
    case Qt::BackgroundRole: {
        const SupportLevel level = chip.cudaCompat == CudaCompat::Native ? SupportLevel::Native
            : chip.cudaCompat == CudaCompat::SourceCompatible            ? SupportLevel::Plugin
            : chip.cudaCompat == CudaCompat::None                        ? SupportLevel::None
                                                                         : SupportLevel::Unknown;
        const QColor tint = supportTint(level);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::ToolTipRole:
        return tr("CUDA compatibility of %1: %2. Sources: see the chip's details.")
            .arg(chip.name, cudaCompatLabel(chip.cudaCompat));
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    default:
        return {};
    }
}

QVariant EcosystemModel::frameworkData(const Chip& chip, const QString& framework, int role) const
{
    const EcosystemEntry* e = entry(chip, framework);
    const SupportLevel level = e ? e->support : SupportLevel::Unknown;
    switch (role) {
    case Qt::DisplayRole:
        if (!e || level == SupportLevel::Unknown)
            return u"?"_s;
        return level == SupportLevel::Plugin && !e->via.isEmpty() ? tr("plugin: %1").arg(e->via)
                                                                  : supportLevelLabel(level);
    case SupportRole:
        return int(level);
    case Qt::BackgroundRole: {
        const QColor tint = supportTint(level);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::ToolTipRole: {
        QString html
            = u"<b>"_s + framework.toHtmlEscaped() + u" on "_s + chip.name.toHtmlEscaped() + u"</b><br/>"_s;
        if (!e)
            return QString(html + tr("Unknown: no source in the catalog says."));
        html += supportLevelLabel(level);
        if (!e->via.isEmpty())
            html += u": "_s + e->via.toHtmlEscaped();
        if (!e->sourceId.isEmpty() && m_catalog)
            html += u"<br/>"_s
                + tr("Source: %1").arg(ProvenanceText::sourceLabel(*m_catalog, e->sourceId).toHtmlEscaped());
        return html;
    }
    default:
        return {};
    }
}

QVariant EcosystemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChipColumn:
        return tr("Chip");
    case CudaColumn:
        return tr("CUDA");
    case StackColumn:
        return tr("Vendor stack");
    default:
        return m_frameworks[section - FirstFrameworkColumn];
    }
}
