// The window in Chinese: every page, menu and on-demand dialog, with no English left visible except
// chip data (names, vendors, sources, notes), units and proper names, listed below.

#include "analysis/metrics.h"
#include "editing/catalogdocument.h"
#include "i18n/translations.h"
#include "importer/columnrecognizer.h"
#include "io/catalogreader.h"
#include "shownwindow.h"
#include "testprocess.h"
#include "widgets/importdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/numbereditordialog.h"
#include "widgets/pngoptionsdialog.h"
#include "widgets/sourcedialog.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
// Words that stay as they are in Chinese text: units, formats, standards and proper names.
const QStringList& allowedWords()
{
    static const QStringList words { u"ChipCompare"_s, u"CUDA"_s, u"NVIDIA"_s, u"PyTorch"_s, u"TensorFlow"_s,
        u"PaddlePaddle"_s, u"ONNX"_s, u"Runtime"_s, u"vLLM"_s, u"SGLang"_s, u"MindSpore"_s, u"TFLOPS"_s,
        u"TOPS"_s, u"PFLOPS"_s, u"FLOP"_s, u"GB/s"_s, u"TB/s"_s, u"Tb/s"_s, u"GiB"_s, u"MiB"_s, u"USD"_s,
        u"BF16"_s, u"FP16"_s, u"FP8"_s, u"FP4"_s, u"FP32"_s, u"FP64"_s, u"INT8"_s, u"INT4"_s, u"TDP"_s,
        u"TPP"_s, u"ECCN"_s, u"HBM"_s, u"GDDR"_s, u"LPDDR"_s, u"SRAM"_s, u"PNG"_s, u"SVG"_s, u"PDF"_s,
        u"CSV"_s, u"JSON"_s, u"Markdown"_s, u"README"_s, u"MIT"_s, u"Qt"_s, u"Qwen"_s, u"DeepSeek"_s,
        u"Llama"_s, u"gpt-oss"_s, u"MoE"_s, u"http"_s, u"https"_s, u"json"_s, u"csv"_s, u"tsv"_s, u"png"_s,
        u"svg"_s, u"pdf"_s, u"id"_s, u"ID"_s, u"acme"_s, u"datasheet"_s, u"Where the numbers come from"_s,
        u"mm"_s, u"px"_s, u"Qwen3"_s, u"token"_s, u"Ctrl"_s /* a key, as printed on it */,
        // the LLM-fit formula names the columns scripts read, as the CLI prints them
        u"chips_needed"_s, u"decode_tokens_per_s_upper"_s, u"ceil"_s,
        // a language is offered under its own name (View > Language)
        u"English"_s };
    return words;
}

// The metric keys a condition is written with ("memory-gb>=64"), as on the command line.
QStringList metricKeys()
{
    QStringList keys;
    for (const auto& metric : Metrics::all())
        keys << metric.key << metric.csvKey;
    return keys;
}

