#include "tablepage.h"

#include "analysis/metrics.h"
#include "legendbar.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TablePage::TablePage(ChipFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
    , m_columnMenu(new QMenu(tr("Columns"), this))
{
    setObjectName(QStringLiteral("tablePage"));
    m_view->setObjectName(QStringLiteral("chipTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChipTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights: content-sized rows are quadratic on large catalogs.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // A readable default; every column is one right-click away.
    m_view->setColumnHidden(ChipTableModel::CountryColumn, true);
    for (int c = 0; c < proxy->columnCount(); ++c) {
        const Metric* metric = ChipTableModel::metricAt(c);
        if (metric && metric->isDerived() && metric->key != u"tpp"_s && metric->key != u"tflops-per-w"_s)
            m_view->setColumnHidden(c, true);
    }
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint& pos) { m_columnMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_columnMenu, &QMenu::aboutToShow, this, &TablePage::rebuildColumnMenu);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit currentChipChanged(currentChipId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { emit selectedChipsChanged(selectedChipIds()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(new LegendBar(this));
}

QStringList TablePage::selectedChipIds() const
{
    QStringList ids;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const auto& index : rows)
        ids.append(index.data(ChipTableModel::ChipIdRole).toString());
    return ids;
}

void TablePage::selectFirstRow()
{
    if (m_proxy->rowCount() > 0 && !m_view->selectionModel()->currentIndex().isValid())
        m_view->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString TablePage::currentChipId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ChipTableModel::ChipIdRole).toString() : QString();
}

void TablePage::fitColumns()
{
    // resizeColumnsToContents samples only a bounded number of rows, so this stays cheap.
    m_view->resizeColumnsToContents();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        // The chip name is what people read first: give it room; keep long text columns in check.
        const int maxWidth = em * (c == ChipTableModel::NameColumn ? 30 : 16);
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 12, maxWidth));
    }
}

void TablePage::rebuildColumnMenu()
{
    m_columnMenu->clear();
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        QString title = m_proxy->headerData(c, Qt::Horizontal).toString();
        title.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QAction* action = m_columnMenu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        // The chip name identifies the row; it is never hidden.
        action->setEnabled(c != ChipTableModel::NameColumn);
        connect(action, &QAction::toggled, this,
            [this, c](bool visible) { m_view->setColumnHidden(c, !visible); });
    }
}
