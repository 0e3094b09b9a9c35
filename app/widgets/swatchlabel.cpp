#include "swatchlabel.h"

#include <QLabel>
#include <QPalette>

QLabel* makeSwatchLabel(const QString& text, const QColor& tint, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    const QColor base = palette.color(QPalette::Base);
    const double a = tint.alphaF();
    palette.setColor(QPalette::Window,
        QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a, base.greenF() * (1 - a) + tint.greenF() * a,
            base.blueF() * (1 - a) + tint.blueF() * a));
    label->setPalette(palette);
    label->setContentsMargins(6, 1, 6, 1);
    return label;
}
