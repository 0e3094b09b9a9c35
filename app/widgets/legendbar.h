#pragma once

#include <QWidget>

// Explains the table's marks: low-confidence tint, disagreement dot, and the unknown dash.
class LegendBar : public QWidget
{
    Q_OBJECT
public:
    explicit LegendBar(QWidget* parent = nullptr);
};
