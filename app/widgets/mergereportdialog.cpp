#include "mergereportdialog.h"

#include "core/catalog.h"
#include "models/mergereportmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

MergeReportDialog::MergeReportDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_model(new MergeReportModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("mergeReport"));
    setWindowTitle(tr("Merge report"));
    m_model->setCatalog(catalog);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(summary(catalog));
    m_view->setObjectName(QStringLiteral("mergeOverrides"));
    m_view->setAccessibleName(tr("Values that differ between the merged catalogs"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString MergeReportDialog::summary(const Catalog& catalog)
{
    QSet<QString> chips;
    for (const auto& override : catalog.overrides)
        chips.insert(override.chipId);
    const QString policy = tr("Merge policy: %1.").arg(mergePolicyLabel(catalog.policy));
    if (catalog.origins.size() < 2)
        return policy + u' ' + tr("Only one catalog is in use: nothing was merged.");
    if (catalog.overrides.isEmpty())
        return policy + u' '
            + tr("No value differs between the catalogs merged (%1).")
                  .arg(catalog.origins.join(QStringLiteral(", ")));
    return policy + u' ' + tr("%n value(s) differ", nullptr, int(catalog.overrides.size())) + u' '
        + tr("in %n chip(s)", nullptr, int(chips.size())) + u' '
        + tr("between the catalogs merged (%1).").arg(catalog.origins.join(QStringLiteral(", ")));
}
