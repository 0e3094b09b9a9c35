#pragma once

#include "importer/tableimporter.h"
#include "io/tablefile.h"

#include <QDialog>
#include <optional>

class ColumnMappingModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTableWidget;

// File → Import table…: a preview of the sheet, what each column holds (recognised, changeable),
// the source every value cites, and the summary of what the import takes and skips. Accepting writes
// the catalog to a file (never only in memory, so nothing is lost) for the window to open.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);
    ~ImportDialog() override;

    bool isReadable() const { return m_table.has_value(); } // false: the file is no table (see summary)
    QString outputPath() const;
    void setOutputPath(const QString& path);
    // The catalog an imported chip's values are compared with (ReferenceCheck), and its name.
    void setReference(CatalogSnapshot reference, const QString& name);

    // For tests, and for the window's own wiring.
    ColumnMappingModel* mappingModel() const { return m_mapping; }
    QTableView* mappingView() const { return m_mappingView; }
    QTableWidget* preview() const { return m_preview; }
    QCheckBox* transposeBox() const { return m_transpose; }
    QComboBox* sheetBox() const { return m_sheet; } // shown for a workbook of several sheets
    QLineEdit* sourceTitleEdit() const { return m_sourceTitle; }
    QPlainTextEdit* summaryView() const { return m_summary; }
    const TableImporter::Result& result() const { return m_result; }

    void accept() override;

private:
    void readTable();
    void runImport();
    TableImporter::Options options() const;

    QString m_path;
    CatalogSnapshot m_reference;
    QString m_referenceName;
    std::optional<TableFile> m_file; // as read, for the sheet it names
    TableReadError m_readError; // why m_file is empty
    std::optional<RawTable> m_table; // m_file's table, turned when "transpose" is ticked
    TableImporter::Result m_result;
    ColumnMappingModel* m_mapping;
    QTableWidget* m_preview;
    QTableView* m_mappingView;
    QCheckBox* m_transpose;
    QLabel* m_sheetLabel;
    QComboBox* m_sheet;
    QLineEdit* m_sourceTitle;
    QLineEdit* m_sourceUrl;
    QLineEdit* m_sourcePublisher;
    QComboBox* m_sourceKind;
    QDateEdit* m_accessed;
    QComboBox* m_confidence;
    QLineEdit* m_output;
    QPlainTextEdit* m_summary;
    QDialogButtonBox* m_buttons;
};
