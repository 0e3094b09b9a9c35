#include "textcelldelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QtMath>
#include <climits>
#include <optional>

QStyle* TextCellDelegate::styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

int TextCellDelegate::textMargin(const QStyleOptionViewItem& option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

void TextCellDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintPlainCell(painter, opt))
        styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

bool TextCellDelegate::paintPlainCell(QPainter* painter, const QStyleOptionViewItem& option, TooWide tooWide)
{
    // What QCommonStyle does for CE_ItemViewItem, for a cell that has nothing but text.
    constexpr auto kNotPlain = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    if (option.features & kNotPlain || option.state & (QStyle::State_HasFocus | QStyle::State_Editing)
        || option.text.isEmpty())
        return false;
    QStyle* style = styleOf(option);
    // A style sheet can style items (padding, borders, colours) in ways only it knows.
    if (style->inherits("QStyleSheetStyle"))
        return false;
    const int margin = textMargin(option);

    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    QTextLayout layout(option.text, option.font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    // The text's room: the whole cell, or (when the style does not show decorations selected) a
    // part of it as wide as the text, placed by the cell's alignment; less the margins.
    QRect textRect = option.rect;
    if (!option.showDecorationSelected) {
        line.setLineWidth(INT_MAX / 256); // as wide as the style measures in (QFIXED_MAX)
        const QSize needed(qCeil(line.naturalTextWidth()) + 2 * margin, qCeil(line.height()));
        textRect = QStyle::alignedRect(
            option.direction, option.displayAlignment, needed.boundedTo(option.rect.size()), option.rect);
    }
    textRect.adjust(margin, 0, -margin, 0);
    line.setLineWidth(textRect.width());
    line.setPosition(QPointF(0, 0));
    const bool oneLine = !layout.createLine().isValid();
    layout.endLayout();
    if (!oneLine)
        return false; // the style's way
    // Too wide: what is drawn is the text elided, placed where the whole text would have been.
    std::optional<QTextLayout> elided;
    if (line.naturalTextWidth() > textRect.width()) {
        if (tooWide == TooWide::Decline)
            return false;
        elided.emplace(
            QFontMetrics(option.font).elidedText(option.text, option.textElideMode, textRect.width()),
            option.font);
        elided->setTextOption(textOption);
        elided->beginLayout();
        QTextLine elidedLine = elided->createLine();
        elidedLine.setLineWidth(textRect.width());
        elidedLine.setPosition(QPointF(0, 0));
        elided->endLayout();
    }

    painter->save();
    painter->setClipRect(option.rect, painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, option.widget);
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    // Placed in the room by the cell's alignment as a block as wide as the room, as the style
    // places it.
    const QRect block = QStyle::alignedRect(
        Qt::LayoutDirectionAuto, option.displayAlignment, layout.boundingRect().size().toSize(), textRect);
    (elided ? *elided : layout).draw(painter, QPointF(textRect.x(), block.top()));
    painter->restore();
    return true;
}
