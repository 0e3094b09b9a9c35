// A thousand random steps through the window, as a restless user would take them: filter, sort,
// switch pages, open catalogs (also in the background, cancelled or not), edit and undo, select,
// copy, delete, export. Nothing may crash (CI also runs this under ASan and UBSan), and the item
// models stay consistent throughout.

#include "editing/catalogdocument.h"
#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "shownwindow.h"
#include "testprocess.h"
#include "widgets/chartpage.h"
#include "widgets/filterbar.h"
#include "widgets/mainwindow.h"
#include "widgets/tablepage.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestStress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aThousandRandomSteps();
};

void TestStress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
}

void TestStress::aThousandRandomSteps()
{
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    QTemporaryDir dir;
    MainWindow window(builtIn.catalog, { false, {} });
    QVERIFY(showAtSize(window, { 1024, 700 }));
    QAbstractItemModelTester chipTester(
        chipModel(window), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(
        chipProxy(window), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CatalogDocument* document = window.document();
    QTableView* table = tablePage(window)->view();
    const QStringList catalogs { testDataPath(u"user-catalog.json"_s), testDataPath(u"rich-catalog.json"_s),
        testDataPath(u"real-data-shapes.json"_s), testDataPath(u"policy-breaches.json"_s) };
    const QStringList searches { u"h"_s, u"nv"_s, u"ascend"_s, u"zzz"_s, QString() };
    const QStringList pages { u"table"_s, u"chart"_s, u"compare"_s, u"systems"_s, u"ecosystem"_s, u"llm"_s };
    QRandomGenerator random(20261129); // fixed: a failure replays exactly
    auto pick = [&random](const auto& list) { return list.at(random.bounded(int(list.size()))); };
    auto randomUserChip = [&]() -> QString {
        const auto& chips = document->user()->chips;
        return chips.isEmpty() ? QString() : chips.at(random.bounded(int(chips.size()))).id;
    };

    // Loading in the background while edits go on ends in the unsaved-changes prompt: answered
    // "Discard" here, as a user might.
    QTimer answerPrompts;
    connect(&answerPrompts, &QTimer::timeout, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == u"unsavedChangesPrompt"_s)
            box->button(QMessageBox::Discard)->click();
    });
    answerPrompts.start(5);

    int steps = 0;
    for (; steps < 1000; ++steps) {
        switch (random.bounded(13)) {
        case 0: {
            QLineEdit* search = filterBar(window)->searchEdit();
            search->clear();
            QTest::keyClicks(search, pick(searches));
            break;
        }
        case 1:
            filterBar(window)->clear();
            break;
        case 2: {
            // Half the time a second click on the sorted column's header: the other way round.
            QHeaderView* header = table->horizontalHeader();
            const int sorted = header->sortIndicatorSection();
            const int x = sorted >= 0 ? header->sectionViewportPosition(sorted) : -1;
            if (random.bounded(2) && sorted >= 0 && !header->isSectionHidden(sorted) && x >= 0
                && x + 4 < header->viewport()->width()) {
                QTest::mouseClick(
                    header->viewport(), Qt::LeftButton, {}, QPoint(x + 4, header->height() / 2));
            } else {
                table->sortByColumn(random.bounded(chipModel(window)->columnCount()),
                    random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            }
            break;
        }
        case 3:
            window.showPage(pick(pages));
            break;
        case 4: {
            if (document->isModified()) { // no prompt: keep the edits in a file of their own
                QString error;
                QVERIFY2(
                    document->saveAs(dir.filePath(u"step-%1.json"_s.arg(steps)), &error), qPrintable(error));
            }
            QVERIFY(window.openCatalogFile(pick(catalogs)));
            break;
        }
        case 5:
            if (const QString id = randomUserChip(); !id.isEmpty())
                document->duplicateChip(id);
            break;
        case 6:
            if (const QString id = randomUserChip(); !id.isEmpty()) {
                Chip chip = *document->userChip(id);
                chip.vendor = u"Vendor %1"_s.arg(random.bounded(30));
                QString error;
                QVERIFY2(document->replaceChip(chip, {}, u"Edit vendor"_s, &error), qPrintable(error));
            }
            break;
        case 7:
            if (random.bounded(2))
                document->undoStack()->undo();
            else
                document->undoStack()->redo();
            break;
        case 8:
            if (chipProxy(window)->rowCount() > 0) {
                const QModelIndex index
                    = chipProxy(window)->index(random.bounded(chipProxy(window)->rowCount()),
                        random.bounded(chipProxy(window)->columnCount()));
                table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            break;
        case 9:
            window.copySelectedToMyCatalog();
            break;
        case 10:
            if (const QString id = randomUserChip(); !id.isEmpty())
                document->removeChips({ id });
            break;
        case 11:
            if (random.bounded(4) == 0) { // exports are slow: one step in four of these
                QString error;
                QVERIFY2(window.chartPage()->exportChart(
                             dir.filePath(u"chart.svg"_s), QSize(640, 360), 1.0, &error),
                    qPrintable(error));
            }
            break;
        case 12: // a catalog loading in the worker thread while the other steps go on
            if (window.isLoading() && random.bounded(2))
                window.cancelLoading();
            else
                window.openCatalogFileInBackground(pick(catalogs));
            break;
        }
        QCoreApplication::processEvents();
        // What every page shows must be the document's current catalog.
        QCOMPARE(chipModel(window)->rowCount(), int(document->merged()->chips.size()));
    }
    QCOMPARE(steps, 1000);
    if (window.isLoading()) {
        QSignalSpy finished(&window, &MainWindow::catalogLoadFinished);
        QVERIFY(finished.wait(60000));
    }
    QCOMPARE(chipModel(window)->rowCount(), int(document->merged()->chips.size()));
}

QTEST_MAIN(TestStress)
#include "tst_stress.moc"
