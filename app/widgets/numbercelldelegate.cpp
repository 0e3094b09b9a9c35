#include "numbercelldelegate.h"

#include <QFontMetricsF>
#include <QStyle>
#include <QTextLayout>
#include <cmath>

namespace {

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

// Numbers are digits, separators and a dash: nothing in them needs a shaper's rules (kerning,
// ligatures), and shaping was most of what painting a number cost.
QFont unshaped(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
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
    return kProbeWidth - area.width() + 2 * textMargin(probe)
        + int(std::ceil(textWidth(unshaped(option.font), text)));
}

void NumberCellDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.font = unshaped(opt.font);
    // Most numbers: one line that shows whole, with no mark beside it.
    if (paintPlainCell(painter, opt, TooWide::Decline))
        return;
    if (!fits(opt))
        opt.text = overflowText();
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QSize NumberCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = TextCellDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    size.setWidth(std::max(size.width(), widthNeeded(opt, opt.text)));
    return size;
}
