#pragma once

#include <QStyledItemDelegate>

// Paints a number cell the way a spreadsheet does: a number too wide for its column reads "###",
// never a cut-off number ("0.00…" for 0.000032 reads as zero). Otherwise Qt's own delegate paints
// it. Also tells how wide a column must be for a given text, measured with the style's own text
// rectangle, so that the painting and the column widths never disagree.
class NumberCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The cell width at which `text` shows whole in a cell laid out like `option` (its font,
    // decoration and alignment). A table's column is a grid line wider than its cells.
    static int widthNeeded(const QStyleOptionViewItem& option, const QString& text);
    // Whether the option's text shows whole in the option's rectangle.
    static bool fits(const QStyleOptionViewItem& option);
    static QString overflowText() { return QStringLiteral("###"); }
};
