#include "mainwindow.h"

#include "analysis/listtable.h"
#include "analysis/metrics.h"
#include "autosaver.h"
#include "charts/chartexport.h"
#include "comparepage.h"
#include "detailspanel.h"
#include "ecosystempage.h"
#include "editing/catalogdocument.h"
#include "editing/catalogloader.h"
#include "elidingstatusbar.h"
#include "filterbar.h"
#include "importdialog.h"
#include "io/atomicfile.h"
#include "io/catalogreader.h"
#include "io/datatablewriter.h"
#include "llmfitpage.h"
#include "mergereportdialog.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/dataqualitymodel.h"
#include "models/diagnosticlistmodel.h"
#include "pngoptionsdialog.h"
#include "settings.h"
#include "tablepage.h"
#include "widgets/chartpage.h"

#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Catalog builtIn, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_document(new CatalogDocument(std::move(builtIn), this))
    , m_model(new ChipTableModel(this))
    , m_proxy(new ChipFilterProxyModel(m_model, this))
    , m_filterBar(new FilterBar(this))
    , m_pages(new QTabWidget(this))
    , m_tablePage(new TablePage(m_proxy, this))
    , m_details(new DetailsPanel(this))
    , m_detailsDock(new QDockWidget(tr("Details"), this))
    , m_problemModel(new DiagnosticListModel(this))
    , m_problemsDock(new QDockWidget(tr("Catalog problems"), this))
    , m_qualityModel(new DataQualityModel(this))
    , m_qualityDock(new QDockWidget(tr("Data quality"), this))
    , m_summary(new QLabel(this))
    , m_statusBar(new ElidingStatusBar(this))
{
    setWindowTitle(tr("ChipCompare"));
    setAcceptDrops(true);
    m_pages->setObjectName(u"pages"_s);
    m_pages->addTab(m_tablePage, tr("Table"));
    addLazyPage(u"chart"_s, tr("Chart"));
    addLazyPage(u"compare"_s, tr("Compare"));
    addLazyPage(u"systems"_s, tr("Systems"));
    addLazyPage(u"ecosystem"_s, tr("Ecosystem"));
    addLazyPage(u"llm"_s, tr("LLM fit"));
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::buildPageAt);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    // The two bottom panels get their views when they first show: most catalogs have nothing to
    // report, and building a view and hooking it to its model is a good part of what opening the
    // window costs.
    m_problemsDock->setObjectName(u"problemsDock"_s);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(m_problemsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            problemList();
    });
    m_qualityDock->setObjectName(u"dataQualityDock"_s);
    m_qualityModel->setObjectName(u"dataQualityModel"_s);
    addDockWidget(Qt::BottomDockWidgetArea, m_qualityDock);
    m_qualityDock->hide();
    connect(m_qualityDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            dataQualityView();
    });

    setStatusBar(m_statusBar);
    m_summary->setObjectName(u"catalogSummary"_s);
    statusBar()->addPermanentWidget(m_summary);
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(u"loadProgress"_s);
    m_loadProgress->setRange(0, 100);
    m_loadProgress->setAccessibleName(tr("Catalog loading progress"));
    m_cancelLoad = new QPushButton(tr("Cancel loading"), this);
    m_cancelLoad->setObjectName(u"cancelLoading"_s);
    connect(m_cancelLoad, &QPushButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    m_loadProgress->hide();
    m_cancelLoad->hide();

    connect(m_filterBar, &FilterBar::filterChanged, m_proxy, &ChipFilterProxyModel::setFilter);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::syncDetailsWithFilter);
    connect(m_tablePage, &TablePage::clearFiltersRequested, m_filterBar, &FilterBar::clear);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_tablePage, &TablePage::currentChipChanged, this, [this](const QString& id) {
        m_details->showChip(m_model->catalog(), m_model->catalog().chip(id), m_document->isEditable(id));
    });
    connect(m_details, &DetailsPanel::editNumberRequested, this, &MainWindow::editNumber);
    connect(m_details, &DetailsPanel::editTextRequested, this, &MainWindow::editTextField);
    connect(m_details, &DetailsPanel::copyToMyCatalogRequested, this, [this](const QString& id) {
        if (!m_document->copyToUserCatalog({ id }).isEmpty())
            showChipField(id, QString());
    });

    m_model->setEditor({ [this](const QString& id) { return m_document->isEditable(id); },
        [this](const QString& id, const ChipField& field, const QString& text) {
            return editChipText(id, field, text);
        } });
    connect(m_document, &CatalogDocument::catalogChanged, this, &MainWindow::showCatalog);
    connect(m_document, &CatalogDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &CatalogDocument::userCatalogChanged, this, &MainWindow::updateTitle);
    connect(m_tablePage, &TablePage::numberEditRequested, this, &MainWindow::editNumber);
    connect(m_tablePage, &TablePage::readOnlyEditAttempted, this, [this](const QString& id) {
        showStatus(m_document->isEditable(id)
                ? tr("This column is worked out from other values; edit those instead.")
                : tr("Built-in chips are read-only. Chips → Copy to my catalog makes an editable copy "
                     "that replaces it."),
            8000);
    });
    connect(m_tablePage, &TablePage::selectedChipsChanged, this, &MainWindow::updateEditActions);
    if (!m_options.recoveryPath.isEmpty())
        m_autosaver = new Autosaver(m_document, m_options.recoveryPath, this);

    createMenus();
    showCatalog();
    updateTitle();
    m_tablePage->fitColumns();
    m_tablePage->selectFirstRow();
    resize(1400, 800);
    // What View → Reset layout goes back to.
    m_defaultState = saveState();
    m_defaultHeaderState = m_tablePage->view()->horizontalHeader()->saveState();
    if (m_options.restoreSettings) {
        restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
        m_restoredState
            = restoreState(Settings::value(Settings::Key::WindowState).toByteArray(), kStateVersion);
        if (Settings::value(Settings::Key::RestoreFilters).toBool())
            m_filterBar->restoreState(Settings::value(Settings::Key::Filters).toMap());
        // A layout saved by a version with other columns (a metric added in between) would hide,
        // move and size the wrong ones: it is kept only for the columns it was saved with.
        if (Settings::value(Settings::Key::TableColumns).toStringList() == ChipTableModel::columnKeys())
            m_tablePage->view()->horizontalHeader()->restoreState(
                Settings::value(Settings::Key::TableHeaderState).toByteArray());
        // The saved state may have had problems showing; this session has none yet.
        m_problemsDock->setVisible(m_problemModel->rowCount() > 0);
    }
}

