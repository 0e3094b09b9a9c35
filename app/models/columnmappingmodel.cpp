#include "columnmappingmodel.h"

#include "core/chip.h"
#include "core/chipfields.h"
#include "core/units.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// Field keys in the order the editor lists them, with their labels.
QList<std::pair<QString, QString>> fieldChoices()
{
    QList<std::pair<QString, QString>> choices {
        { QString(), QCoreApplication::translate("ColumnMappingModel", "(not imported)") },
        { u"-"_s, QCoreApplication::translate("ColumnMappingModel", "- (ignore)") },
    };
    // The schema's text fields in display order (the name first) under their keys, as --map
    // spells them; then the per-row source.
    for (const ChipField* field : ChipFields::scalars())
        choices.append({ field->key, field->key });
    choices.append({ u"source"_s, QCoreApplication::translate("ColumnMappingModel", "source (per row)") });
    for (const auto& info : specFields())
        choices.append({ info.jsonKey, info.jsonKey + u" — "_s + specFieldLabel(info.field) });
    return choices;
}

const SpecFieldInfo* specInfo(const QString& key)
{
    for (const auto& info : specFields()) {
        if (info.jsonKey == key)
            return &info;
    }
    return nullptr;
}

} // namespace

ColumnMappingModel::ColumnMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ColumnMappingModel::setHeaders(const QStringList& headers)
{
    beginResetModel();
    m_headers = headers;
    m_targets.clear();
    for (const auto& header : headers)
        m_targets.append(ColumnRecognizer::recognize(header));
    m_changed = QVector<bool>(headers.size(), false);
    m_report.clear();
    endResetModel();
}

QHash<QString, ColumnTarget> ColumnMappingModel::mappings() const
{
    QHash<QString, ColumnTarget> result;
    for (int row = 0; row < m_headers.size(); ++row) {
        if (m_changed[row])
            result.insert(m_headers[row], m_targets[row]);
    }
    return result;
}

void ColumnMappingModel::setReport(const QVector<TableImporter::ColumnReport>& columns)
{
    m_report = columns;
    if (!m_headers.isEmpty())
        emit dataChanged(index(0, ValuesColumn), index(int(m_headers.size()) - 1, ValuesColumn));
}

QString ColumnMappingModel::fieldKey(const ColumnTarget& target) const
{
    switch (target.kind) {
    case ColumnTarget::Kind::Unmapped:
        return {};
    case ColumnTarget::Kind::Ignored:
        return u"-"_s;
    case ColumnTarget::Kind::Source:
        return u"source"_s;
    default:
        return target.key;
    }
}

QStringList ColumnMappingModel::unitChoices(int row) const
{
    const SpecFieldInfo* info = specInfo(m_targets[row].key);
    if (m_targets[row].kind != ColumnTarget::Kind::Number || !info)
        return {};
    return QStringList { QString() } + Units::acceptedUnits(info->dimension);
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ColumnTarget& target = m_targets[row];
    switch (index.column()) {
    case HeaderColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_headers[row]) : QVariant();
    case FieldColumn: {
        const auto choices = fieldChoices();
        if (role == Qt::EditRole)
            return fieldKey(target);
        if (role == Qt::DisplayRole) {
            for (const auto& [key, label] : choices) {
                if (key == fieldKey(target))
                    return label;
            }
            return target.key;
        }
        if (role == Qt::ToolTipRole)
            return target.reason.isEmpty() ? QVariant() : QVariant(target.reason);
        if (role == ChoiceKeysRole || role == ChoiceLabelsRole) {
            QStringList list;
            for (const auto& [key, label] : choices)
                list.append(role == ChoiceKeysRole ? key : label);
            return list;
        }
        return {};
    }
    case UnitColumn:
        if (role == Qt::EditRole)
            return target.unit.value_or(QString());
        if (role == Qt::DisplayRole) {
            if (target.kind != ColumnTarget::Kind::Number)
                return QString();
            return target.unit ? *target.unit : tr("from each cell");
        }
        if (role == ChoiceKeysRole)
            return unitChoices(row);
        if (role == ChoiceLabelsRole) {
            QStringList labels = unitChoices(row);
            if (!labels.isEmpty())
                labels.first() = tr("from each cell");
            return labels;
        }
        return {};
    case ValuesColumn:
        if (role == Qt::DisplayRole && row < m_report.size()
            && (m_report[row].taken || m_report[row].skipped))
            return tr("%1 taken, %2 skipped").arg(m_report[row].taken).arg(m_report[row].skipped);
        return {};
    default:
        return {};
    }
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    ColumnTarget target = m_targets[row];
    const QString text = value.toString();
    if (index.column() == FieldColumn) {
        if (text.isEmpty()) {
            target = { ColumnTarget::Kind::Unmapped, {}, std::nullopt, {} };
        } else {
            QString error;
            const auto mapped = ColumnRecognizer::fromMapping(text, &error, m_headers[row]);
            if (!mapped)
                return false;
            // The header's unit where it names one; else keep the unit when the new field
            // measures the same thing.
            const SpecFieldInfo* info = specInfo(mapped->key);
            const bool unitFits = info && target.unit && Units::dimensionOf(*target.unit) == info->dimension;
            target = *mapped;
            if (unitFits && !target.unit)
                target.unit = m_targets[row].unit;
        }
    } else if (index.column() == UnitColumn) {
        if (target.kind != ColumnTarget::Kind::Number)
            return false;
        if (text.isEmpty()) {
            target.unit.reset();
        } else {
            if (!unitChoices(row).contains(text))
                return false;
            target.unit = text;
        }
    } else {
        return false;
    }
    m_targets[row] = target;
    m_changed[row] = true;
    emit dataChanged(this->index(row, FieldColumn), this->index(row, UnitColumn));
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == FieldColumn
        || (index.column() == UnitColumn && m_targets.value(index.row()).kind == ColumnTarget::Kind::Number))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column");
    case FieldColumn:
        return tr("Field");
    case UnitColumn:
        return tr("Unit");
    case ValuesColumn:
        return tr("Values");
    default:
        return {};
    }
}