// Chip data shown as the catalog has it: never translated.
QStringList catalogWords(const Catalog& catalog)
{
    QStringList words;
    for (const Chip& chip : catalog.chips) {
        words << chip.id << chip.name << chip.shortName << chip.localName << chip.vendor << chip.country
              << chip.memoryType << chip.interconnect << chip.softwareStack << chip.notes << chip.foundry
              << chip.processNode;
        for (const auto& entry : chip.ecosystem)
            words << entry.name << entry.via;
        for (const auto& value : chip.specs) {
            words << value.primary.note() << value.primary.unit;
            for (const auto& other : value.alternatives)
                words << other.note() << other.unit;
        }
    }
    for (const ChipSystem& system : catalog.systems)
        words << system.id << system.name << system.vendor << system.chipId << system.notes;
    for (const Source& source : catalog.sources)
        words << source.id << source.title << source.publisher << source.url << source.reliability;
    words.removeAll(QString());
    // Longest first, so that "NVIDIA H100 SXM5 80GB" goes before "NVIDIA".
    std::sort(
        words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    words.removeDuplicates();
    return words;
}

class EnglishFinder
{
public:
    // `userData`: more text that comes from the user's files (a sheet's headers, a file name).
    explicit EnglishFinder(const Catalog& catalog, const QStringList& userData = {})
        : m_data(catalogWords(catalog) + userData)
    {
        for (const auto dimension :
            { Dimension::DataSize, Dimension::DataRate, Dimension::FloatThroughput, Dimension::IntThroughput,
                Dimension::Power, Dimension::Area, Dimension::Currency, Dimension::Count })
            m_data += Units::acceptedUnits(dimension);
        m_data += metricKeys();
        std::sort(m_data.begin(), m_data.end(),
            [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }
    // Records `text` (from `where`) when, without chip data and allowed words, English is left.
    void check(const QString& where, QString text)
    {
        text.remove(QRegularExpression(u"<[^>]*>"_s)); // rich-text tags
        text.remove(u'&'); // mnemonics
        for (const QString& word : m_data)
            text.remove(word);
        for (const QString& word : allowedWords())
            text.remove(QRegularExpression(u"\\b"_s + QRegularExpression::escape(word) + u"\\b"_s));
        static const QRegularExpression english(u"[A-Za-z]{3,}"_s);
        if (english.match(text).hasMatch())
            m_found.insert(where + u": "_s + text.simplified());
    }
    void checkWidgetTree(const QString& where, QWidget* root)
    {
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(root))
                continue;
            const QString name = where + u"/"_s + QString::fromLatin1(widget->metaObject()->className());
            if (auto* label = qobject_cast<QLabel*>(widget))
                check(name, label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                check(name, button->text());
            else if (auto* edit = qobject_cast<QLineEdit*>(widget))
                check(name, edit->placeholderText());
            else if (auto* group = qobject_cast<QGroupBox*>(widget))
                check(name, group->title());
            else if (auto* dock = qobject_cast<QDockWidget*>(widget))
                check(name, dock->windowTitle());
            else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(name, tabs->tabText(i));
            } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(name, combo->itemText(i));
            } else if (auto* browser = qobject_cast<QTextBrowser*>(widget)) {
                check(name, browser->toPlainText());
            } else if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->model()) {
                for (int s = 0; s < header->count(); ++s)
                    if (!header->isSectionHidden(s))
                        check(name, header->model()->headerData(s, header->orientation()).toString());
            }
            if (auto* view = qobject_cast<QChartView*>(widget); view && view->chart()) {
                // The chart's own text: title, axis titles, labels, legend and footnote.
                QChart* chart = view->chart();
                ++m_charts;
                check(name + u" title"_s, chart->title());
                for (QAbstractAxis* axis : chart->axes())
                    check(name + u" axis"_s, axis->titleText());
                for (QGraphicsItem* item : chart->childItems()) {
                    if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                        check(name + u" text"_s, simple->text());
                    else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
                        check(name + u" footnote"_s, rich->toPlainText());
                }
            }
            if (!widget->toolTip().isEmpty())
                check(name + u" tooltip"_s, widget->toolTip());
        }
    }
    void checkMenu(const QString& where, QMenu* menu)
    {
        emit menu->aboutToShow(); // menus that fill themselves when opened
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            check(where, action->text());
            if (action->menu())
                checkMenu(where + u" > "_s + action->text(), action->menu());
        }
    }
    QStringList found() const
    {
        QStringList list = m_found.values();
        list.sort();
        return list;
    }

    int chartsChecked() const { return m_charts; }

private:
    int m_charts = 0;
    QStringList m_data;
    QSet<QString> m_found;
};
} // namespace

class TestChinese : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noEnglishIsLeftInTheWindow();
    void noEnglishIsLeftInTheDialogs();
    void aBadCatalogIsExplainedInChinese();
    void aRefusedColumnIsExplainedInChinese();

private:
    Catalog m_builtIn;
};

void TestChinese::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*QCoreApplication::instance(), QLocale(u"zh_CN"_s));
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
}

