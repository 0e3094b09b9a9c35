#include "systemspage.h"

#include "analysis/systemschart.h"
#include "charts/chartview.h"
#include "models/chiptablemodel.h"
#include "models/systemtablemodel.h"
#include "models/unknownlastsortproxy.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SystemsPage::SystemsPage(ChipTableModel* chips, QWidget* parent)
    : QWidget(parent)
    , m_chips(chips)
    , m_model(new SystemTableModel(this))
    , m_sorted(new UnknownLastSortProxy(this))
    , m_view(new QTableView(this))
    , m_figure(new QComboBox(this))
    , m_compare(new QPushButton(tr("&Compare selected"), this))
    , m_chart(new ChartView(this))
{
    setObjectName(u"systemsPage"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SystemTableModel::SortRole); // unknown stays last, both ways
    m_view->setObjectName(u"systemsTable"_s);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the catalog's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Systems"));
    m_view->setAccessibleDescription(tr("One row per rack or supernode; figures in italics are the "
                                        "chip's × the number of chips."));
    m_figure->setObjectName(u"systemsFigure"_s);
    for (const auto& choice : SystemsChart::choices())
        m_figure->addItem(choice.label, choice.key);
    m_figure->setCurrentIndex(m_figure->findData(u"bf16_pflops"_s));
    m_chart->setObjectName(u"systemsChart"_s);
    m_compare->setObjectName(u"systemsCompare"_s);
    m_compare->setToolTip(tr("Select two or more systems in the table (Ctrl+click) to compare them side by side"));
    m_compare->setEnabled(false);

    auto* figureLabel = new QLabel(tr("&Figure:"), this);
    figureLabel->setBuddy(m_figure);
    auto* controls = new QHBoxLayout;
    controls->addWidget(figureLabel);
    controls->addWidget(m_figure);
    // Wrapped, so that the row never widens the page past the window (the details dock beside
    // it would be squeezed to a sliver at 1024 pixels).
    auto* legend = new QLabel(
        tr("Italics in the table, ≈ on a bar: not given for the system, the chip's figure × the number of chips."),
        this);
    legend->setWordWrap(true);
    controls->addWidget(legend, 1);
    controls->addWidget(m_compare);
    auto* chartPart = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(controls);
    chartLayout->addWidget(m_chart, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(chartPart);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_figure, &QComboBox::currentIndexChanged, this, &SystemsPage::rebuildChart);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_compare->setEnabled(m_view->selectionModel()->selectedRows().size() >= 2); });
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(selectedSystemIds()); });
    // The catalog in use changes (a file opened, an edit): the systems follow it.
    connect(m_chips, &QAbstractItemModel::modelReset, this, &SystemsPage::rebuild);
    connect(m_chips, &QAbstractItemModel::dataChanged, this, &SystemsPage::rebuild);
    rebuild();
}

bool SystemsPage::setChartFigure(const QString& key)
{
    const int index = m_figure->findData(key);
    if (index < 0)
        return false;
    m_figure->setCurrentIndex(index);
    return true;
}

QStringList SystemsPage::selectedSystemIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(m_model->columnOf(u"id"_s));
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : rows)
        ids.append(index.data().toString());
    return ids;
}

void SystemsPage::rebuild()
{
    m_model->setCatalog(m_chips->snapshot());
    // The name says which system a row is; its id is what `chipcompare systems` takes.
    m_view->setColumnHidden(m_model->columnOf(u"id"_s), true);
    m_view->resizeColumnsToContents();
    rebuildChart();
}

void SystemsPage::rebuildChart()
{
    QVector<const ChipSystem*> systems;
    for (const auto& system : m_model->catalog().systems)
        systems.append(&system);
    m_data = SystemsChart::build(m_model->catalog(), systems, m_figure->currentData().toString());
    ChartStyle style;
    style.dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setChart(m_data, style);
}

void SystemsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // themes overwrite series colours
        rebuildChart();
}
