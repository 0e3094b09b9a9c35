// Editing in the window, driven as a user does it: double-click a cell and type, the number
// editor, the Chips menu's keys, Ctrl+Z and Ctrl+Shift+Z, Ctrl+S, the unsaved-changes prompt and
// recovery after a crash.

#include "analysis/metrics.h"
#include "dialogdriver.h"
#include "editing/catalogdocument.h"
#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "shownwindow.h"
#include "testprocess.h"
#include "widgets/autosaver.h"
#include "widgets/detailspanel.h"
#include "widgets/frozencolumntableview.h"
#include "widgets/mainwindow.h"
#include "widgets/matchdialog.h"
#include "widgets/numbereditordialog.h"
#include "widgets/tablepage.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
int columnOfMetric(const QString& key)
{
    for (int c = 0; c < ChipTableModel::columnTotal(); ++c) {
        const Metric* metric = ChipTableModel::metricAt(c);
        if (metric && metric->key == key)
            return c;
    }
    return -1;
}

QString cellText(MainWindow& window, const QString& chipId, int column)
{
    const ChipTableModel* model = chipModel(window);
    return model->index(model->rowOfChip(chipId), column).data().toString();
}

// Double-clicks the chip's cell in the table, as a user starts an edit.
void doubleClickCell(MainWindow& window, const QString& chipId, int column)
{
    QTableView* view = tablePage(window)->view();
    const QModelIndex index = chipProxy(window)->mapFromSource(
        chipModel(window)->index(chipModel(window)->rowOfChip(chipId), column));
    QVERIFY(index.isValid());
    view->scrollTo(index);
    const QPoint center = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
}

// Shortcuts reach only the active window, and a window becomes active again some time after a
// dialog over it closes: wait for that, as a user's next key press would.
void pressKey(QWidget* target, int key, Qt::KeyboardModifiers modifiers = {})
{
    // (The offscreen platform does not always hand activation back by itself.)
    target->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(target->window()));
    QTest::keyClick(target, Qt::Key(key), modifiers);
}
} // namespace

class TestEditWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void typingInACellEditsAndCtrlZUndoes();
    void statusIsChosenFromAList();
    void numberEditorSetsValueUnitAndSource();
    void numberEditorRefusesWhatTheReaderWould();
    void builtInCellsAreReadOnlyAndCanBeCopied();
    void deleteKeyRemovesMyChipAndUndoBringsItBack();
    void ctrlSSavesAndTheTitleLosesItsMark();
    void closingWithUnsavedChangesAsks();
    void openingAnotherFileWithUnsavedChangesAsks();
    void recoveryBringsBackAutosavedEdits();
    void tableModelStaysConsistentThroughEdits();
    void anUnreadableRecoveryCopyIsSetAsideNotOfferedAgain();
    void detailsPanelLinksEditAndCopy();
    void myCatalogMergesFieldByFieldAndSaysWhatItChanged();
    void findTheSameChipAndJoinIt();

private:
    MainWindow::Options options() const { return { false, {} }; }
    Catalog m_builtIn;
    QTemporaryDir m_dir;
    QString m_file;
};

void TestEditWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
}

void TestEditWindow::init()
{
    m_file = m_dir.filePath(u"mine.json"_s);
    QFile::remove(m_file);
    QVERIFY(QFile::copy(testDataPath(u"user-catalog.json"_s), m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
}

void TestEditWindow::typingInACellEditsAndCtrlZUndoes()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    QCOMPARE(window.windowTitle(), u"mine.json[*] — ChipCompare"_s);
    QVERIFY(!window.isWindowModified());

    doubleClickCell(window, u"acme-x1"_s, ChipTableModel::VendorColumn);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY2(editor, "double-clicking a cell of my chip opens an editor");
    editor->selectAll();
    QTest::keyClicks(editor, u"Acme Labs"_s);
    pressKey(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
    QTRY_COMPARE(cellText(window, u"acme-x1"_s, ChipTableModel::VendorColumn), u"Acme Labs"_s);
    QVERIFY(window.isWindowModified());

    QTableView* table = tablePage(window)->view();
    pressKey(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cellText(window, u"acme-x1"_s, ChipTableModel::VendorColumn), u"ACME"_s);
    QVERIFY(!window.isWindowModified());
    pressKey(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cellText(window, u"acme-x1"_s, ChipTableModel::VendorColumn), u"Acme Labs"_s);

    // A year out of the reader's range is refused with the reason; nothing changes.
    doubleClickCell(window, u"acme-x1"_s, ChipTableModel::YearColumn);
    editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"1850"_s);
    bool refused = false;
    onNextModal([&refused](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"1950 to 2100"_s), qPrintable(box->text()));
        refused = true;
        box->accept();
    });
    pressKey(editor, Qt::Key_Return);
    QTRY_VERIFY(refused);
    QCOMPARE(cellText(window, u"acme-x1"_s, ChipTableModel::YearColumn), u"2026"_s);
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestEditWindow::statusIsChosenFromAList()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    doubleClickCell(window, u"acme-x1"_s, ChipTableModel::StatusColumn);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QVERIFY2(combo, "the status is picked from a list");
    QCOMPARE(combo->currentData().toString(), u"rumored"_s);
    QVERIFY(combo->findData(QString()) == 0); // unknown is a choice too
    QTest::keyClicks(combo, chipStatusLabel(ChipStatus::Shipping));
    pressKey(combo, Qt::Key_Return);
    QTRY_COMPARE(
        cellText(window, u"acme-x1"_s, ChipTableModel::StatusColumn), chipStatusLabel(ChipStatus::Shipping));
    QCOMPARE(window.document()->undoStack()->count(), 1); // one choice, one undo step
}

