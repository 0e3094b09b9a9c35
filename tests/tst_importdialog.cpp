// Importing in the window: the mapping model (under the model tester), the dialog driven by mouse
// and keyboard, and dropping files on the window.

#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "models/chiptablemodel.h"
#include "models/columnmappingmodel.h"
#include "testprocess.h"
#include "widgets/importdialog.h"
#include "widgets/mainwindow.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// A TechPowerUp-style export: a bare TFLOPS column that is FP32 shader throughput.
const QByteArray kSheet = "Name,MemorySize_GB,MemoryBandwidth_GBs,TDP_W,TFLOPS\n"
                          "GK104,2,192.2,195,3.09\n"
                          "GK104,4,192.2,195,3.09\n"
                          "GA102,24,936,350,35.6\n";

int rowOf(const ColumnMappingModel& model, const QString& header)
{
    return int(model.headers().indexOf(header));
}

void drop(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropped);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mappingModelPassesTheTesterAndEdits();
    void dialogShowsPreviewMappingAndSummary();
    void changingAFieldWithTheKeyboardReimports();
    void transposeRereadsTheSheet();
    void aWorkbookOffersItsSheets();
    void importWritesTheCatalogFile();
    void importNeverWritesOverTheSheet();
    void unreadableFilesCannotBeImported();
    void droppingATableImportsItAndDroppingACatalogOpensIt();

private:
    Catalog m_builtIn;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
    m_builtIn = CatalogReader::readBuiltIn().catalog;
}

