// Accessibility: every control a keyboard or screen-reader user reaches has a name (its visible
// label, a buddy label, or an accessible name), and every chart a text alternative.

#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "shownwindow.h"
#include "widgets/chartpage.h"
#include "widgets/filterbar.h"
#include "widgets/llmfitpage.h"
#include "widgets/mainwindow.h"
#include "widgets/multiselectbutton.h"
#include "windowparts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What a screen reader announces for the widget: Qt's accessible interface names buttons by their
// text and fields by their buddy label, so this covers every way a control can be named.
QString spokenName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

bool isControl(QWidget* widget)
{
    return widget->focusPolicy() != Qt::NoFocus
        && (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QAbstractItemView*>(widget));
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyControlHasAName();
    void chartsHaveATextAlternative();
    void tabFollowsTheFilterBarFromLeftToRight();

private:
    Catalog m_builtIn;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
    // The built-in catalog as of 2025-11-29 (17 chips), frozen as a fixture: what these tests
    // check is how the window, models and charts treat a known catalog, not what today's holds.
    const auto result = CatalogReader::readFile(QStringLiteral(TEST_DATA_DIR "/catalog-2025.json"));
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
}

void TestAccessibility::everyControlHasAName()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1400, 900 }));
    QStringList unnamed;
    for (const QString& page :
        { u"table"_s, u"chart"_s, u"compare"_s, u"systems"_s, u"ecosystem"_s, u"llm"_s }) {
        QVERIFY(window.showPage(page));
        QTest::qWait(20);
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(&window) || !isControl(widget))
                continue;
            // A spin box's or combo box's own line edit is named through its owner.
            if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                || qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            // A control named only for screen readers (no visible label) also says what it is for.
            if (!widget->accessibleName().isEmpty() && widget->accessibleDescription().isEmpty())
                unnamed.append(page + u": no description: "_s + widget->accessibleName());
            if (spokenName(widget).isEmpty())
                unnamed.append(page + u": "_s + QString::fromLatin1(widget->metaObject()->className())
                    + u" "_s + widget->objectName());
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
}

void TestAccessibility::chartsHaveATextAlternative()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1400, 900 }));
    QVERIFY(window.showPage(u"chart"_s));
    QChartView* view = window.chartPage()->chartView();
    // A description a screen reader reads: what is drawn, and its extremes.
    QTRY_VERIFY(view->accessibleDescription().contains(u"largest first"_s));
    const QString description = view->accessibleDescription();
    QVERIFY2(description.contains(view->chart()->title()), qPrintable(description));
    QVERIFY2(description.contains(u"H200"_s), qPrintable(description)); // the widest bandwidth
    QVERIFY2(description.contains(u"No value: "_s), qPrintable(description)); // unknown stays visible
    QVERIFY(!view->accessibleName().isEmpty());
}

void TestAccessibility::tabFollowsTheFilterBarFromLeftToRight()
{
    MainWindow window(m_builtIn, { false, {} });
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    FilterBar* bar = filterBar(window);
    bar->vendorButton()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), bar->vendorButton());
    // Tab walks the controls in the order they stand, left to right, then on to the pages.
    QList<QWidget*> order { QApplication::focusWidget() };
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget());
    }
    QCOMPARE(order.mid(0, 6),
        (QList<QWidget*> { bar->vendorButton(), bar->memoryTypeButton(), bar->statusButton(),
            bar->yearsEdit(), bar->whereEdit(), bar->searchEdit() }));
    for (int i = 1; i < order.size(); ++i) {
        if (order[i]->parentWidget() != bar)
            break;
        QVERIFY(order[i]->mapTo(&window, QPoint()).x() > order[i - 1]->mapTo(&window, QPoint()).x());
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