void TestEditWindow::numberEditorSetsValueUnitAndSource()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    const int tdp = columnOfMetric(u"tdp-w"_s);
    QCOMPARE(cellText(window, u"acme-x1"_s, tdp), ChipTableModel::unknownText());

    bool seen = false;
    onNextModal([&seen](QWidget* modal) {
        auto* dialog = qobject_cast<NumberEditorDialog*>(modal);
        QVERIFY(dialog);
        seen = true;
        QTest::keyClicks(dialog->valueEdit(), u"0.5 kW"_s);
        QTest::keyClicks(dialog->sourceBox(), u"ACME X1"_s);
        QCOMPARE(dialog->sourceBox()->currentData().toString(), u"acme-datasheet"_s);
        QTest::keyClicks(dialog->noteEdit(), u"board power"_s);
        // A second source's value, kept as an alternative.
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(dialog->unitBox()->currentText(), u"kW"_s); // as the shown value, until told otherwise
        QTest::keyClicks(dialog->valueEdit(), u"480 W"_s);
        QTest::qWait(QApplication::keyboardInputInterval() + 100); // a new search, not "ACME X1ACME X1"
        QTest::keyClicks(dialog->sourceBox(), u"ACME X1"_s);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorLabel()->text()));
    });
    doubleClickCell(window, u"acme-x1"_s, tdp);
    QVERIFY(seen);
    const Chip* chip = window.document()->merged()->chip(u"acme-x1"_s);
    QVERIFY(chip->spec(SpecField::Tdp));
    const SpecValue& value = *chip->spec(SpecField::Tdp);
    QCOMPARE(value.primary.value, 0.5);
    QCOMPARE(value.primary.unit, u"kW"_s);
    QCOMPARE(value.primary.canonical, 500.0);
    QCOMPARE(value.primary.sourceId, u"acme-datasheet"_s);
    QCOMPARE(value.primary.note(), u"board power"_s);
    QCOMPARE(value.alternatives.size(), 1);
    QCOMPARE(value.alternatives.first().canonical, 480.0);
    QCOMPARE(cellText(window, u"acme-x1"_s, tdp), u"500"_s);

    pressKey(tablePage(window)->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cellText(window, u"acme-x1"_s, tdp), ChipTableModel::unknownText());
}

void TestEditWindow::numberEditorRefusesWhatTheReaderWould()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    const int memory = columnOfMetric(u"memory-gb"_s);
    QStringList errors;
    onNextModal([&errors](QWidget* modal) {
        auto* dialog = qobject_cast<NumberEditorDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->valueEdit()->text(), u"48"_s);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog->valueEdit()->selectAll();
        QTest::keyClicks(dialog->valueEdit(), u"-48"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        errors.append(dialog->errorLabel()->text());
        dialog->valueEdit()->selectAll();
        QTest::keyClicks(dialog->valueEdit(), u"48 or 64"_s); // never the first of several numbers
        QTest::mouseClick(ok, Qt::LeftButton);
        errors.append(dialog->errorLabel()->text());
        QVERIFY(dialog->isVisible()); // refused: the dialog stays, the user fixes it
    });
    doubleClickCell(window, u"acme-x1"_s, memory);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0].contains(u"\"-48\" is not a positive number"_s), qPrintable(errors[0]));
    QVERIFY2(errors[1].contains(u"not a positive number"_s), qPrintable(errors[1]));
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QCOMPARE(cellText(window, u"acme-x1"_s, memory), u"48"_s);
}