void TestImportDialog::mappingModelPassesTheTesterAndEdits()
{
    ColumnMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHeaders({ u"Name"_s, u"TFLOPS"_s, u"Memory"_s });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ColumnMappingModel::FieldColumn).data().toString(), u"name"_s);
    QCOMPARE(model.index(1, ColumnMappingModel::FieldColumn).data().toString(), u"(not imported)"_s);
    QVERIFY(model.index(1, ColumnMappingModel::FieldColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"no precision"_s));
    QCOMPARE(model.index(2, ColumnMappingModel::UnitColumn).data().toString(), u"from each cell"_s);
    QVERIFY(!(model.flags(model.index(0, ColumnMappingModel::UnitColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.mappings().isEmpty());
    // The bare TFLOPS is FP32 here: the user says so, with the unit.
    QVERIFY(model.setData(model.index(1, ColumnMappingModel::FieldColumn), u"fp32"_s));
    QVERIFY(model.setData(model.index(1, ColumnMappingModel::UnitColumn), u"TFLOPS"_s));
    QCOMPARE(model.target(1).describe(), u"fp32:TFLOPS"_s);
    QCOMPARE(model.mappings().value(u"TFLOPS"_s).describe(), u"fp32:TFLOPS"_s);
    // A unit that does not fit, or a field that does not exist, is refused.
    QVERIFY(!model.setData(model.index(1, ColumnMappingModel::UnitColumn), u"GB"_s));
    QVERIFY(!model.setData(model.index(1, ColumnMappingModel::FieldColumn), u"speed"_s));
    QCOMPARE(model.target(1).describe(), u"fp32:TFLOPS"_s);
    // Ignoring a column.
    QVERIFY(model.setData(model.index(2, ColumnMappingModel::FieldColumn), u"-"_s));
    QCOMPARE(model.index(2, ColumnMappingModel::FieldColumn).data().toString(), u"- (ignore)"_s);
    QCOMPARE(model.index(2, ColumnMappingModel::UnitColumn).data().toString(), QString());
}

void TestImportDialog::dialogShowsPreviewMappingAndSummary()
{
    QTemporaryDir dir;
    ImportDialog dialog(writeTestFile(dir, u"tpu.csv"_s, kSheet));
    QAbstractItemModelTester previewTester(
        dialog.preview()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.isReadable());
    QCOMPARE(dialog.preview()->rowCount(), 3);
    QCOMPARE(dialog.preview()->item(2, 0)->text(), u"GA102"_s);
    const auto* model = dialog.mappingModel();
    QCOMPARE(model->target(rowOf(*model, u"MemorySize_GB"_s)).describe(), u"memory_capacity:GB"_s);
    QCOMPARE(model->index(rowOf(*model, u"TDP_W"_s), ColumnMappingModel::ValuesColumn).data().toString(),
        u"3 taken, 0 skipped"_s);
    const QString summary = dialog.summaryView()->toPlainText();
    QVERIFY2(summary.startsWith(u"tpu.csv: 3 rows read, 3 chips written to tpu.json"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"unmapped: 'TFLOPS' (names no precision"_s));
}

void TestImportDialog::changingAFieldWithTheKeyboardReimports()
{
    QTemporaryDir dir;
    ImportDialog dialog(writeTestFile(dir, u"tpu.csv"_s, kSheet));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableView* view = dialog.mappingView();
    const int row = rowOf(*dialog.mappingModel(), u"TFLOPS"_s);
    const QModelIndex field = dialog.mappingModel()->index(row, ColumnMappingModel::FieldColumn);
    // Click the cell: its combo box opens; type the field and press Return.
    view->scrollTo(field);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(field).center());
    QComboBox* combo = nullptr;
    QTRY_VERIFY((combo = view->viewport()->findChild<QComboBox*>()) != nullptr);
    QTest::keyClicks(combo, u"fp32"_s);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(dialog.mappingModel()->target(row).key, u"fp32"_s);
    QTRY_VERIFY(view->viewport()->findChildren<QComboBox*>().isEmpty()); // Return closed the editor
    // The header names the unit, so the field takes it.
    const QModelIndex unit = dialog.mappingModel()->index(row, ColumnMappingModel::UnitColumn);
    QCOMPARE(unit.data().toString(), u"TFLOPS"_s);
    QTRY_VERIFY(
        dialog.summaryView()->toPlainText().contains(u"'TFLOPS' -> fp32:TFLOPS (3 taken, 0 skipped)"_s));
    // "From each cell": the cells ("3.09") name none, and the summary says so until a unit is chosen.
    // A click opens the cell's editor; on the cell already current, F2 does.
    auto chooseUnit = [&](const QString& typed) {
        if (view->currentIndex() == unit)
            QTest::keyClick(view, Qt::Key_F2);
        else
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(unit).center());
        QComboBox* unitCombo = nullptr;
        QTRY_VERIFY((unitCombo = view->viewport()->findChild<QComboBox*>()) != nullptr);
        unitCombo->setFocus();
        QTest::keyClicks(unitCombo, typed);
        QTest::keyClick(unitCombo, Qt::Key_Return);
        QTRY_VERIFY(view->viewport()->findChildren<QComboBox*>().isEmpty());
    };
    chooseUnit(u"from"_s);
    QTRY_VERIFY(dialog.summaryView()->toPlainText().contains(
        u"'TFLOPS' -> fp32:unit from each cell (0 taken, 3 skipped)"_s));
    chooseUnit(u"TFLOPS"_s);
    QTRY_VERIFY(
        dialog.summaryView()->toPlainText().contains(u"'TFLOPS' -> fp32:TFLOPS (3 taken, 0 skipped)"_s));
    QCOMPARE(dialog.result().catalog.chips[2].canonical(SpecField::Fp32), std::optional<double>(35.6));
    QVERIFY(!dialog.result().catalog.chips[2].spec(SpecField::Bf16Dense)); // never tensor BF16
}

