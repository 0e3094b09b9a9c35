#pragma once

#include "importer/tableimporter.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

// The import dialog's "what each column holds": one row per column of the sheet, with the field
// and unit recognised from its header, which the user can change, and how many values it gave.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeaderColumn, FieldColumn, UnitColumn, ValuesColumn, ColumnCount };
    enum Role {
        ChoiceKeysRole = Qt::UserRole, // the keys an editor offers (QStringList)
        ChoiceLabelsRole, // their labels, in the same order
    };

    explicit ColumnMappingModel(QObject* parent = nullptr);

    // Recognises every header afresh: the user's earlier choices are dropped.
    void setHeaders(const QStringList& headers);
    const QStringList& headers() const { return m_headers; }
    ColumnTarget target(int row) const { return m_targets.value(row); }
    // The columns the user changed, as --map would name them.
    QHash<QString, ColumnTarget> mappings() const;
    void setReport(const QVector<TableImporter::ColumnReport>& columns);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    QString fieldKey(const ColumnTarget& target) const; // "" unmapped, "-" ignored, "source", a field
    QStringList unitChoices(int row) const;

    QStringList m_headers;
    QVector<ColumnTarget> m_targets;
    QVector<bool> m_changed;
    QVector<TableImporter::ColumnReport> m_report;
};
