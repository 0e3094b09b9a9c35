#include "legendbar.h"

#include "models/chiptablemodel.h"
#include "swatchlabel.h"

#include <QHBoxLayout>
#include <QLabel>

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

    auto* swatch = makeSwatchLabel(tr("1,000"), ChipTableModel::lowConfidenceTint(), this);
    QFont italic = swatch->font();
    italic.setItalic(true);
    swatch->setFont(italic);
    layout->addWidget(swatch);
    layout->addWidget(new QLabel(tr("rumored or estimate"), this));
    layout->addSpacing(16);
    layout->addWidget(new QLabel(ChipTableModel::unknownText() + u"  "_s + tr("unknown"), this));
    layout->addStretch(1);
}
