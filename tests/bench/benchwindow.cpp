#include "benchwindow.h"

#include "benchfloor.h"

#include "io/catalogreader.h"
#include "models/chiptablemodel.h"
#include "widgets/mainwindow.h"
#include "windowparts.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Records when a widget has been painted for the first time.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget* widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

void showAndWaitForPaint(QWidget* window)
{
    PaintWatcher watcher(window);
    window->resize(1280, 800);
    window->show();
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// The floor: the least a Qt window that shows a catalog needs, a table and a bar chart.
void minimalWindow()
{
    QMainWindow window;
    auto* model = new QStandardItemModel(17, 12, &window);
    for (int row = 0; row < 17; ++row) {
        for (int column = 0; column < 12; ++column)
            model->setItem(row, column, new QStandardItem(u"cell %1.%2"_s.arg(row).arg(column)));
    }
    auto* splitter = new QSplitter(&window);
    auto* table = new QTableView(splitter);
    table->setModel(model);
    auto* set = new QBarSet(u"bandwidth"_s);
    for (int i = 0; i < 17; ++i)
        *set << i * 100.0;
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    new QChartView(chart, splitter);
    window.setCentralWidget(splitter);
    showAndWaitForPaint(&window);
}

// Where ChipCompare's start-up goes, for the README: each run's phases, in ms.
struct StartupPhases
{
    QList<double> read, build, paint;
};
StartupPhases phases;

void chipCompareWindow()
{
    QElapsedTimer clock;
    clock.start();
    Catalog builtIn = CatalogReader::readBuiltIn().catalog;
    phases.read.append(clock.nsecsElapsed() / 1e6);
    clock.restart();
    MainWindow window(std::move(builtIn), { false, {} });
    phases.build.append(clock.nsecsElapsed() / 1e6);
    clock.restart();
    showAndWaitForPaint(&window);
    phases.paint.append(clock.nsecsElapsed() / 1e6);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

namespace BenchWindow {

void runStartup(QTextStream& out, int runs)
{
    minimalWindow(); // warm-up: fonts, styles and plugins load once per process
    chipCompareWindow();
    // Taken in turns, so that a machine that speeds up or slows down during the run (other work,
    // clock changes) weighs on both alike.
    QList<double> floorTimes, startupTimes;
    phases = {};
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        minimalWindow();
        floorTimes.append(clock.nsecsElapsed() / 1e6);
        clock.restart();
        chipCompareWindow();
        startupTimes.append(clock.nsecsElapsed() / 1e6);
    }
    const double floor = median(floorTimes);
    const double startup = median(startupTimes);
    out << QString::asprintf(
        "start-up with the built-in catalog, to first paint: %.1f ms; floor (a Qt window "
        "with a table and a bar chart) %.1f ms; ratio %.2f   (no target: docs/performance.md)\n"
        "  of which reading the built-in catalog %.1f ms, building the window %.1f ms, showing it "
        "to its first paint %.1f ms (medians of %d runs, taken in turns with the floor's)\n",
        startup, floor, startup / floor, median(phases.read), median(phases.build), median(phases.paint),
        runs);
}

void run(const QString& catalogPath, double parseFloorMs, QTextStream& out)
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window(CatalogReader::readBuiltIn().catalog, { false, {} });
    window.openCatalogFileInBackground(catalogPath);
    showAndWaitForPaint(&window);
    const double firstPaint = clock.nsecsElapsed() / 1e6;

    // A timer that should fire every millisecond: the longest gap is the longest stall.
    double longestStall = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    ticker.start(1);
    bool finished = false;
    QObject::connect(&window, &MainWindow::catalogLoadFinished, [&] { finished = true; });
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double loaded = clock.nsecsElapsed() / 1e6;
    out << QString::asprintf(
        "  window: first paint %.0f ms (target <= 500); fully loaded %.0f ms, ratio to the "
        "parse %.2f (target <= 2.0); longest event-loop stall %.0f ms (target <= 100); "
        "%d rows\n",
        firstPaint, loaded, loaded / parseFloorMs, longestStall, chipModel(window)->rowCount());
}

} // namespace BenchWindow