MainWindow::~MainWindow()
{
    // An open cell editor commits when the window goes; by then there is nothing to commit to.
    m_model->setEditor({});
}

namespace {
constexpr int kNarrowestWithDetails = 960; // window width (pixels) below which details start hidden
}

// File → Merge policy (how your catalog's chips join built-in chips of the same id) and
// File → Merge report (every value your catalog gives differently).
void MainWindow::createMergeMenu(QMenu* file)
{
    QMenu* policyMenu = file->addMenu(tr("&Merge policy"));
    policyMenu->setObjectName(u"mergePolicyMenu"_s);
    auto* policies = new QActionGroup(policyMenu);
    for (const auto policy : { MergePolicy::FieldByField, MergePolicy::Replace, MergePolicy::Fill }) {
        QAction* action = policyMenu->addAction(mergePolicyLabel(policy));
        action->setObjectName(u"mergePolicy-"_s + mergePolicyKey(policy));
        action->setCheckable(true);
        action->setChecked(policy == m_document->mergePolicy());
        policies->addAction(action);
        connect(action, &QAction::triggered, this, [this, policy] {
            m_document->setMergePolicy(policy);
            showStatus(MergeReportDialog::summary(*m_document->merged()));
        });
    }
    QAction* report = file->addAction(tr("Merge &report…"), this, [this] {
        MergeReportDialog dialog(*m_document->merged(), this);
        dialog.exec();
    });
    report->setObjectName(u"mergeReportAction"_s);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCatalog = file->addAction(tr("&New catalog"), this, [this] {
        if (maybeSave())
            m_document->newCatalog();
    });
    newCatalog->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open catalog…"), this, &MainWindow::chooseCatalogFile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &as…"), this, &MainWindow::chooseSaveFile);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction* closeMine = file->addAction(tr("C&lose my catalog"), this, [this] {
        if (maybeSave())
            m_document->close();
    });
    connect(m_document, &CatalogDocument::userCatalogChanged, closeMine, [this, closeMine, saveAs] {
        closeMine->setEnabled(m_document->hasUserCatalog());
        saveAs->setEnabled(m_document->hasUserCatalog());
    });
    closeMine->setEnabled(false);
    saveAs->setEnabled(false);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import table…"), this, &MainWindow::chooseImportFile);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    createMergeMenu(file);
    file->addAction(tr("Export table as &CSV…"), this, &MainWindow::chooseCsvFile);
    file->addAction(tr("Export c&hart…"), this, &MainWindow::chooseChartFile);
    QAction* copy = file->addAction(tr("Cop&y chart to clipboard"), this, &MainWindow::copyChart);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere (QKeySequence::Redo is Ctrl+Y on some platforms).
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_tablePage->columnMenu());
    view->addAction(m_detailsDock->toggleViewAction());
    view->addAction(m_problemsDock->toggleViewAction());
    view->addAction(m_qualityDock->toggleViewAction());
    view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    QAction* restoreFilters = view->addAction(tr("Restore filters at &start"));
    restoreFilters->setCheckable(true);
    restoreFilters->setChecked(Settings::value(Settings::Key::RestoreFilters).toBool());
    connect(restoreFilters, &QAction::toggled, this,
        [](bool on) { Settings::setValue(Settings::Key::RestoreFilters, on); });
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = Settings::value(Settings::Key::Language).toString();
    for (const auto& [code, name] : { std::pair(QString(), tr("System language")),
             std::pair(u"en"_s, u"English"_s), std::pair(u"zh_CN"_s, u"中文（简体）"_s) }) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            Settings::setValue(Settings::Key::Language, code);
            showStatus(tr("The language changes at the next start."), 8000);
        });
    }
    QAction* clear = view->addAction(tr("Clear &filters"), m_filterBar, &FilterBar::clear);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu* chips = menuBar()->addMenu(tr("&Chips"));
    QAction* compare = chips->addAction(tr("&Compare selected"), this, &MainWindow::compareSelected);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* match = chips->addAction(tr("Find the same chip under other &ids…"), this, &MainWindow::findMatches);
    match->setObjectName(u"matchAction"_s);
    chips->addSeparator();
    QAction* add = chips->addAction(tr("&Add chip…"), this, &MainWindow::addChip);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateAction = chips->addAction(tr("D&uplicate chip"), this, &MainWindow::duplicateCurrentChip);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deleteAction = chips->addAction(tr("&Delete from my catalog"), this, &MainWindow::deleteSelectedChips);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the table: Delete in a text field deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyToMineAction
        = chips->addAction(tr("Co&py to my catalog"), this, &MainWindow::copySelectedToMyCatalog);
    QTableView* table = m_tablePage->view();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions({ compare, m_copyToMineAction, m_duplicateAction, m_deleteAction });
    updateEditActions();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ChipCompare"), this, [this] {
        const Catalog& builtIn = *m_document->builtIn();
        QMessageBox::about(this, tr("About ChipCompare"),
            tr("<p><b>ChipCompare %1</b></p><p>Compare AI accelerators with every number "
               "sourced: confidence, disagreeing sources and exact units.</p>")
                    .arg(QApplication::applicationVersion())
                + tr("<p>Built-in catalog of %1: %2, %3. Every value names its source (hover it, or "
                     "see the details panel); the README's \"Where the numbers come from\" tells how "
                     "they were checked.</p>")
                      .arg(builtIn.date.toString(Qt::ISODate),
                          tr("%n chip(s)", nullptr, int(builtIn.chips.size())),
                          tr("%n source(s)", nullptr, int(builtIn.sources.size())))
                + tr("<p>Licence: MIT. Qt %1 (built with %2).</p>")
                      .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    });
}

