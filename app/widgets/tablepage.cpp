#include "tablepage.h"

#include "analysis/metrics.h"
#include "choicedelegate.h"
#include "frozencolumntableview.h"
#include "legendbar.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/preparedcatalog.h"
#include "numbercelldelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TablePage::TablePage(ChipFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_view(new FrozenColumnTableView(this))
    , m_empty(new QWidget(this))
    , m_columnMenu(new QMenu(tr("Columns"), this))
    , m_numberDelegate(new NumberCellDelegate(this))
{
    setObjectName(QStringLiteral("tablePage"));
    m_view->setObjectName(QStringLiteral("chipTable"));
    m_view->setSortingEnabled(true);
    m_view->setModel(proxy);
    m_view->setAccessibleName(tr("Chips"));
    m_view->setAccessibleDescription(tr("One row per chip with its key numbers; unknown values read "
                                        "as a dash. Double-click a cell of your own chips to edit it."));
    m_view->sortByColumn(ChipTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the table (to the next control) instead of walking it cell by cell, and Ctrl+Tab
    // reaches the page tabs.
    m_view->setTabKeyNavigation(false);
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
        if (metric && !metric->shownByDefault)
            m_view->setColumnHidden(c, true);
        if (metric)
            m_view->setItemDelegateForColumn(c, m_numberDelegate);
    }
    applyDefaultColumnOrder();
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint& pos) { m_columnMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_columnMenu, &QMenu::aboutToShow, this, &TablePage::rebuildColumnMenu);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit currentChipChanged(currentChipId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { emit selectedChipsChanged(selectedChipIds()); });

    // Editing (user catalogs only; the model decides which cells): numbers in the number editor,
    // enumerations with a combo box that commits once.
    m_view->setExternalEditorRole(ChipTableModel::ExternalEditorRole);
    auto* choices = new ChoiceDelegate(ChipTableModel::ChoiceKeysRole, ChipTableModel::ChoiceLabelsRole, this,
        ChoiceDelegate::Commit::OnClose);
    m_view->setItemDelegateForColumn(ChipTableModel::StatusColumn, choices);
    m_view->setItemDelegateForColumn(ChipTableModel::cudaColumn(), choices);
    connect(m_view, &FrozenColumnTableView::externalEditRequested, this, [this](const QModelIndex& index) {
        const Metric* metric = ChipTableModel::metricAt(index.column());
        if (metric && metric->field)
            emit numberEditRequested(
                index.data(ChipTableModel::ChipIdRole).toString(), specFieldInfo(*metric->field).jsonKey);
    });
    connect(m_view, &FrozenColumnTableView::readOnlyEditAttempted, this, [this](const QModelIndex& index) {
        emit readOnlyEditAttempted(index.data(ChipTableModel::ChipIdRole).toString());
    });

    // When the filters leave nothing, say so and offer the way back.
    m_empty->setObjectName(u"noChipsMatch"_s);
    auto* emptyText = new QLabel(tr("No chips match the filters."), m_empty);
    auto* clearButton = new QPushButton(tr("Clear filters"), m_empty);
    clearButton->setObjectName(u"clearFiltersButton"_s);
    connect(clearButton, &QPushButton::clicked, this, &TablePage::clearFiltersRequested);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(clearButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_empty->hide();
    connect(proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateEmptyState);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateEmptyState);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateEmptyState);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateEmptyState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(new LegendBar(this));
}

QTableView* TablePage::view() const
{
    return m_view;
}

QList<int> TablePage::keyColumns()
{
    QList<int> columns;
    for (const QString& key : { u"memory-gb"_s, u"bandwidth-gbs"_s, u"bf16-tflops"_s, u"fp8-tflops"_s,
             u"int8-tops"_s, u"tdp-w"_s }) {
        const auto& metrics = Metrics::all();
        for (int i = 0; i < metrics.size(); ++i) {
            if (metrics[i].key == key)
                columns.append(ChipTableModel::metricColumn(i));
        }
    }
    columns.append(ChipTableModel::cudaColumn());
    return columns;
}

void TablePage::applyDefaultColumnOrder()
{
    // The name, then the numbers people compare, then who makes it and the rest.
    QList<int> order { ChipTableModel::NameColumn };
    order += keyColumns();
    order += { ChipTableModel::VendorColumn, ChipTableModel::MemoryTypeColumn, ChipTableModel::YearColumn,
        ChipTableModel::StatusColumn };
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (!order.contains(c))
            order.append(c);
    }
    QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
}

int TablePage::keyColumnsWidth() const
{
    int width = m_view->columnWidth(ChipTableModel::NameColumn);
    for (const int column : keyColumns())
        width += m_view->isColumnHidden(column) ? 0 : m_view->columnWidth(column);
    return width + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth();
}

