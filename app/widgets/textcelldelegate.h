#pragma once

#include <QStyledItemDelegate>

// Paints cells as QStyledItemDelegate does, pixel for pixel, with less work for the common cell:
// one line of text, with no icon or check box. The style lays such a text out five times to paint
// it (three times to place the text, the check box and the icon, once to see whether to elide it
// and once to draw it); here it is laid out once (twice if elided). Painting the chip table's text
// was the largest single part of opening the window.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // What to do with a text too wide for its cell: elide it as the style does, or leave the cell
    // unpainted (a number cell then shows "###").
    enum class TooWide { Elide, Decline };
    // Paints `option` (initialised for its cell) if it is such a cell, and says whether it did.
    // Anything else (an icon, a check box, wrapped text or several lines, keyboard focus, an open
    // editor) is left to the style.
    static bool paintPlainCell(
        QPainter* painter, const QStyleOptionViewItem& option, TooWide tooWide = TooWide::Elide);

    // The style that paints the cell: its view's, else the application's.
    static QStyle* styleOf(const QStyleOptionViewItem& option);
    // The style pads a cell's text by this much on each side (QCommonStyle's viewItemDrawText).
    static int textMargin(const QStyleOptionViewItem& option);
};