void MainWindow::showCatalog()
{
    QString current = m_tablePage->currentChipId();
    const CatalogSnapshot before = m_model->snapshot();
    const CatalogSnapshot after = m_document->merged();
    if (after->chips.size() > before->chips.size() && !before->chips.isEmpty()) {
        // Chips came (an add, a duplicate, an undone delete): go to the first of them.
        QSet<QString> known;
        known.reserve(before->chips.size());
        for (const Chip& chip : before->chips)
            known.insert(chip.id);
        for (const Chip& chip : after->chips) {
            if (!known.contains(chip.id)) {
                current = chip.id;
                break;
            }
        }
    }
    const PreparedCatalogPtr prepared = m_document->prepared(); // for `after`
    m_model->setCatalog(prepared);
    m_tablePage->fitNumberColumnsToValues();
    if (!current.isEmpty() && m_tablePage->currentChipId() != current) {
        // Chips came or went: the table was reset; keep the chip the user was on.
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfChip(current), 0));
        if (index.isValid()) {
            m_tablePage->view()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tablePage->view()->scrollTo(index);
        }
    }
    const QString shown = m_tablePage->currentChipId();
    m_details->showChip(m_model->catalog(), m_model->catalog().chip(shown), m_document->isEditable(shown));
    m_filterBar->setCatalog(*after, prepared->choices);
    m_qualityModel->setFindings(*after, prepared->findings);
    const int findings = m_qualityModel->rowCount();
    m_qualityDock->setWindowTitle(findings ? tr("Data quality (%1)").arg(findings) : tr("Data quality"));
    if (m_quality)
        m_quality->resizeColumnsToContents();
    if (findings == 0)
        m_qualityDock->hide();
    updateCounts();
    updateStatusBar();
}

