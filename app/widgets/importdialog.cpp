#include "importdialog.h"

#include "choicedelegate.h"
#include "io/catalogwriter.h"
#include "io/tablefile.h"
#include "models/columnmappingmodel.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPreviewRows = 20;
}

ImportDialog::ImportDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_mapping(new ColumnMappingModel(this))
    , m_preview(new QTableWidget(this))
    , m_mappingView(new QTableView(this))
    , m_transpose(new QCheckBox(tr("Field names run down the first column (&transpose)"), this))
    , m_sheetLabel(new QLabel(tr("S&heet:"), this))
    , m_sheet(new QComboBox(this))
    , m_sourceTitle(new QLineEdit(this))
    , m_sourceUrl(new QLineEdit(this))
    , m_sourcePublisher(new QLineEdit(this))
    , m_sourceKind(new QComboBox(this))
    , m_accessed(new QDateEdit(QDate::currentDate(), this))
    , m_confidence(new QComboBox(this))
    , m_output(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setObjectName(u"importDialog"_s);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_mappingView->setObjectName(u"importMapping"_s);
    m_mappingView->setModel(m_mapping);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn,
        new ChoiceDelegate(ColumnMappingModel::ChoiceKeysRole, ColumnMappingModel::ChoiceLabelsRole, this));
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::UnitColumn,
        new ChoiceDelegate(ColumnMappingModel::ChoiceKeysRole, ColumnMappingModel::ChoiceLabelsRole, this));
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    for (const auto kind : allSourceKinds())
        m_sourceKind->addItem(sourceKindLabel(kind), sourceKindKey(kind));
    m_sourceKind->setCurrentIndex(m_sourceKind->findData(sourceKindKey(SourceKind::Compilation)));
    for (const auto confidence :
        { Confidence::Official, Confidence::Reported, Confidence::Rumored, Confidence::Estimate })
        m_confidence->addItem(confidenceLabel(confidence), confidenceKey(confidence));
    m_confidence->setCurrentIndex(m_confidence->findData(confidenceKey(Confidence::Reported)));
    m_accessed->setCalendarPopup(true);
    m_accessed->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_sourceTitle->setText(tr("Imported from %1").arg(QFileInfo(path).fileName()));
    const QFileInfo info(path);
    m_output->setText(info.absoluteDir().filePath(info.completeBaseName() + u".json"_s));

    auto* sourceBox
        = new QGroupBox(tr("Source of every value (a link column, where the sheet has one, wins)"), this);
    auto* sourceForm = new QFormLayout(sourceBox);
    sourceForm->addRow(tr("&Title:"), m_sourceTitle);
    sourceForm->addRow(tr("&Address:"), m_sourceUrl);
    sourceForm->addRow(tr("&Publisher:"), m_sourcePublisher);
    sourceForm->addRow(tr("&Kind:"), m_sourceKind);
    sourceForm->addRow(tr("&Read on:"), m_accessed);
    sourceForm->addRow(tr("&Confidence:"), m_confidence);

    auto* outputRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("&Browse…"), this);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Save the imported catalog"), m_output->text(), tr("ChipCompare catalogs (*.json)"));
        if (!chosen.isEmpty())
            m_output->setText(chosen);
    });
    auto* outputForm = new QFormLayout;
    auto* outputLabel = new QLabel(tr("&Save as:"), this);
    outputLabel->setBuddy(m_output);
    outputForm->addRow(outputLabel, outputRow);

    auto* top = new QSplitter(Qt::Vertical, this);
    top->addWidget(m_preview);
    top->addWidget(m_mappingView);
    top->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The first rows of %1, what each column holds (change it in the Field and "
                      "Unit columns), and what the import takes:")
                       .arg(QFileInfo(path).fileName()),
            this));
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_transpose);
    readRow->addStretch(1);
    readRow->addWidget(m_sheetLabel);
    readRow->addWidget(m_sheet);
    m_sheetLabel->setBuddy(m_sheet);
    m_sheet->setObjectName(u"importSheet"_s);
    m_sheetLabel->hide();
    m_sheet->hide();
    layout->addLayout(readRow);
    layout->addWidget(top, 1);
    layout->addWidget(sourceBox);
    layout->addLayout(outputForm);
    layout->addWidget(m_buttons);
    resize(900, 760);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_transpose, &QCheckBox::toggled, this, &ImportDialog::readTable);
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, &ImportDialog::runImport);
    for (QLineEdit* edit : { m_sourceTitle, m_sourceUrl, m_sourcePublisher })
        connect(edit, &QLineEdit::editingFinished, this, &ImportDialog::runImport);

    connect(m_sheet, &QComboBox::currentTextChanged, this, &ImportDialog::readTable);
    readTable();
}