void TestEditWindow::builtInCellsAreReadOnlyAndCanBeCopied()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    doubleClickCell(window, u"nvidia-h100-sxm"_s, ChipTableModel::VendorColumn);
    QVERIFY(!qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Copy to my catalog"_s),
        qPrintable(window.statusBar()->currentMessage()));

    // The current row is the H100: copy it, and it becomes editable, marked as overriding.
    QAction* copy = nullptr;
    for (QAction* action : tablePage(window)->view()->actions())
        if (action->text().contains(u"my catalog"_s) && !action->text().contains(u"Delete"_s))
            copy = action;
    QVERIFY(copy && copy->isEnabled());
    copy->trigger();
    QVERIFY(window.document()->isEditable(u"nvidia-h100-sxm"_s));
    QCOMPARE(window.windowTitle(), u"Untitled[*] — ChipCompare"_s);
    QVERIFY(window.isWindowModified());
    const ChipTableModel* model = chipModel(window);
    QVERIFY(model->index(model->rowOfChip(u"nvidia-h100-sxm"_s), 0)
                .data(ChipTableModel::OverriddenRole)
                .toBool());
    doubleClickCell(window, u"nvidia-h100-sxm"_s, ChipTableModel::VendorColumn);
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
}

void TestEditWindow::deleteKeyRemovesMyChipAndUndoBringsItBack()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    const int chips = chipModel(window)->rowCount();
    QVERIFY(window.showChipField(u"acme-x1"_s, QString()));
    QTableView* table = tablePage(window)->view();
    pressKey(table, Qt::Key_Delete);
    QCOMPARE(chipModel(window)->rowOfChip(u"acme-x1"_s), -1);
    QCOMPARE(chipModel(window)->rowCount(), chips - 1);
    pressKey(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(chipModel(window)->rowOfChip(u"acme-x1"_s) >= 0);
    QCOMPARE(tablePage(window)->currentChipId(), u"acme-x1"_s);

    // Duplicate with Ctrl+Shift+D: the copy is selected and editable.
    pressKey(table, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tablePage(window)->currentChipId(), u"acme-x1-copy"_s);
    QVERIFY(window.document()->isEditable(u"acme-x1-copy"_s));

    // Built-in chips are not deleted.
    QVERIFY(window.showChipField(u"nvidia-h100-sxm"_s, QString()));
    pressKey(table, Qt::Key_Delete);
    QVERIFY(chipModel(window)->rowOfChip(u"nvidia-h100-sxm"_s) >= 0);
}

void TestEditWindow::ctrlSSavesAndTheTitleLosesItsMark()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    QVERIFY(window.showChipField(u"acme-x1"_s, QString()));
    QTableView* table = tablePage(window)->view();
    pressKey(table, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.isWindowModified());
    pressKey(table, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!window.isWindowModified());

    const auto reread = CatalogReader::readFile(m_file, m_builtIn.sources);
    QVERIFY2(reread.ok(), qPrintable(formatDiagnostics(reread.problems)));
    QCOMPARE(CatalogWriter::toJson(reread.catalog), CatalogWriter::toJson(*window.document()->user()));
    QVERIFY(reread.catalog.chip(u"acme-x1-copy"_s));
}

void TestEditWindow::closingWithUnsavedChangesAsks()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    const QByteArray before = readTestFile(m_file);
    window.document()->duplicateChip(u"acme-x1"_s);

    QString asked;
    onNextModal([&asked](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        asked = box->text();
        QCOMPARE(box->objectName(), u"unsavedChangesPrompt"_s);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QVERIFY(!window.close());
    QCOMPARE(asked, u"mine.json has unsaved changes. Save them first?"_s);
    QVERIFY(window.isVisible());
    QCOMPARE(readTestFile(m_file), before);

    onNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    });
    QVERIFY(window.close());
    QVERIFY(CatalogReader::readFile(m_file, m_builtIn.sources).catalog.chip(u"acme-x1-copy"_s));
}

