#include "pngoptionsdialog.h"

#include "io/sizespec.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

PngOptionsDialog::PngOptionsDialog(QWidget* parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("PNG size"));
    m_width->setRange(SizeSpec::kMinimum.width(), SizeSpec::kMaximum.width());
    m_height->setRange(SizeSpec::kMinimum.height(), SizeSpec::kMaximum.height());
    m_width->setValue(1600);
    m_height->setValue(900);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_scale->setRange(0, 4);
    m_scale->setSingleStep(0.5);
    m_scale->setSpecialValueText(tr("automatic"));
    m_scale->setValue(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale (text size):"), m_scale);
    form->addRow(buttons);
}

QSize PngOptionsDialog::pixelSize() const
{
    return { m_width->value(), m_height->value() };
}

double PngOptionsDialog::scale() const
{
    return m_scale->value() < 1 ? 0 : m_scale->value();
}
