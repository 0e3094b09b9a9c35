#include "ecosystempage.h"

#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/ecosystemmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel* swatch(const QColor& colour, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    const QColor base = palette.color(QPalette::Base);
    const double a = colour.alphaF();
    palette.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - a) + colour.redF() * a,
                                                        base.greenF() * (1 - a) + colour.greenF() * a,
                                                        base.blueF() * (1 - a) + colour.blueF() * a));
    label->setPalette(palette);
    label->setContentsMargins(6, 1, 6, 1);
    return label;
}
} // namespace

EcosystemPage::EcosystemPage(ChipTableModel* chips, ChipFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_chips(chips)
    , m_proxy(proxy)
    , m_model(new EcosystemModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"ecosystemPage"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    auto* legend = new QHBoxLayout;
    legend->addWidget(swatch(EcosystemModel::supportTint(SupportLevel::Native), tr("native"), this));
    legend->addWidget(swatch(EcosystemModel::supportTint(SupportLevel::Plugin), tr("plugin or fork (CUDA: "
                                                                                   "source-compatible)"), this));
    legend->addWidget(swatch(EcosystemModel::supportTint(SupportLevel::None), tr("none"), this));
    legend->addWidget(new QLabel(tr("?  unknown: no source says. Hover a cell for its source."), this));
    legend->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);

    auto schedule = [this] {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, &EcosystemPage::rebuild);
    };
    connect(proxy, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(proxy, &QAbstractItemModel::modelReset, this, schedule);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, schedule);
    rebuild();
}

void EcosystemPage::rebuild()
{
    m_pending = false;
    m_model->setChips(&m_chips->catalog(), m_proxy->visibleChips());
    m_view->resizeColumnsToContents();
    // Keep every framework column in view; long cells are elided and whole in their tooltips.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 8, em * (c == EcosystemModel::StackColumn ? 14 : 10)));
}
