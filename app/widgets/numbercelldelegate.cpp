#include "numbercelldelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QStyle>
#include <QTextLayout>
#include <QWidget>
#include <cmath>

namespace {

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The style pads an item's text by the focus frame's margin and one pixel on each side.
int textMargin(const QStyleOptionViewItem& option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, option.widget) + 1;
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
    // The style gives the text all the cell leaves it (after decoration and spacing) when the
    // decoration is shown selected, and otherwise a part of that sized to the text; either way the
    // text shows whole when that area holds it and its margins. The area does not depend on the
    // text, so one probe measures what the rest of the cell takes.
    constexpr int kProbeWidth = 10000;
    QStyleOptionViewItem probe = option;
    probe.text = QStringLiteral("0");
    probe.showDecorationSelected = true;
    probe.rect = QRect(0, 0, kProbeWidth, std::max(option.rect.height(), option.fontMetrics.height() + 8));
    const QRect area = styleOf(probe)->subElementRect(QStyle::SE_ItemViewItemText, &probe, probe.widget);
    return kProbeWidth - area.width() + 2 * textMargin(probe) + int(std::ceil(textWidth(option.font, text)));
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