ImportDialog::~ImportDialog()
{
    // An open cell editor commits when it loses focus while the widgets are torn down; by then
    // this dialog must no longer react.
    disconnect(m_mapping, nullptr, this, nullptr);
}

QString ImportDialog::outputPath() const
{
    return m_output->text();
}

void ImportDialog::setOutputPath(const QString& path)
{
    m_output->setText(path);
}

void ImportDialog::readTable()
{
    // The file is read once a sheet (the box lists sheets only for a workbook of several): the
    // transpose box only turns the table already read.
    if (!m_file || (m_sheet->count() > 0 && m_file->sheet != m_sheet->currentText())) {
        m_file = TableFiles::read(m_path, std::nullopt, m_sheet->currentText(), &m_readError);
        // A workbook of several sheets offers them; the first is read until another is chosen.
        if (m_file && m_file->sheets.size() > 1 && m_sheet->count() == 0) {
            const QSignalBlocker blocker(m_sheet);
            m_sheet->addItems(m_file->sheets);
            m_sheet->setCurrentText(m_file->sheet);
            m_sheetLabel->show();
            m_sheet->show();
        }
    }
    const TableReadError& error = m_readError;
    m_table.reset();
    if (m_file)
        m_table = m_file->table;
    if (m_table && m_transpose->isChecked())
        *m_table = m_table->transposed();
    m_preview->clear();
    if (!m_table) {
        m_mapping->setHeaders({});
        m_summary->setPlainText(error.line > 0
                ? tr("%1:%2: %3").arg(m_path).arg(error.line).arg(error.message)
                : tr("%1: %2").arg(m_path, error.message));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const int rows = std::min<int>(kPreviewRows, int(m_table->rows.size()));
    m_preview->setColumnCount(int(m_table->headers.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(m_table->headers);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_table->headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table->rows[r].value(c)));
    }
    m_preview->resizeColumnsToContents();
    m_mapping->setHeaders(m_table->headers);
    m_mappingView->resizeColumnsToContents();
    runImport();
}

void ImportDialog::setReference(CatalogSnapshot reference, const QString& name)
{
    m_reference = std::move(reference);
    m_referenceName = name;
    runImport();
}

TableImporter::Options ImportDialog::options() const
{
    TableImporter::Options options;
    options.fileName = m_path;
    options.reference = m_reference.get();
    options.referenceName = m_referenceName;
    options.transposed = m_transpose->isChecked();
    options.mappings = m_mapping->mappings();
    options.confidence
        = confidenceFromKey(m_confidence->currentData().toString()).value_or(Confidence::Reported);
    Source& source = options.source;
    source.title = m_sourceTitle->text().trimmed().isEmpty()
        ? tr("Imported from %1").arg(QFileInfo(m_path).fileName())
        : m_sourceTitle->text().trimmed();
    source.id = TableImporter::slug(source.title).left(40);
    if (source.id.isEmpty())
        source.id = u"imported"_s;
    source.url = m_sourceUrl->text().trimmed();
    source.publisher = m_sourcePublisher->text().trimmed();
    source.kind = sourceKindFromKey(m_sourceKind->currentData().toString());
    source.accessed = m_accessed->date();
    return options;
}

void ImportDialog::runImport()
{
    if (!m_table)
        return;
    m_result = TableImporter::import(*m_table, options());
    m_mapping->setReport(m_result.columns);
    const bool ok = m_result.error.isEmpty() && !m_result.catalog.chips.isEmpty();
    m_summary->setPlainText(m_result.error.isEmpty() ? TableImporter::summaryText(
                                m_result, QFileInfo(m_path).fileName(), QFileInfo(outputPath()).fileName())
                                                     : m_result.error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ImportDialog::accept()
{
    runImport();
    if (!m_table || !m_result.error.isEmpty() || m_result.catalog.chips.isEmpty())
        return;
    if (outputPath().isEmpty()) {
        QMessageBox::warning(this, tr("Import"), tr("Choose where to save the imported catalog."));
        return;
    }
    // Writing over the table being read would lose the user's data.
    if (QFileInfo(outputPath()).exists()
        && QFileInfo(outputPath()).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()) {
        QMessageBox::warning(this, tr("Import"),
            tr("%1 is the file being imported; save the catalog under another name.").arg(outputPath()));
        return;
    }
    if (QFileInfo::exists(outputPath())
        && QMessageBox::question(this, tr("Replace file?"),
               tr("%1 exists. Replace it with the imported catalog?").arg(outputPath()))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!CatalogWriter::writeFile(m_result.catalog, outputPath(), &error)) {
        QMessageBox::critical(this, tr("Import failed"), error);
        return;
    }
    QDialog::accept();
}
