#pragma once

#include <QTableView>

#include <limits>

// A table whose first column (the chip name) stays in place while the others scroll sideways, so a
// row never loses its name. Follows Qt's "Frozen Column" example: a second view over the same
// model and selection shows only column 0 and lies over the main view's first column.
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FrozenColumnTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QTableView* frozenView() const { return m_frozen; }
    // Cells whose `externalEditorRole` is true are edited elsewhere (a dialog): the edit triggers
    // ask for it through externalEditRequested instead of opening an editor in the cell.
    void setExternalEditorRole(int role) { m_externalEditorRole = role; }
    // How this view lays out a cell (font, icon size, style), before any cell's own data.
    QStyleOptionViewItem cellOption() const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        return option;
    }
    // The width a column's cells want, as QTableView::sizeHintForColumn works it out but
    // measuring each distinct cell once (a column of vendors or support levels repeats a few),
    // and stopping once a cell needs `enough`.
    int cellsWidthHint(int column, int enough = std::numeric_limits<int>::max()) const;

signals:
    void externalEditRequested(const QModelIndex& index);
    // The user tried to edit a cell that cannot be edited (double-click, F2).
    void readOnlyEditAttempted(const QModelIndex& index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;

private:
    void syncFrozenColumns();
    void updateFrozenGeometry();

    QTableView* m_frozen;
    int m_viewportHeight = -1; // as of the last resize
    int m_externalEditorRole = -1;
};