void TestEditWindow::openingAnotherFileWithUnsavedChangesAsks()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(m_file));
    window.document()->duplicateChip(u"acme-x1"_s);
    const QByteArray before = readTestFile(m_file);

    onNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QVERIFY(!window.openCatalogFile(testDataPath(u"rich-catalog.json"_s)));
    QVERIFY(window.document()->merged()->chip(u"acme-x1-copy"_s)); // still open, still edited

    onNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    });
    QVERIFY(window.openCatalogFile(testDataPath(u"rich-catalog.json"_s)));
    QVERIFY(!window.document()->merged()->chip(u"acme-x1-copy"_s));
    QCOMPARE(window.windowTitle(), u"rich-catalog.json[*] — ChipCompare"_s);
    QCOMPARE(readTestFile(m_file), before); // discarded means not written
}

void TestEditWindow::recoveryBringsBackAutosavedEdits()
{
    const QString recovery = m_dir.filePath(u"recovery.json"_s);
    QFile::remove(recovery);
    {
        MainWindow crashed(m_builtIn, { false, recovery });
        crashed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&crashed));
        QVERIFY(crashed.openCatalogFile(m_file));
        crashed.document()->duplicateChip(u"acme-x1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), Autosaver::kDelayMs * 3);
        // A crash: the window goes without asking (nothing here saves or discards).
        crashed.document()->disconnect();
    }
    QVERIFY(QFile::exists(recovery));

    MainWindow window(m_builtIn, { false, recovery });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    onNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"mine.json"_s), qPrintable(box->text()));
        for (QAbstractButton* button : box->buttons())
            if (button->text() == u"&Recover"_s)
                QTest::mouseClick(button, Qt::LeftButton);
    });
    QVERIFY(window.offerRecovery());
    QVERIFY(window.document()->merged()->chip(u"acme-x1-copy"_s));
    QVERIFY(window.isWindowModified()); // recovered, not yet saved
    QCOMPARE(window.document()->filePath(), QFileInfo(m_file).absoluteFilePath());

    onNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    });
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(recovery)); // saved: nothing left to recover
    QVERIFY(CatalogReader::readFile(m_file, m_builtIn.sources).catalog.chip(u"acme-x1-copy"_s));
}

void TestEditWindow::tableModelStaysConsistentThroughEdits()
{
    MainWindow window(m_builtIn, options());
    QAbstractItemModelTester tester(
        chipModel(window), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        chipProxy(window), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openCatalogFile(m_file));
    CatalogDocument* document = window.document();
    document->duplicateChip(u"acme-x1"_s);
    Chip chip = *document->userChip(u"acme-x1"_s);
    chip.vendor = u"Other"_s;
    QString error;
    QVERIFY(document->replaceChip(chip, {}, u"Edit"_s, &error));
    document->copyToUserCatalog({ u"nvidia-h100-sxm"_s });
    document->removeChips({ u"acme-x1"_s });
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    QVERIFY(!chipModel(window)->index(0, 0).flags().testFlag(Qt::ItemIsEditable)
        || document->isEditable(chipModel(window)->chip(0).id));
}

void TestEditWindow::detailsPanelLinksEditAndCopy()
{
    MainWindow window(m_builtIn, options());
    QVERIFY(showAtSize(window, { 1400, 900 }));
    QVERIFY(window.openCatalogFile(m_file));
    QVERIFY(window.showChipField(u"acme-x1"_s, QString()));
    DetailsPanel* details = detailsPanel(window);
    QCOMPARE(details->chipId(), u"acme-x1"_s);

    bool asked = false;
    onNextModal([&asked](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        QVERIFY(dialog);
        asked = true;
        auto* text = dialog->findChild<QPlainTextEdit*>();
        QVERIFY(text);
        text->selectAll();
        QTest::keyClicks(text, u"Measured on our bench."_s);
        dialog->accept();
    });
    QVERIFY(clickLink(details, u"chipcompare-edit:text/notes"_s));
    QTRY_VERIFY(asked);
    QCOMPARE(window.document()->merged()->chip(u"acme-x1"_s)->notes, u"Measured on our bench."_s);
    QVERIFY(details->toPlainText().contains(u"Measured on our bench."_s));

    // A built-in chip offers the copy instead; the copy is then editable here.
    QVERIFY(window.showChipField(u"metax-c600"_s, QString()));
    QVERIFY(!details->toHtml().contains(u"chipcompare-edit:text/"_s));
    QVERIFY(clickLink(details, u"chipcompare-edit:copy"_s));
    QTRY_VERIFY(window.document()->isEditable(u"metax-c600"_s));
    QCOMPARE(details->chipId(), u"metax-c600"_s);
    QVERIFY(details->toHtml().contains(u"chipcompare-edit:number/tdp"_s));
}

