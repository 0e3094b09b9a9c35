#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>

class ChipTableModel;

// The compare page's list of every chip with a tick box: a view over the chip table's rows, so
// that a catalog of 100,000 chips costs no item objects (a QListWidget of them took seconds to
// fill). The page decides what a tick means (at most eight chips): a user's click only asks,
// through tickRequested().
class ChipPickerModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ChipPickerModel(ChipTableModel* chips, QObject* parent = nullptr);

    void setTicked(const QStringList& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void tickRequested(const QString& chipId, bool ticked);

private:
    ChipTableModel* m_chips;
    QSet<QString> m_ticked;
};
