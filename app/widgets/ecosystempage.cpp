#include "ecosystempage.h"

#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/ecosystemmodel.h"
#include "rebuildscheduler.h"
#include "swatchlabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EcosystemPage::EcosystemPage(ChipTableModel* chips, ChipFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_chips(chips)
    , m_proxy(proxy)
    , m_model(new EcosystemModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"ecosystemPage"_s);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Software support per chip"));
    m_view->setAccessibleDescription(
        tr("One row per chip: CUDA compatibility, software stack, and each framework's support."));
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    auto* legend = new QHBoxLayout;
    legend->addWidget(makeSwatchLabel(tr("native"), EcosystemModel::supportTint(SupportLevel::Native), this));
    legend->addWidget(makeSwatchLabel(tr("plugin or fork (CUDA: source-compatible)"),
        EcosystemModel::supportTint(SupportLevel::Plugin), this));
    legend->addWidget(makeSwatchLabel(tr("none"), EcosystemModel::supportTint(SupportLevel::None), this));
    legend->addWidget(new QLabel(tr("?  unknown: no source says. Hover a cell for its source."), this));
    legend->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);

    auto* scheduler = new RebuildScheduler(this);
    scheduler->watch(proxy);
    connect(scheduler, &RebuildScheduler::rebuild, this, &EcosystemPage::rebuild);
    rebuild();
}

void EcosystemPage::rebuild()
{
    m_model->setChips(m_chips->snapshot(), m_proxy->visibleChips());
    m_view->resizeColumnsToContents();
    // Keep every framework column in view; long cells are elided and whole in their tooltips.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(
            c, std::min(m_view->columnWidth(c) + 8, em * (c == EcosystemModel::StackColumn ? 14 : 10)));
}