void TestEditWindow::anUnreadableRecoveryCopyIsSetAsideNotOfferedAgain()
{
    const QString recovery = m_dir.filePath(u"broken-recovery.json"_s);
    QFile::remove(recovery + u".unreadable"_s);
    QFile file(recovery);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"chipcompare-catalog\", \"chips\": [{\"id\""); // truncated by the crash
    file.close();
    MainWindow window(m_builtIn, { false, recovery });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    onNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        for (QAbstractButton* button : box->buttons())
            if (button->text() == u"&Recover"_s)
                QTest::mouseClick(button, Qt::LeftButton);
    });
    QVERIFY(!window.offerRecovery());
    QVERIFY(window.problemList()->model()->rowCount() > 0);
    QVERIFY2(window.problemList()->model()->index(0, 0).data().toString().startsWith(recovery + u":1:"_s),
        qPrintable(window.problemList()->model()->index(0, 0).data().toString()));
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(QFile::exists(recovery + u".unreadable"_s)); // kept, not lost
    QVERIFY(!window.offerRecovery()); // and not offered again
    QVERIFY(!window.document()->hasUserCatalog());
}

// Your catalog over the built-in one, field by field: the fields it lacks keep the built-in values,
// every value says which file it came from, File → Merge report lists what differs, and
// File → Merge policy → replace brings back whole-chip replacement.
void TestEditWindow::myCatalogMergesFieldByFieldAndSaysWhatItChanged()
{
    MainWindow window(m_builtIn, options());
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QVERIFY(window.openCatalogFile(m_file));
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 u"differ from the built-in ones (File → Merge report)"_s),
        qPrintable(window.statusBar()->currentMessage()));
    const ChipTableModel* model = chipModel(window);
    const auto h20 = [&](int metric) {
        return model->index(model->rowOfChip(u"nvidia-h20"_s), ChipTableModel::metricColumn(metric));
    };
    // mine.json gives the H20 a name and a memory size, nothing else: its bandwidth stays.
    QCOMPARE(h20(1).data().toString(), u"4,000"_s);
    QVERIFY2(h20(1).data(Qt::ToolTipRole).toString().contains(u"from built-in catalog"_s),
        qPrintable(h20(1).data(Qt::ToolTipRole).toString()));
    QVERIFY2(h20(0).data(Qt::ToolTipRole).toString().contains(u"from mine.json"_s),
        qPrintable(h20(0).data(Qt::ToolTipRole).toString()));
    const QModelIndex vendor = model->index(model->rowOfChip(u"nvidia-h20"_s), ChipTableModel::VendorColumn);
    QVERIFY(vendor.data(Qt::ToolTipRole).toString().contains(u"from mine.json"_s));

    QString summary;
    QStringList rows;
    onNextModal([&](QWidget* modal) {
        summary = modal->findChild<QLabel*>(u"mergeSummary"_s)->text();
        auto* view = modal->findChild<QTableView*>(u"mergeOverrides"_s);
        QAbstractItemModelTester tester(view->model());
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < view->model()->columnCount(); ++column)
                cells.append(view->model()->index(row, column).data().toString());
            rows.append(cells.join(u" | "_s));
        }
    });
    auto* report = window.findChild<QAction*>(u"mergeReportAction"_s);
    QVERIFY(report);
    report->trigger();
    QVERIFY2(summary.contains(u"field by field"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"built-in catalog, mine.json"_s), qPrintable(summary));
    QVERIFY2(
        rows.contains(
            u"NVIDIA H20 (my lab's measurement) | Name | NVIDIA H20 | NVIDIA H20 (my lab's measurement) | later (mine.json)"_s),
        qPrintable(rows.join(u'\n')));
    QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                 [](const QString& row) {
                     return row.contains(u"| Memory | 96 GB | 103.1 GB | later (mine.json)"_s);
                 }),
        qPrintable(rows.join(u'\n')));

    auto* replace = window.findChild<QAction*>(u"mergePolicy-replace"_s);
    QVERIFY(replace);
    replace->trigger();
    QTRY_COMPARE(h20(1).data().toString(), ChipTableModel::unknownText());
    QVERIFY(replace->isChecked());
}