void MainWindow::resetLayout()
{
    if (m_comparePage)
        m_comparePage->resetSplitter();
    restoreState(m_defaultState);
    m_tablePage->view()->horizontalHeader()->restoreState(m_defaultHeaderState);
    m_tablePage->refitNumberColumns(); // the first widths were for the built-in catalog's numbers
    m_problemsDock->setVisible(m_problemModel->rowCount() > 0);
    m_qualityDock->setVisible(m_qualityModel->rowCount() > 0 && m_qualityDock->isVisible());
    m_detailsDock->setVisible(width() >= kNarrowestWithDetails);
    showStatus(tr("Panels and table columns are back as they first were."), 5000);
}

void MainWindow::updateCounts()
{
    m_filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
}

void MainWindow::updateStatusBar()
{
    const Catalog& catalog = m_model->catalog();
    m_summary->setText(
        tr("Catalog of %1 · %2 · %3")
            .arg(catalog.date.toString(Qt::ISODate), tr("%n chip(s)", nullptr, int(catalog.chips.size())),
                tr("%n source(s)", nullptr, int(catalog.sources.size()))));
}

bool MainWindow::showChipField(const QString& chipId, const QString& fieldKey)
{
    const int row = m_model->rowOfChip(chipId);
    if (row < 0)
        return false;
    int column = ChipTableModel::NameColumn;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const Metric* metric = ChipTableModel::metricAt(c);
        if (metric && metric->field && specFieldInfo(*metric->field).jsonKey == fieldKey)
            column = c;
    }
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_filterBar->clear();
    QTableView* table = m_tablePage->view();
    if (table->isColumnHidden(column))
        table->setColumnHidden(column, false);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    showPage(u"table"_s);
    table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
    table->setFocus();
    return true;
}

void MainWindow::syncDetailsWithFilter()
{
    const QString shown = m_details->chipId();
    const int row = m_model->rowOfChip(shown);
    if (shown.isEmpty() || row < 0)
        return;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_details->showHiddenByFilters(m_model->chip(row).name);
}

bool MainWindow::addReferenceCatalog(const QString& path)
{
    const auto result = m_document->addReference(path);
    showProblems(result.ok() ? result.warnings : result.problems);
    return result.ok();
}

bool MainWindow::openCatalogFile(const QString& path)
{
    if (!maybeSave())
        return false;
    cancelLoading();
    const auto result = m_document->open(path);
    reportOpened(path, result, int(result.catalog.chips.size()));
    return result.ok();
}

void MainWindow::openCatalogFileInBackground(const QString& path)
{
    if (!maybeSave()) {
        emit catalogLoadFinished(false);
        return;
    }
    cancelLoading();
    m_warnOnLoadProblems = false;
    m_loader = new CatalogLoader(path, m_document->builtIn(), m_document->mergePolicy(), this);
    connect(m_loader, &CatalogLoader::progressChanged, m_loadProgress, &QProgressBar::setValue);
    connect(m_loader, &CatalogLoader::finished, this, &MainWindow::finishLoading);
    m_loadProgress->setValue(0);
    m_loadProgress->setFormat(tr("Loading %1: %p%").arg(QFileInfo(path).fileName()));
    m_loadProgress->show();
    m_cancelLoad->show();
    m_loader->start();
}

