#pragma once

#include "core/catalog.h"
#include "core/chipfields.h"
#include "io/catalogreader.h"
#include "io/diagnostic.h"

#include <QMainWindow>

class Autosaver;
class CatalogLoader;
class QProgressBar;
class QPushButton;
class CatalogDocument;
class ChartPage;
class ComparePage;
class EcosystemPage;
class LlmFitPage;
class SystemsPage;
class ChipFilterProxyModel;
class ChipTableModel;
class DetailsPanel;
class FilterBar;
class QDockWidget;
class ElidingStatusBar;
class QLabel;
class QTableView;
class DataQualityModel;
class QListView;
class DiagnosticListModel;
class QMenu;
class QTabWidget;
class TablePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The version of the saved dock layout; raise it when docks are added or renamed.
    static constexpr int kStateVersion = 2;

    struct Options
    {
        bool restoreSettings = true; // off for screenshots and tests: same input, same picture
        // Where unsaved edits are autosaved, so that a crash loses nothing; empty: no autosave.
        QString recoveryPath;
    };
    explicit MainWindow(Catalog builtIn, Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a user catalog (merged over the built-in one) in place of the current one, asking
    // first when that has unsaved changes; on any problem shows them and keeps the current
    // catalog. Returns whether the file was loaded.
    bool openCatalogFile(const QString& path);
    // The same, reading and merging the file in a worker thread behind a progress bar with a
    // Cancel button; catalogLoadFinished() tells how it ended. Starting another load, or opening a
    // file, cancels the one under way.
    void openCatalogFileInBackground(const QString& path);
    void cancelLoading();
    bool isLoading() const { return m_loader != nullptr; }
    // Merges a file under the catalog being edited, read-only (a reference). Returns whether it
    // was loaded; problems are listed as for openCatalogFile.
    bool addReferenceCatalog(const QString& path);
    CatalogDocument* document() const { return m_document; }
    // Save, or Save As when the catalog has no file yet. Returns whether it was saved.
    bool save();
    bool saveAs(const QString& path);
    // With unsaved changes, asks whether to save them (Save, Discard, Cancel). Returns whether the
    // caller may go on (saved or discarded).
    bool maybeSave();
    // After a crash: offers the autosaved changes, if any. Returns whether they were recovered.
    bool offerRecovery();
    // Chip edits on the table's selection, as the Chips menu does them.
    void addChip();
    void duplicateCurrentChip();
    void deleteSelectedChips();
    void copySelectedToMyCatalog();
    // Opens the number editor on a chip's field (a catalog key such as "tdp").
    void editNumber(const QString& chipId, const QString& fieldKey);
    // Asks for a new value of a text field (a list for status and CUDA, lines for notes).
    void editTextField(const QString& chipId, const QString& fieldKey); // a ChipField key
    // Opens the import dialog on a CSV, TSV or JSON table; when the user imports, the catalog it
    // wrote opens. Returns whether it did.
    bool importTable(const QString& path);
    // Lists problems (errors and warnings) in the problems panel, shown only when there are any.
    void showProblems(const QList<Diagnostic>& problems);
    // Shows the chip in the table with the cell of `fieldKey` (a catalog key such as
    // "memory_capacity") current, clearing filters that hide it.
    bool showChipField(const QString& chipId, const QString& fieldKey);
    // Built when its panel first shows (or when first asked for here).
    QTableView* dataQualityView();
    // Writes the rows the table shows, in its order, as CSV with the columns of `chipcompare list`
    // (a stable layout for scripts, whatever columns are hidden in the window).
    bool exportTableCsv(const QString& path, QString* error);
    bool showPage(const QString& name); // "table", "chart", "compare", "systems", "ecosystem", "llm"

    // Pages other than the table are built when first shown (or first asked for here): start-up
    // builds only what the first paint shows.
    ChartPage* chartPage();
    ComparePage* comparePage();
    EcosystemPage* ecosystemPage();
    LlmFitPage* llmFitPage();
    SystemsPage* systemsPage();
    bool isPageBuilt(const QString& name) const; // "chart", "compare", "ecosystem", "llm"
    // Opens the comparison page on the chips selected in the table.
    void compareSelected();
    // Chips → Find the same chip under other ids: likely pairs between your catalog and the ones
    // before it; the ticked ones are joined through your chips' aliases (one undoable edit).
    void findMatches();
    // Docks, their sizes and the table's columns (shown, order, widths) as on a first start.
    void resetLayout();
    QListView* problemList(); // built when its panel first shows (or when first asked for here)

signals:
    void catalogLoadFinished(bool loaded);

protected:
    void closeEvent(QCloseEvent* event) override;
    // Dropping a catalog opens it; dropping a .csv, .tsv or other .json table imports it.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void setVisible(bool visible) override;

private:
    void addLazyPage(const QString& name, const QString& title);
    void fitBottomPanels();
    // A temporary message in the status bar, shortened to the room the summary leaves.
    void showStatus(const QString& message, int timeout = 0);
    void placePage(const QString& name, QWidget* page);
    void buildPageAt(int index);
    QWidget* holderOf(const QString& name) const;
    void finishLoading();
    void reportOpened(const QString& path, const CatalogReadResult& result, int chips);
    void showCatalog(); // the document's merged snapshot, in every page
    void updateTitle();
    void updateEditActions();
    bool editChipText(const QString& chipId, const ChipField& field, const QString& text);
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void chooseSaveFile();
    void createMenus();
    void createMergeMenu(QMenu* file);
    void updateCounts();
    void updateStatusBar();
    void syncDetailsWithFilter();
    void chooseCatalogFile();
    void chooseImportFile();
    void chooseCsvFile();
    void chooseChartFile();
    void copyChart();

    Options m_options;
    CatalogLoader* m_loader = nullptr; // the file loading in the background, if any
    QProgressBar* m_loadProgress = nullptr;
    QPushButton* m_cancelLoad = nullptr;
    bool m_warnOnLoadProblems = false; // the load under way was chosen in File > Open
    CatalogDocument* m_document;
    Autosaver* m_autosaver = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_copyToMineAction = nullptr;
    ChipTableModel* m_model;
    ChipFilterProxyModel* m_proxy;
    FilterBar* m_filterBar;
    QTabWidget* m_pages;
    TablePage* m_tablePage;
    ChartPage* m_chartPage = nullptr;
    ComparePage* m_comparePage = nullptr;
    EcosystemPage* m_ecosystemPage = nullptr;
    LlmFitPage* m_llmFitPage = nullptr;
    SystemsPage* m_systemsPage = nullptr;
    DetailsPanel* m_details;
    QDockWidget* m_detailsDock;
    DiagnosticListModel* m_problemModel;
    QListView* m_problems = nullptr;
    QDockWidget* m_problemsDock;
    DataQualityModel* m_qualityModel;
    QTableView* m_quality = nullptr;
    QDockWidget* m_qualityDock;
    QLabel* m_summary; // permanent: the catalog in use, never replaced by a passing message
    ElidingStatusBar* m_statusBar;
    QByteArray m_defaultState;
    QByteArray m_defaultHeaderState;
    bool m_shownOnce = false;
    bool m_restoredState = false;
};