void TestImportDialog::transposeRereadsTheSheet()
{
    QTemporaryDir dir;
    ImportDialog dialog(writeTestFile(dir, u"vendor.csv"_s,
        "Spec,H200 SXM,H200 NVL\nGPU Memory,141GB HBM3e,141GB HBM3e\nMax Thermal Design Power (TDP),Up to "
        "700W,Up to 600W\n"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name column: nothing to import
    QVERIFY(dialog.summaryView()->toPlainText().contains(u"try --transpose"_s));
    QTest::mouseClick(
        dialog.transposeBox(), Qt::LeftButton, {}, QPoint(8, dialog.transposeBox()->height() / 2));
    QTRY_VERIFY(ok->isEnabled());
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.result().catalog.chips[1].name, u"H200 NVL"_s);
    QCOMPARE(dialog.result().catalog.chips[1].canonical(SpecField::Tdp), std::optional<double>(600.0));
}

// Issue 22, item 11: an .xlsx opens on its first sheet; the sheet box (shown only for a workbook of
// several sheets) reads another.
void TestImportDialog::aWorkbookOffersItsSheets()
{
    ImportDialog dialog(QStringLiteral(TEST_DATA_DIR "/workbooks/epoch-hardware.xlsx"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.preview()->rowCount(), 4);
    QCOMPARE(dialog.preview()->item(1, 0)->text(), u"AMD Instinct MI300X"_s);
    QComboBox* sheets = dialog.sheetBox();
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 2);
    QCOMPARE(sheets->currentText(), u"Hardware"_s);
    sheets->setFocus();
    QTest::keyClick(sheets, Qt::Key_Down);
    QTRY_COMPARE(dialog.preview()->rowCount(), 1);
    QCOMPARE(dialog.preview()->item(0, 0)->text(), u"Note chip"_s);
    QCOMPARE(dialog.result().catalog.chips.size(), 1);
    QCOMPARE(dialog.result().catalog.chips[0].canonical(SpecField::Tdp), std::optional<double>(75.0));

    // A CSV has no sheets: no box.
    QTemporaryDir dir;
    ImportDialog csv(writeTestFile(dir, u"t.csv"_s, "name,tdp_w\nA,100\n"));
    csv.show();
    QVERIFY(QTest::qWaitForWindowExposed(&csv));
    QVERIFY(!csv.sheetBox()->isVisible());
}

void TestImportDialog::importWritesTheCatalogFile()
{
    QTemporaryDir dir;
    ImportDialog dialog(writeTestFile(dir, u"tpu.csv"_s, kSheet));
    const QString out = dir.filePath(u"mine.json"_s);
    dialog.setOutputPath(out);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.sourceTitleEdit(), u" (TechPowerUp)"_s);
    QTest::keyClick(dialog.sourceTitleEdit(), Qt::Key_Tab);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result().catalog.chips.size(), 3);
    QVERIFY(QFile::exists(out));
    const auto written = CatalogReader::readFile(out);
    QVERIFY(written.ok());
    QCOMPARE(written.catalog.chips.size(), 3);
    QCOMPARE(written.catalog.sources.first().title, u"Imported from tpu.csv (TechPowerUp)"_s);
}

void TestImportDialog::importNeverWritesOverTheSheet()
{
    QTemporaryDir dir;
    const QString sheet = writeTestFile(dir, u"tpu.csv"_s, kSheet);
    ImportDialog dialog(sheet);
    dialog.setOutputPath(sheet);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool warned = false;
    QTimer::singleShot(100, &dialog, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warned = box->text().contains(u"is the file being imported"_s);
            box->accept();
        }
    });
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(warned);
    QVERIFY(dialog.isVisible()); // still open: nothing written
    QCOMPARE(readTestFile(sheet), kSheet);
}

void TestImportDialog::unreadableFilesCannotBeImported()
{
    QTemporaryDir dir;
    ImportDialog dialog(writeTestFile(dir, u"broken.csv"_s, "name,notes\nA,\"never closed\n"));
    QVERIFY(!dialog.isReadable());
    QVERIFY(dialog.summaryView()->toPlainText().contains(
        u"broken.csv:2: a quoted field opened on this line never closes"_s));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestImportDialog::droppingATableImportsItAndDroppingACatalogOpensIt()
{
    QTemporaryDir dir;
    MainWindow window(m_builtIn, { false, {} });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = chipModel(window)->rowCount();
    const QString sheet = writeTestFile(dir, u"tpu.csv"_s, kSheet);
    // The dialog is modal: accept it from inside its own event loop.
    bool sawDialog = false;
    QTimer::singleShot(100, &window, [&] {
        auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
        sawDialog = dialog != nullptr;
        if (dialog) {
            dialog->setOutputPath(dir.filePath(u"dropped.json"_s));
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
    });
    drop(&window, sheet);
    QVERIFY(sawDialog);
    QCOMPARE(chipModel(window)->rowCount(), before + 3);
    QVERIFY(chipModel(window)->rowOfChip(u"ga102"_s) >= 0);
    QVERIFY(QFile::exists(dir.filePath(u"dropped.json"_s)));
    // A catalog file opens directly, without the dialog.
    drop(&window, testDataPath(u"policy-breaches.json"_s));
    QTRY_VERIFY(chipModel(window)->rowOfChip(u"acme-x2"_s) >= 0); // loaded in the background
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