void MainWindow::cancelLoading()
{
    if (!m_loader)
        return;
    const QString name = QFileInfo(m_loader->path()).fileName();
    // The worker stops at its next check and deletes itself then; nobody waits for it here.
    disconnect(m_loader, nullptr, this, nullptr);
    disconnect(m_loader, nullptr, m_loadProgress, nullptr);
    m_loader->cancel();
    connect(m_loader, &CatalogLoader::finished, m_loader, &QObject::deleteLater);
    m_loader = nullptr;
    m_loadProgress->hide();
    m_cancelLoad->hide();
    showStatus(tr("Loading %1 cancelled; the catalog in use is unchanged.").arg(name), 5000);
    emit catalogLoadFinished(false);
}

void MainWindow::finishLoading()
{
    CatalogLoader::Outcome outcome = m_loader->takeOutcome();
    m_loader->deleteLater();
    m_loader = nullptr;
    m_loadProgress->hide();
    m_cancelLoad->hide();
    // Edits made while the file loaded are not lost silently.
    const bool ok = outcome.result.ok() && maybeSave();
    // Taken before the outcome is moved into the document.
    const QString path = outcome.path;
    const int chips = int(outcome.result.catalog.chips.size());
    const CatalogReadResult report { {}, outcome.result.problems, outcome.result.warnings };
    if (ok)
        m_document->openLoaded(std::move(outcome));
    if (ok || !report.ok())
        reportOpened(path, report, chips);
    if (!report.ok() && std::exchange(m_warnOnLoadProblems, false))
        QMessageBox::warning(this, tr("Catalog not loaded"),
            tr("%1 has problems, listed in the Catalog problems panel. The catalog in use is "
               "unchanged.")
                .arg(QFileInfo(path).fileName()));
    emit catalogLoadFinished(ok);
}

void MainWindow::reportOpened(const QString& path, const CatalogReadResult& result, int chips)
{
    if (!result.ok()) {
        showProblems(result.problems);
        showStatus(tr("%1 has %n problem(s) and was not loaded; the catalog in use is unchanged.", nullptr,
            int(result.problems.size()))
                       .arg(QFileInfo(path).fileName()));
        return;
    }
    addRecentFile(path);
    const QStringList replaced = m_model->catalog().overridden;
    // A good file clears the last file's errors; its own warnings stay listed. (The data-quality
    // panel first, so that the panels are fitted once, together.)
    if (m_qualityModel->rowCount() > 0)
        m_qualityDock->show();
    showProblems(result.warnings);
    QString message = tr("Loaded %1: %n chip(s) merged over the built-in catalog", nullptr, chips)
                          .arg(QFileInfo(path).fileName());
    if (!replaced.isEmpty())
        message += u"; "_s
            + tr("replaces %n built-in chip(s): %1", nullptr, int(replaced.size()))
                  .arg(replaced.join(u", "_s));
    if (const int differ = int(m_model->catalog().overrides.size()); differ > 0)
        message += u"; "_s
            + tr("%n value(s) differ from the built-in ones (File → Merge report)", nullptr, differ);
    if (!result.warnings.isEmpty())
        message += u"; "_s + tr("%n warning(s) in the problems panel", nullptr, int(result.warnings.size()));
    showStatus(message);
}

void MainWindow::showProblems(const QList<Diagnostic>& problems)
{
    m_problemModel->setDiagnostics(problems);
    if (!problems.isEmpty())
        problemList(); // before the panel shows, so that it shows with its list
    m_problemsDock->setVisible(!problems.isEmpty());
    fitBottomPanels();
}

void MainWindow::showStatus(const QString& message, int timeout)
{
    m_statusBar->showStatus(message, timeout);
}

QListView* MainWindow::problemList()
{
    if (m_problems)
        return m_problems;
    m_problems = new QListView(m_problemsDock);
    m_problems->setObjectName(u"problemList"_s);
    m_problems->setModel(m_problemModel);
    m_problems->setUniformItemSizes(true); // rows are one line each: no need to measure them all
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problems->setIconSize(QSize(icon, icon)); // one line of text a row, not a message box's icon
    m_problemsDock->setWidget(m_problems);
    if (m_problemsDock->isVisible())
        m_problems->show(); // now, not after the panel's next paint
    return m_problems;
}

