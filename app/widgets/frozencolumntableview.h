#pragma once

#include <QTableView>

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

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    void syncFrozenColumns();
    void updateFrozenGeometry();

    QTableView* m_frozen;
};
