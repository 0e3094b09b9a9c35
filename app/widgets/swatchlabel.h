#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

// A label on the colour a view paints behind its cells: the translucent `tint` composed over the
// palette's base colour, so legends match the cells they explain.
QLabel* makeSwatchLabel(const QString& text, const QColor& tint, QWidget* parent);
