#include "legendbar.h"

#include "models/chiptablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>

using namespace Qt::StringLiterals;

LegendBar::LegendBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);

    auto* dot = new QLabel(this);
    dot->setPixmap(ChipTableModel::disagreementIcon().pixmap(12, 12));
    layout->addWidget(dot);
    layout->addWidget(new QLabel(tr("sources disagree (hover for all values)"), this));
    layout->addSpacing(16);

    auto* swatch = new QLabel(tr("1,000"), this);
    QFont italic = swatch->font();
    italic.setItalic(true);
    swatch->setFont(italic);
    swatch->setAutoFillBackground(true);
    QPalette palette = swatch->palette();
    palette.setColor(QPalette::Window,
                     [&] {
                         // Compose the translucent tint over the base colour, as the table does.
                         const QColor base = palette.color(QPalette::Base);
                         const QColor tint = ChipTableModel::lowConfidenceTint();
                         const double a = tint.alphaF();
                         return QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                                                 base.greenF() * (1 - a) + tint.greenF() * a,
                                                 base.blueF() * (1 - a) + tint.blueF() * a);
                     }());
    swatch->setPalette(palette);
    swatch->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(swatch);
    layout->addWidget(new QLabel(tr("rumored or estimate"), this));
    layout->addSpacing(16);
    layout->addWidget(new QLabel(ChipTableModel::unknownText() + u"  "_s + tr("unknown"), this));
    layout->addStretch(1);
}