void TablePage::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0 && m_proxy->sourceModel()->rowCount() > 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
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
    // Shown columns only: a hidden one is fitted when it is first shown (rebuildColumnMenu).
    m_fittedWidth.clear();
    m_fittedColumns.clear();
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (!m_view->isColumnHidden(c))
            fitColumn(c);
    }
}

void TablePage::fitColumn(int column)
{
    m_fittedColumns.insert(column);
    QHeaderView* header = m_view->horizontalHeader();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    if (ChipTableModel::metricAt(column)) {
        // Numbers are measured from the extremes of their values rather than cell by cell. The
        // header's own hint makes room for a sort arrow as wide as the header is tall, so it is
        // capped; but each line of the header shows whole, and so does every value.
        const int values = numberColumnWidthNeeded(column);
        int lines = 0;
        for (const QString& line : m_proxy->headerData(column, Qt::Horizontal).toString().split(u'\n'))
            lines = std::max(lines, header->fontMetrics().horizontalAdvance(line));
        lines += 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int capped = std::min(std::max(header->sectionSizeHint(column), values) + 12, 7 * em);
        m_view->setColumnWidth(column, std::max({ capped, lines, values }));
        m_fittedWidth.insert(column, values);
        return;
    }
    // Text is measured cell by cell (as many rows as QTableView samples), until it is clear the
    // cap applies. The name gets room, but not so much that the numbers leave the screen (its
    // tooltip and the details panel have it whole); long text is kept in check.
    const int cap = em * (column == ChipTableModel::NameColumn ? 20 : 12);
    const int contents = std::max(header->sectionSizeHint(column), m_view->cellsWidthHint(column, cap - 12));
    m_view->setColumnWidth(column, std::min(contents + 12, cap));
}

void TablePage::fitNumberColumnsToValues()
{
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (ChipTableModel::metricAt(c) && !m_view->isColumnHidden(c))
            fitNumberColumn(c);
    }
}

void TablePage::refitNumberColumns()
{
    m_fittedWidth.clear();
    m_fittedColumns.clear(); // the columns are as they first were: a hidden one was never fitted
    fitNumberColumnsToValues();
}

int TablePage::numberColumnWidthNeeded(int column) const
{
    // From the extremes of the values, not by formatting each: this runs on every edit, and a
    // catalog can hold 100,000 chips.
    const auto* model = static_cast<const ChipTableModel*>(m_proxy->sourceModel());
    const CatalogSnapshot catalog = model->snapshot();
    const QString fontKey = m_view->font().key();
    if (m_neededWidths.catalog.toStrongRef() != catalog || m_neededWidths.fontKey != fontKey
        || m_neededWidths.style != m_view->style()) {
        m_neededWidths = { catalog, fontKey, m_view->style(), {} };
    }
    if (const auto known = m_neededWidths.byColumn.constFind(column); known != m_neededWidths.byColumn.cend())
        return *known;

    const Metric* metric = ChipTableModel::metricAt(column);
    const int metricIndex = int(metric - Metrics::all().constData());
    const MetricColumnExtent& extent = model->prepared().columnExtents.at(metricIndex);
    QStyleOptionViewItem option = m_view->cellOption();
    option.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    option.features |= QStyleOptionViewItem::HasDisplay;
    if (extent.anyDisagreement)
        option.features |= QStyleOptionViewItem::HasDecoration;
    if (extent.anyBelowReported)
        option.font.setItalic(true);
    option.fontMetrics = QFontMetrics(option.font);
    int needed = 0;
    for (const QString& text : extent.widestTexts)
        needed = std::max(needed, NumberCellDelegate::widthNeeded(option, text));
    needed += m_view->showGrid() ? 1 : 0; // the column holds the grid line after its cells
    m_neededWidths.byColumn.insert(column, needed);
    return needed;
}

void TablePage::fitNumberColumn(int column)
{
    const int needed = numberColumnWidthNeeded(column);
    if (needed > m_fittedWidth.value(column) && m_view->columnWidth(column) < needed)
        m_view->setColumnWidth(column, needed);
    m_fittedWidth.insert(column, needed);
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
        connect(action, &QAction::toggled, this, [this, c](bool visible) {
            m_view->setColumnHidden(c, !visible);
            // Fitted the first time it shows; after that it comes back as wide as it was, and
            // wider only if its values need more.
            if (visible && !m_fittedColumns.contains(c))
                fitColumn(c);
            else if (visible && ChipTableModel::metricAt(c))
                fitNumberColumn(c);
        });
    }
}
