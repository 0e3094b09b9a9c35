#pragma once

#include <QWidget>

class ChipFilterProxyModel;
class QMenu;
class QTableView;

// The chip table with its legend, and the menu that shows or hides its columns.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    explicit TablePage(ChipFilterProxyModel* proxy, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QMenu* columnMenu() const { return m_columnMenu; }
    QStringList selectedChipIds() const;
    QString currentChipId() const;
    void fitColumns();
    void selectFirstRow(); // so the details panel never starts empty

signals:
    void currentChipChanged(const QString& chipId);
    void selectedChipsChanged(const QStringList& chipIds);

private:
    void rebuildColumnMenu();

    ChipFilterProxyModel* m_proxy;
    QTableView* m_view;
    QMenu* m_columnMenu;
};
