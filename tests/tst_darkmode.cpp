// Dark mode: with a dark system palette the chart is drawn dark, its text stays readable and the
// vendor colours stay distinct, both on screen and in the rendered image.

#include "i18n/translations.h"
#include "io/catalogreader.h"
#include "widgets/chartpage.h"
#include "widgets/mainwindow.h"
#include "shownwindow.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPalette>
#include <QPointer>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// WCAG relative luminance and contrast ratio: 4.5 is the floor for body text.
double luminance(const QColor& colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}
} // namespace

class TestDarkMode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartFollowsADarkPalette();
};

void TestDarkMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::installEnglish(*QCoreApplication::instance());
}

void TestDarkMode::chartFollowsADarkPalette()
{
    QApplication::setPalette(darkPalette());
    const auto builtIn = CatalogReader::readBuiltIn();
    QVERIFY(builtIn.ok());
    MainWindow window(builtIn.catalog, { false, {} });
    QVERIFY(showAtSize(window, { 1280, 800 }));
    QVERIFY(window.showPage(u"chart"_s));
    // The page builds its chart when it is first shown (and again as the layout settles).
    QTRY_VERIFY(!window.chartPage()->chartView()->chart()->series().isEmpty());
    QTest::qWait(200);
    QPointer<QChart> chart = window.chartPage()->chartView()->chart();

    const QColor background = chart->backgroundBrush().color();
    QVERIFY2(luminance(background) < 0.05, qPrintable(background.name()));
    QVERIFY2(contrast(chart->titleBrush().color(), background) >= 4.5,
        qPrintable(chart->titleBrush().color().name()));
    for (QAbstractAxis* axis : chart->axes()) {
        QVERIFY2(contrast(axis->labelsBrush().color(), background) >= 4.5,
            qPrintable(axis->labelsBrush().color().name()));
        QVERIFY2(contrast(axis->titleBrush().color(), background) >= 4.5,
            qPrintable(axis->titleBrush().color().name()));
    }
    // Every vendor's bars stand out from the background, and from each other.
    QList<QColor> vendorColours;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                if (set->color().alpha() == 255 && !vendorColours.contains(set->color()))
                    vendorColours.append(set->color());
            }
        } else if (auto* points = qobject_cast<QScatterSeries*>(series);
                   points && points->color().alpha() == 255 && !vendorColours.contains(points->color())) {
            vendorColours.append(points->color()); // one series per vendor (rings are see-through)
        }
    }
    QVERIFY(vendorColours.size() >= 3);
    for (int i = 0; i < vendorColours.size(); ++i) {
        QVERIFY2(contrast(vendorColours[i], background) >= 1.8, qPrintable(vendorColours[i].name()));
        for (int j = i + 1; j < vendorColours.size(); ++j)
            QVERIFY2(vendorColours[i] != vendorColours[j], qPrintable(vendorColours[i].name()));
    }

    QVERIFY(chart); // still the chart the checks above read

    // The picture on screen: mostly dark, with light text on it.
    auto shares = [](const QImage& image) {
        int dark = 0;
        int light = 0;
        int samples = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const QColor pixel = image.pixelColor(x, y);
                dark += luminance(pixel) < 0.05;
                light += luminance(pixel) > 0.6;
                ++samples;
            }
        }
        return std::tuple(dark, light, samples);
    };
    const auto [dark, light, samples] = shares(window.chartPage()->chartView()->grab().toImage());
    QVERIFY2(dark > samples / 2, qPrintable(QString::number(dark) + u" of "_s + QString::number(samples)));
    QVERIFY(light > 50); // text

    // Exports are for documents and slides: light whatever the screen's theme, and the same bytes
    // from the same data.
    const auto [exportDark, exportLight, exportSamples]
        = shares(window.chartPage()->renderImage(QSize(800, 450), 1.0));
    QVERIFY2(exportLight > exportSamples / 2, qPrintable(QString::number(exportLight)));
    Q_UNUSED(exportDark);
}

QTEST_MAIN(TestDarkMode)
#include "tst_darkmode.moc"
