#include "comparepage.h"
#include "models/chippickermodel.h"

#include "analysis/comparisonhtml.h"
#include "charts/documentexport.h"
#include "io/atomicfile.h"
#include "io/datatablewriter.h"
#include "models/chiptablemodel.h"
#include "models/comparisonmodel.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ComparePage::ComparePage(ChipTableModel* chips, QWidget* parent)
    : QWidget(parent)
    , m_chips(chips)
    , m_pickerModel(new ChipPickerModel(chips, this))
    , m_picker(new QListView(this))
    , m_baseline(new QComboBox(this))
    , m_differences(new QCheckBox(tr("Differences only"), this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_comparison(new ComparisonModel(this))
{
    setObjectName(u"comparePage"_s);
    m_picker->setObjectName(u"chipPicker"_s);
    m_picker->setModel(m_pickerModel);
    // Every row the same height: a long list never measures its rows.
    m_picker->setUniformItemSizes(true);
    m_picker->setAccessibleName(tr("Chips to compare"));
    m_picker->setAccessibleDescription(tr("Tick two to eight chips; Space ticks the current one."));
    m_view->setModel(m_comparison);
    m_view->setAccessibleName(tr("Comparison"));
    m_view->setAccessibleDescription(
        tr("One row per attribute, one column per chip; the best value of each row is marked."));
    m_view->verticalHeader()->setVisible(false);
    // Few rows: each as tall as its wrapped text, chips sharing the page's width.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_notice->setObjectName(u"compareNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: #b35c00"_s);
    m_notice->hide();

    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("CSV…"), this, [this] { chooseExportFile(u"csv"_s, tr("CSV files (*.csv)")); });
    exportMenu->addAction(
        tr("Markdown…"), this, [this] { chooseExportFile(u"md"_s, tr("Markdown (*.md)")); });
    exportMenu->addAction(
        tr("PNG image…"), this, [this] { chooseExportFile(u"png"_s, tr("PNG image (*.png)")); });
    exportMenu->addAction(
        tr("PDF document…"), this, [this] { chooseExportFile(u"pdf"_s, tr("PDF document (*.pdf)")); });
    exportButton->setMenu(exportMenu);
    auto* copyButton = new QPushButton(tr("Copy"), this);
    connect(copyButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setMimeData(clipboardData()); });

    auto* controls = new QHBoxLayout;
    auto* baselineLabel = new QLabel(tr("&Baseline:"), this);
    baselineLabel->setBuddy(m_baseline);
    controls->addWidget(baselineLabel);
    controls->addWidget(m_baseline);
    controls->addWidget(m_differences);
    controls->addStretch(1);
    controls->addWidget(exportButton);
    controls->addWidget(copyButton);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_hint);
    rightLayout->addWidget(m_view, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Chips to compare (2 to %1):").arg(kMaxChips), this));
    leftLayout->addWidget(m_picker, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"compareSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    resetSplitter();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_pickerModel, &ChipPickerModel::tickRequested, this, &ComparePage::tick);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            rebuild();
    });
    connect(m_differences, &QCheckBox::toggled, m_comparison, &ComparisonModel::setDifferencesOnly);
    connect(m_comparison, &QAbstractItemModel::modelReset, this, [this] {
        m_view->clearSpans();
        for (int row = 0; row < m_comparison->rowCount(); ++row) {
            if (m_comparison->isGroupRow(row))
                m_view->setSpan(row, 0, 1, m_comparison->columnCount());
        }
        // The attribute column as wide as its labels (within reason); the chips share the rest
        // of the page and wrap long text (frameworks, interconnects) instead of cutting it.
        QHeaderView* header = m_view->horizontalHeader();
        const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        header->setMinimumSectionSize(em * 5);
        if (m_comparison->columnCount() > 0) {
            header->setSectionResizeMode(0, QHeaderView::Interactive);
            m_view->resizeColumnToContents(0);
            m_view->setColumnWidth(0, std::min(m_view->columnWidth(0) + 8, em * 18));
        }
        for (int c = 1; c < m_comparison->columnCount(); ++c)
            header->setSectionResizeMode(c, QHeaderView::Stretch);
    });
    connect(m_chips, &QAbstractItemModel::modelReset, this, &ComparePage::dropMissingChips);
    rebuild(); // the hint, and "none" as the baseline
}

void ComparePage::tick(const QString& chipId, bool ticked)
{
    if (ticked && !m_order.contains(chipId)) {
        if (m_order.size() >= kMaxChips) {
            showNotice(tr("At most %1 chips side by side; untick one first.").arg(kMaxChips));
            return;
        }
        m_order.append(chipId);
        m_systems.clear(); // a ticked chip: back to comparing chips
    } else if (!ticked) {
        m_order.removeAll(chipId);
    }
    m_pickerModel->setTicked(m_order);
    m_notice->hide();
    rebuild();
}

void ComparePage::dropMissingChips()
{
    // Another catalog (or an edit that deleted chips): compared chips it lacks leave the page.
    m_order.removeIf([this](const QString& id) { return m_chips->rowOfChip(id) < 0; });
    m_pickerModel->setTicked(m_order);
    rebuild();
}