QTableView* MainWindow::dataQualityView()
{
    if (m_quality)
        return m_quality;
    // Where the catalogs in use break the confidence policy; a click shows the value in the table.
    m_quality = new QTableView(m_qualityDock);
    m_quality->setObjectName(u"dataQualityView"_s);
    m_quality->verticalHeader()->hide();
    // Rows as high as the chip table's (one line each), not the style's taller default.
    m_quality->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_quality->verticalHeader()->setDefaultSectionSize(m_quality->fontMetrics().height() + 8);
    m_quality->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quality->setSelectionMode(QAbstractItemView::SingleSelection);
    m_quality->setWordWrap(false);
    m_quality->horizontalHeader()->setStretchLastSection(true);
    m_quality->setTabKeyNavigation(false);
    m_quality->setModel(m_qualityModel);
    m_quality->resizeColumnsToContents();
    auto showFinding = [this](const QModelIndex& index) {
        showChipField(index.data(DataQualityModel::ChipIdRole).toString(),
            index.data(DataQualityModel::FieldKeyRole).toString());
    };
    connect(m_quality, &QAbstractItemView::clicked, this, showFinding);
    connect(m_quality, &QAbstractItemView::activated, this, showFinding);
    m_qualityDock->setWidget(m_quality);
    if (m_qualityDock->isVisible())
        m_quality->show(); // now, not after the panel's next paint
    return m_quality;
}

void MainWindow::fitBottomPanels()
{
    // The panels under the table take what their rows need, from two to six rows, and never more
    // than a third of the window: at 800x450, two warnings had left the table two rows.
    const auto rowsHeight = [](QAbstractItemView* view, int rows) {
        const int row
            = view->sizeHintForRow(0) > 0 ? view->sizeHintForRow(0) : view->fontMetrics().height() + 4;
        int height = std::clamp(rows, 2, 6) * row + 2 * view->frameWidth();
        if (auto* table = qobject_cast<QTableView*>(view))
            height += table->horizontalHeader()->sizeHint().height();
        return height + view->horizontalScrollBar()->sizeHint().height();
    };
    int wanted = 0;
    QList<QDockWidget*> shown;
    for (QDockWidget* dock : { m_problemsDock, m_qualityDock }) {
        if (dock->isHidden())
            continue;
        // (Shown in a window not shown yet, a panel has had no show event, and no view so far.)
        QAbstractItemView* view
            = dock == m_qualityDock ? static_cast<QAbstractItemView*>(dataQualityView()) : problemList();
        // The title bar: what the dock adds to its widget once laid out, else a line of text.
        const int title = dock->widget()->height() > 0 && dock->height() > dock->widget()->height()
            ? dock->height() - dock->widget()->height()
            : dock->fontMetrics().height() + 8;
        wanted = std::max(wanted, title + rowsHeight(view, view->model()->rowCount()));
        shown.append(dock);
    }
    if (shown.isEmpty())
        return;
    const int height = std::min(wanted, this->height() / 3);
    resizeDocks(shown, QList<int>(shown.size(), height), Qt::Vertical);
}

bool MainWindow::exportTableCsv(const QString& path, QString* error)
{
    return writeFileAtomically(
        path, DataTableWriter::toCsv(ListTable::build(m_proxy->visibleChips())).toUtf8(), error);
}