void TestChinese::noEnglishIsLeftInTheWindow()
{
    MainWindow window(m_builtIn, { false, {} });
    QVERIFY(showAtSize(window, { 1400, 900 }));
    QVERIFY(window.openCatalogFile(testDataPath(u"user-catalog.json"_s)));
    EnglishFinder finder(*window.document()->merged(), { u"user-catalog.json"_s });
    for (const QString& page :
        { u"table"_s, u"chart"_s, u"compare"_s, u"systems"_s, u"ecosystem"_s, u"llm"_s }) {
        QVERIFY(window.showPage(page));
        QTest::qWait(50);
        finder.checkWidgetTree(page, &window);
    }
    QVERIFY(window.showChipField(u"acme-x1"_s, QString())); // an editable chip in the details
    finder.checkWidgetTree(u"details"_s, &window);
    for (QAction* menu : window.menuBar()->actions())
        finder.checkMenu(menu->text(), menu->menu());
    QVERIFY(finder.chartsChecked() > 0); // the chart's own texts were read
    const QStringList found = finder.found();
    QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
}

void TestChinese::noEnglishIsLeftInTheDialogs()
{
    EnglishFinder finder(m_builtIn,
        { u"chinese-import.csv"_s, u"Model"_s, u"Manufacturer"_s, u"Memory (GB)"_s, u"TDP (W)"_s,
            u"Lab NPU"_s });
    const Chip& h20 = *m_builtIn.chip(u"nvidia-h20"_s);
    NumberEditorDialog numbers(
        m_builtIn, h20, SpecField::MemoryBandwidth, [](auto&&, auto&&) { return QString(); });
    numbers.show();
    finder.checkWidgetTree(u"number editor"_s, &numbers);
    SourceDialog source([](const QString&) { return false; });
    source.show();
    finder.checkWidgetTree(u"source dialog"_s, &source);
    PngOptionsDialog png;
    png.show();
    finder.checkWidgetTree(u"PNG options"_s, &png);
    QTemporaryDir dir;
    const QString table = writeTestFile(
        dir, u"chinese-import.csv"_s, "Model,Manufacturer,Memory (GB),TDP (W)\nLab NPU,Lab,64,300\n");
    ImportDialog import(table);
    import.show();
    finder.checkWidgetTree(u"import dialog"_s, &import);
    const QStringList found = finder.found();
    QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
}

// What the reader says of a file it refuses: the window shows it in the problems panel.
void TestChinese::aBadCatalogIsExplainedInChinese()
{
    const auto firstMessage = [](const QByteArray& text) {
        const auto result = CatalogReader::read(text, u"bad.json"_s);
        return result.problems.isEmpty() ? QString() : result.problems.first().message;
    };
    QVERIFY2(firstMessage("").startsWith(u"文件为空"_s), qPrintable(firstMessage("")));
    QVERIFY2(firstMessage("[1]").startsWith(u"顶层必须是"_s), qPrintable(firstMessage("[1]")));
    QVERIFY2(firstMessage("7").contains(u"单个值"_s), qPrintable(firstMessage("7")));
    QVERIFY2(firstMessage("{\"chips\": [").startsWith(u"无效的 JSON"_s),
        qPrintable(firstMessage("{\"chips\": [")));
    const QByteArray halfACharacter = R"({"format": "chipcompare-catalog", "version": 1, "chips": [
  {"id": "a", "name": "A \ud800", "vendor": "V", "status": "shipping"}]})";
    QVERIFY2(firstMessage(halfACharacter).contains(u"代理对"_s), qPrintable(firstMessage(halfACharacter)));
}

// Why the importer leaves a column unread: the import dialog's mapping table and the CLI show it.
void TestChinese::aRefusedColumnIsExplainedInChinese()
{
    const auto reasonFor = [](const QString& header) { return ColumnRecognizer::recognize(header).reason; };
    QVERIFY2(
        reasonFor(u"Idle power (W)"_s).startsWith(u"空闲"_s), qPrintable(reasonFor(u"Idle power (W)"_s)));
    QVERIFY2(reasonFor(u"L2 cache (MB)"_s).startsWith(u"缓存"_s), qPrintable(reasonFor(u"L2 cache (MB)"_s)));
    QVERIFY2(reasonFor(u"TFLOPS"_s).startsWith(u"未注明精度"_s), qPrintable(reasonFor(u"TFLOPS"_s)));
    // The recogniser's other messages were translated before and stay so.
    QCOMPARE(ColumnTarget().describe(), u"（未映射）"_s);
}

QTEST_MAIN(TestChinese)
#include "tst_chinese.moc"