void ComparePage::setChipIds(const QStringList& ids)
{
    m_updating = true;
    m_order.clear();
    QStringList ignored;
    for (const auto& id : ids) {
        if (m_chips->rowOfChip(id) < 0 || m_order.contains(id))
            continue;
        if (m_order.size() >= kMaxChips)
            ignored.append(id);
        else
            m_order.append(id);
    }
    m_pickerModel->setTicked(m_order);
    m_updating = false;
    m_notice->hide();
    rebuild();
    if (!ignored.isEmpty())
        showNotice(tr("At most %1 chips side by side; %n more left out: %2", nullptr, int(ignored.size()))
                       .arg(kMaxChips)
                       .arg(ignored.join(u", "_s)));
}

void ComparePage::setSystemIds(const QStringList& ids)
{
    const CatalogSnapshot catalog = m_chips->snapshot();
    m_systems.clear();
    for (const auto& id : ids) {
        if (catalog->system(id) && !m_systems.contains(id) && m_systems.size() < kMaxChips)
            m_systems.append(id);
    }
    m_order.clear();
    m_pickerModel->setTicked(m_order);
    m_notice->hide();
    rebuild();
}

void ComparePage::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->show();
}

QStringList ComparePage::chipIds() const
{
    return m_order;
}

bool ComparePage::setBaseline(const QString& chipId)
{
    const int index = chipId.isEmpty() ? 0 : m_baseline->findData(chipId);
    if (index < 0)
        return false;
    m_baseline->setCurrentIndex(index);
    return true;
}

void ComparePage::setDifferencesOnly(bool differencesOnly)
{
    m_differences->setChecked(differencesOnly);
}

void ComparePage::rebuild()
{
    const QString baselineId = m_baseline->currentData().toString();
    m_updating = true;
    m_baseline->clear();
    m_baseline->addItem(tr("none"), QString());
    const CatalogSnapshot catalog = m_chips->snapshot();
    // An edit may have deleted a compared chip: it leaves the comparison.
    m_order.removeIf([&catalog](const QString& id) { return !catalog->chip(id); });
    m_systems.removeIf([&catalog](const QString& id) { return !catalog->system(id); });
    m_pickerModel->setTicked(m_order);
    QVector<const Chip*> chips;
    for (const auto& id : std::as_const(m_order)) {
        const Chip* chip = catalog->chip(id);
        chips.append(chip);
        m_baseline->addItem(chip->displayShortName(), id);
    }
    QVector<const ChipSystem*> systems;
    for (const auto& id : std::as_const(m_systems)) {
        systems.append(catalog->system(id));
        m_baseline->addItem(systems.last()->name, id);
    }
    const int baselineIndex = m_baseline->findData(baselineId);
    m_baseline->setCurrentIndex(std::max(0, baselineIndex));
    m_updating = false;

    if (systems.size() >= kMinChips) {
        m_hint->setText(tr("Systems side by side, from the Systems page; ≈ marks a figure worked out "
                           "from the chip × the number of chips. Tick chips on the left to compare "
                           "chips instead."));
        m_hint->show();
        m_comparison->setComparison(
            catalog, Comparison::buildSystems(*catalog, systems, int(m_systems.indexOf(baselineId))));
    } else {
        if (chips.size() < kMinChips) {
            m_hint->setText(
                tr("Tick at least two chips on the left, or select rows in the table and choose Chips → "
                   "Compare selected."));
            m_hint->show();
        } else {
            m_hint->hide();
        }
        m_comparison->setComparison(catalog,
            Comparison::build(chips.size() >= kMinChips ? chips : QVector<const Chip*>(),
                std::max(-1, int(m_order.indexOf(baselineId)))));
    }
    emit chipIdsChanged(m_order);
}

bool ComparePage::exportTo(const QString& path, QString* error) const
{
    const Comparison& comparison = m_comparison->comparison();
    const bool differencesOnly = m_comparison->differencesOnly();
    if (comparison.ids.size() < kMinChips) {
        *error = tr("%1: nothing to export; pick at least two chips").arg(path);
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s)
        return writeFileAtomically(
            path, DataTableWriter::toCsv(comparison.toMachineTable(differencesOnly)).toUtf8(), error);
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return writeFileAtomically(path,
            DataTableWriter::toMarkdown(comparison.toHumanTable(differencesOnly, true)).toUtf8(), error);
    const QString html = ComparisonHtml::build(comparison, differencesOnly, m_chips->catalog().date);
    return DocumentExport::exportToFile(html, path, 1400, error);
}

QMimeData* ComparePage::clipboardData() const
{
    auto* data = new QMimeData;
    const Comparison& comparison = m_comparison->comparison();
    const DataTable table = comparison.toHumanTable(m_comparison->differencesOnly(), false);
    QStringList lines { table.headers.mid(1).join(u'\t') };
    for (const auto& row : table.rows) {
        QStringList cells;
        for (int c = 1; c < row.size(); ++c)
            cells.append(row[c].kind == DataCell::Kind::Unknown ? u"—"_s : row[c].text);
        lines.append(cells.join(u'\t'));
    }
    data->setText(lines.join(u'\n') + u'\n');
    data->setHtml(
        ComparisonHtml::build(comparison, m_comparison->differencesOnly(), m_chips->catalog().date));
    return data;
}

void ComparePage::chooseExportFile(const QString& suffix, const QString& filter)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
        Settings::value(Settings::Key::LastDirectory).toString() + u"/comparison."_s + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::critical(this, tr("Export failed"), error);
}

QByteArray ComparePage::splitterState() const
{
    return m_splitter->saveState();
}

void ComparePage::restoreSplitterState(const QByteArray& state)
{
    m_splitter->restoreState(state);
}

void ComparePage::resetSplitter()
{
    m_splitter->setSizes({ 220, 800 });
}