bool MainWindow::showPage(const QString& name)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        const QString objectName = m_pages->widget(i)->objectName();
        if (objectName == name + u"Page"_s || objectName == name + u"PageHolder"_s) {
            m_pages->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::chooseCatalogFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open catalog"),
        Settings::value(Settings::Key::LastDirectory).toString(),
        tr("ChipCompare catalogs (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    openCatalogFileInBackground(path);
    m_warnOnLoadProblems = isLoading(); // a file the user just chose: say so if it does not load
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a table"),
        Settings::value(Settings::Key::LastDirectory).toString(),
        tr("Tables (*.csv *.tsv *.txt *.json *.xlsx *.ods);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    importTable(path);
}

bool MainWindow::importTable(const QString& path)
{
    ImportDialog dialog(path, this);
    dialog.setReference(m_document->builtIn(), tr("built-in catalog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return openCatalogFile(dialog.outputPath());
}

namespace {
// A ChipCompare catalog names its format near the top; anything else is a table to import.
bool isCatalogFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4096).contains("\"chipcompare-catalog\"");
}

QStringList droppedFiles(const QMimeData* mime)
{
    static const QStringList suffixes { u"json"_s, u"csv"_s, u"tsv"_s, u"txt"_s, u"xlsx"_s, u"ods"_s };
    QStringList files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString& path : files) {
        if (isCatalogFile(path))
            openCatalogFileInBackground(path);
        else
            importTable(path);
    }
}

void MainWindow::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"),
        Settings::value(Settings::Key::LastDirectory).toString() + u"/chips.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    QString error;
    if (!exportTableCsv(path, &error))
        QMessageBox::critical(this, tr("Export failed"), error);
    else
        showStatus(tr("Wrote %1").arg(path));
}

void MainWindow::compareSelected()
{
    const QStringList ids = m_tablePage->selectedChipIds();
    if (ids.size() < ComparePage::kMinChips) {
        showStatus(tr("Select two to %1 rows in the table to compare them.").arg(ComparePage::kMaxChips));
        return;
    }
    comparePage()->setChipIds(ids);
    showPage(u"compare"_s);
}

void MainWindow::chooseChartFile()
{
    QString selectedFilter;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG vector image (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
        Settings::value(Settings::Key::LastDirectory).toString() + u"/chart.png"_s,
        QStringList { png, svg, pdf }.join(u";;"_s), &selectedFilter);
    if (path.isEmpty())
        return;
    if (!ChartExport::formatForPath(path))
        path += selectedFilter == svg ? u".svg"_s : selectedFilter == pdf ? u".pdf"_s : u".png"_s;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    QSize size(1600, 900);
    double scale = 0;
    if (ChartExport::formatForPath(path) == ChartExport::Format::Png) {
        PngOptionsDialog options(this);
        if (options.exec() != QDialog::Accepted)
            return;
        size = options.pixelSize();
        scale = options.scale();
    }
    QString error;
    if (!chartPage()->exportChart(path, size, scale, &error))
        QMessageBox::critical(this, tr("Export failed"), error);
    else
        showStatus(tr("Wrote %1").arg(path));
}

void MainWindow::copyChart()
{
    ChartPage* chart = chartPage();
    const QSize size = chart->chartView()->size() * devicePixelRatio();
    QApplication::clipboard()->setImage(chart->renderImage(size, devicePixelRatio()));
    showStatus(tr("Chart copied to the clipboard"));
}

void MainWindow::setVisible(bool visible)
{
    // Sized before the first show, not in showEvent: by then the panels have been laid out once
    // at their default sizes, and the details panel's text would be laid out twice.
    if (visible && !m_shownOnce && !m_restoredState) {
        // The table first: the details take what the chip name and the key numbers leave, within
        // limits, so that at 1280 pixels every key number shows without scrolling.
        const int spare = width() - m_tablePage->keyColumnsWidth() - 24;
        // Too small for even a narrow panel (an 800-pixel window): start without it rather than
        // squeeze it into an unreadable strip; View > Details brings it back.
        if (width() < kNarrowestWithDetails)
            m_detailsDock->hide();
        else
            resizeDocks({ m_detailsDock }, { std::clamp(spare, 180, 380) }, Qt::Horizontal);
    }
    // Panels a saved layout shows get their views before they first paint.
    if (visible && !m_problemsDock->isHidden())
        problemList();
    if (visible && !m_qualityDock->isHidden())
        dataQualityView();
    QMainWindow::setVisible(visible);
    if (visible)
        m_shownOnce = true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_options.restoreSettings) {
        Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
        Settings::setValue(Settings::Key::WindowState, saveState(kStateVersion));
        // A page never built this session keeps the state saved last time.
        if (m_chartPage)
            Settings::setValue(Settings::Key::ChartState, m_chartPage->state());
        if (m_comparePage)
            Settings::setValue(Settings::Key::CompareSplitter, m_comparePage->splitterState());
        if (m_llmFitPage)
            Settings::setValue(Settings::Key::LlmFitState, m_llmFitPage->state());
        if (Settings::value(Settings::Key::RestoreFilters).toBool())
            Settings::setValue(Settings::Key::Filters, m_filterBar->state());
        Settings::setValue(
            Settings::Key::TableHeaderState, m_tablePage->view()->horizontalHeader()->saveState());
        Settings::setValue(Settings::Key::TableColumns, ChipTableModel::columnKeys());
    }
    event->accept();
}
