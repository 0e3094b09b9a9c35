#pragma once

#include <QDialog>
#include <QSize>

class QDoubleSpinBox;
class QSpinBox;

// Asks for the pixel size and scale of a PNG export.
class PngOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PngOptionsDialog(QWidget* parent = nullptr);
    QSize pixelSize() const;
    double scale() const; // 0: automatic

private:
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
};