// Issue 22 item 3, the window's half of `chipcompare match`: Chips → Find the same chip under
// other ids lists Epoch's "NVIDIA H100 SXM5 80GB" beside the built-in nvidia-h100-sxm; ticking the
// pair and pressing Join makes them one chip, field by field, and Ctrl+Z takes it back.
void TestEditWindow::findTheSameChipAndJoinIt()
{
    MainWindow window(m_builtIn, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCatalogFile(QStringLiteral(TEST_DATA_DIR "/epoch-named-chips.json")));
    QVERIFY(window.document()->merged()->chip(u"h100-sxm5-80gb"_s));
    const int rowsBefore = chipModel(window)->rowCount();

    bool joined = false;
    onNextModal([&joined](QWidget* modal) {
        auto* dialog = qobject_cast<MatchDialog*>(modal);
        QVERIFY(dialog);
        QStandardItemModel* pairs = dialog->model();
        int h100 = -1;
        for (int r = 0; r < pairs->rowCount(); ++r) {
            if (pairs->item(r, MatchDialog::YourChipColumn)->text().contains(u"(h100-sxm5-80gb)"_s)
                && pairs->item(r, MatchDialog::SameAsColumn)->text().contains(u"(nvidia-h100-sxm)"_s))
                h100 = r;
        }
        QVERIFY(h100 >= 0);
        // Nothing is joined unticked.
        QVERIFY(!dialog->joinButton()->isEnabled());
        QTableView* view = dialog->view();
        const QRect box = view->visualRect(pairs->index(h100, MatchDialog::JoinColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 12, box.center().y()));
        QCOMPARE(pairs->item(h100, MatchDialog::JoinColumn)->checkState(), Qt::Checked);
        QVERIFY(dialog->joinButton()->isEnabled());
        // "Tick the best of each" ticks every chip's likeliest pair; unticking leaves the H100's alone.
        auto* tickBest = dialog->findChild<QPushButton*>(u"matchTickBest"_s);
        QTest::mouseClick(tickBest, Qt::LeftButton);
        QCOMPARE(dialog->tickedPairs().size(), 4);
        for (int r = 0; r < pairs->rowCount(); ++r) {
            if (r != h100) {
                const QRect other = view->visualRect(pairs->index(r, MatchDialog::JoinColumn));
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(other.left() + 12, other.center().y()));
            }
        }
        QCOMPARE(dialog->tickedPairs(),
            (QList<std::pair<QString, QString>> { { u"h100-sxm5-80gb"_s, u"nvidia-h100-sxm"_s } }));
        QTest::mouseClick(dialog->joinButton(), Qt::LeftButton);
        joined = !dialog->isVisible();
    });
    QMenu* chips = nullptr;
    QAction* chipsMenu = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->findChild<QAction*>(u"matchAction"_s, Qt::FindDirectChildrenOnly)) {
            chips = menu->menu();
            chipsMenu = menu;
        }
    }
    QVERIFY(chips);
    QTest::mouseClick(window.menuBar(), Qt::LeftButton, {}, window.menuBar()->actionGeometry(chipsMenu).center());
    QTRY_VERIFY(chips->isVisible());
    QAction* match = chips->findChild<QAction*>(u"matchAction"_s, Qt::FindDirectChildrenOnly);
    QTest::mouseClick(chips, Qt::LeftButton, {}, chips->actionGeometry(match).center());
    QTRY_VERIFY(joined);

    // One chip now, under the built-in id, merged field by field: the later file's 690 W wins, the
    // built-in bandwidth the file lacks stays.
    const Chip* h100 = window.document()->merged()->chip(u"nvidia-h100-sxm"_s);
    QVERIFY(h100);
    QVERIFY(!window.document()->merged()->chip(u"h100-sxm5-80gb"_s));
    QCOMPARE(h100->canonical(SpecField::Tdp), std::optional<double>(690.0));
    QCOMPARE(h100->canonical(SpecField::MemoryBandwidth), std::optional<double>(3350.0)); // kept
    QVERIFY(h100->aliases().contains(u"h100-sxm5-80gb"_s));
    QCOMPARE(chipModel(window)->rowCount(), rowsBefore - 1);
    QVERIFY(window.document()->userChip(u"h100-sxm5-80gb"_s)->aliases().contains(u"nvidia-h100-sxm"_s));
    QVERIFY(window.document()->isModified());

    pressKey(tablePage(window)->view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(window.document()->merged()->chip(u"h100-sxm5-80gb"_s));
    QCOMPARE(chipModel(window)->rowCount(), rowsBefore);
    QCOMPARE(window.document()->merged()->chip(u"nvidia-h100-sxm"_s)->canonical(SpecField::Tdp),
        std::optional<double>(700.0));
}

QTEST_MAIN(TestEditWindow)
#include "tst_editwindow.moc"
