// Writers on a device that fails mid-write: the file size limit (RLIMIT_FSIZE) makes every write
// past a few kilobytes fail with EFBIG, as a full disk would. The original file must stay intact,
// the error must name the file, and nothing may be left behind.

#include "analysis/chartdata.h"
#include "analysis/comparison.h"
#include "analysis/comparisonhtml.h"
#include "analysis/metrics.h"
#include "charts/chartexport.h"
#include "charts/documentexport.h"
#include "io/atomicfile.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
constexpr rlim_t kLimitBytes = 4096;

// While alive, files may not grow past kLimitBytes (a write past it fails instead of raising
// SIGXFSZ, which is ignored).
class FullDisk
{
public:
    FullDisk()
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = kLimitBytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FullDisk() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved {};
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestFailedDevice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogSaveKeepsTheOldFile();
    void chartExportsLeaveNothingBehind_data();
    void chartExportsLeaveNothingBehind();
    void comparisonExportsLeaveNothingBehind_data();
    void comparisonExportsLeaveNothingBehind();

private:
    Catalog m_builtIn;
};

void TestFailedDevice::initTestCase()
{
    const auto result = CatalogReader::readBuiltIn();
    QVERIFY(result.ok());
    m_builtIn = result.catalog;
    QVERIFY(CatalogWriter::toJson(m_builtIn).size() > qsizetype(kLimitBytes) * 4); // really fails
}

void TestFailedDevice::catalogSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.json"_s);
    const QByteArray old = "{\"format\": \"chipcompare-catalog\", \"version\": 2, \"chips\": []}\n";
    QString error;
    QVERIFY(writeFileAtomically(path, old, &error));
    {
        FullDisk full;
        QVERIFY(!CatalogWriter::writeFile(m_builtIn, path, &error));
    }
    QVERIFY2(error.startsWith(path + u": cannot write: "_s), qPrintable(error));
    QCOMPARE(readAll(path), old); // the previous version, whole
    QCOMPARE(entries(dir.path()), QStringList { u"mine.json"_s }); // no temporary file left
    // And once there is room again, the same save works.
    QVERIFY2(CatalogWriter::writeFile(m_builtIn, path, &error), qPrintable(error));
    QVERIFY(CatalogReader::readFile(path).ok());
}

void TestFailedDevice::chartExportsLeaveNothingBehind_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << u"chart.png"_s;
    QTest::newRow("svg") << u"chart.svg"_s;
    QTest::newRow("pdf") << u"chart.pdf"_s;
}

void TestFailedDevice::chartExportsLeaveNothingBehind()
{
    QFETCH(QString, name);
    QVector<const Chip*> chips;
    for (const Chip& chip : m_builtIn.chips)
        chips.append(&chip);
    ChartRequest request;
    request.metric = Metrics::find(u"bandwidth-gbs"_s);
    const ChartData data = ChartDataBuilder::build(m_builtIn, chips, request);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QString error;
    {
        FullDisk full;
        QVERIFY(!ChartExport::exportToFile(data, path, QSize(1600, 900), 2.0, &error));
    }
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(entries(dir.path()), QStringList()); // no half-written picture, no temporary file
}

void TestFailedDevice::comparisonExportsLeaveNothingBehind_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << u"compare.png"_s;
    QTest::newRow("pdf") << u"compare.pdf"_s;
}

void TestFailedDevice::comparisonExportsLeaveNothingBehind()
{
    QFETCH(QString, name);
    const Comparison comparison = Comparison::build({ m_builtIn.chip(u"nvidia-h20"_s),
        m_builtIn.chip(u"huawei-ascend-910b"_s), m_builtIn.chip(u"metax-c600"_s) });
    const QString html = ComparisonHtml::build(comparison, false, m_builtIn.date);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QString error;
    {
        FullDisk full;
        QVERIFY(!DocumentExport::exportToFile(html, path, 1600, &error));
    }
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(entries(dir.path()), QStringList());
}

QTEST_MAIN(TestFailedDevice)
#include "tst_faileddevice.moc"
