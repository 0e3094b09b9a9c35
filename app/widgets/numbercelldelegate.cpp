#include "numbercelldelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QStyle>
#include <QTextLayout>
#include <cmath>

namespace {

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The style pads the text by this much on each side inside its rectangle (QCommonStyle's
// viewItemDrawText), and elides what does not fit in the rest.
int textMargin(const QStyleOptionViewItem& option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

// Measured the way the style lays the text out before deciding to elide it.
qreal textWidth(const QFont& font, const QString& text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    const qreal width = line.naturalTextWidth();
    layout.endLayout();
    return width;
}

} // namespace

bool NumberCellDelegate::fits(const QStyleOptionViewItem& option)
{
    const QRect textRect
        = styleOf(option)->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget);
    return textWidth(option.font, option.text) <= textRect.width() - 2 * textMargin(option);
}

int NumberCellDelegate::widthNeeded(const QStyleOptionViewItem& option, const QString& text)
{
    // The narrowest cell in which fits() holds, found with fits() itself: how a style lays out a
    // cell (decoration, spacing, a text rectangle sized to the text or to the cell) differs between
    // styles and options, and the painting must agree with this to the pixel.
    QStyleOptionViewItem probe = option;
    probe.text = text;
    const int height = std::max(option.rect.height(), option.fontMetrics.height() + 8);
    const auto fitsIn = [&](int width) {
        probe.rect = QRect(0, 0, width, height);
        return fits(probe);
    };
    constexpr int kWidest = 1 << 16;
    int enough = 64;
    while (!fitsIn(enough) && enough < kWidest)
        enough *= 2;
    int tooNarrow = 0;
    while (enough - tooNarrow > 1) {
        const int middle = (tooNarrow + enough) / 2;
        (fitsIn(middle) ? enough : tooNarrow) = middle;
    }
    return enough;
}

void NumberCellDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!fits(opt))
        opt.text = overflowText();
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QSize NumberCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    size.setWidth(std::max(size.width(), widthNeeded(opt, opt.text)));
    return size;
}
