// Measures ChipCompare's work on a generated 100,000-chip catalog against floors measured in the
// same run, and prints ratios (stable across machines, unlike milliseconds):
//   load:   CatalogReader::read (parse + validate + position index)  vs  QJsonDocument::fromJson alone
//   filter: the proxy re-filtering all rows                           vs  a bare loop over ChipFilter
//   sort:   the proxy sorting a numeric column                        vs  std::sort of the same doubles
// Run: build/bin/bench_catalog [chips]   (default 100000)
#include "analysis/chartdata.h"
#include "analysis/metrics.h"
#include "io/catalogreader.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QByteArray generateCatalog(int count)
{
    QByteArray text = R"({"format": "chipcompare-catalog", "version": 1, "date": "2026-11-28",
"sources": [{"id": "s1", "title": "Generated"}], "chips": [
)";
    const char* vendors[] = { "NVIDIA", "Huawei", "Cambricon", "MetaX", "Enflame", "Alibaba (T-Head)" };
    const char* memories[] = { "HBM3", "HBM3e", "HBM2e", "LPDDR5" };
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += R"({"id": "chip-)" + n + R"(", "name": "Chip )" + n + R"(", "vendor": ")" + vendors[i % 6]
            + R"(", "status": "shipping", "memory_type": ")" + memories[i % 4]
            + R"(", "notes": "generated row )" + n + R"(",
 "memory_capacity": {"value": )"
            + QByteArray::number(16 + i % 180) + R"(, "unit": "GB", "source": "s1", "confidence": "reported"},
 "memory_bandwidth": {"value": )"
            + QByteArray::number(0.5 + (i * 7919 % 4500) / 1000.0)
            + R"(, "unit": "TB/s", "source": "s1", "confidence": "official"},
 "bf16_dense": {"value": )"
            + QByteArray::number(50 + i % 950)
            + R"(, "unit": "TFLOPS", "source": "s1", "confidence": "reported"}})";
        text += i + 1 < count ? ",\n" : "\n";
    }
    return text + "]}\n";
}

// Median of five runs, in milliseconds.
double medianMs(const std::function<void()>& work)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    const QByteArray text = generateCatalog(count);
    out << "catalog: " << count << " chips, " << text.size() / (1024 * 1024) << " MiB of JSON\n";

    const double parseFloor = medianMs([&] { (void)QJsonDocument::fromJson(text); });
    Catalog catalog;
    const double load = medianMs([&] {
        auto result = CatalogReader::read(text, u"bench.json"_s);
        catalog = std::move(result.catalog);
    });
    out << QString::asprintf("load    %8.1f ms  floor (QJsonDocument only) %8.1f ms  ratio %.2f\n", load,
        parseFloor, load / parseFloor);

    ChipTableModel model;
    model.setCatalog(catalog);
    ChipFilterProxyModel proxy(&model);
    ChipFilter hbm3;
    hbm3.setMemoryTypes({ u"hbm3"_s });
    hbm3.setSearchText(u"row 1"_s);
    // The same work as the proxy measurement below: apply the filter, then clear it (halved).
    const ChipFilter none;
    const double filterFloor = medianMs([&] {
        int accepted = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            accepted += hbm3.accepts(model.chip(row), model.filterKeys(row));
        for (int row = 0; row < model.rowCount(); ++row)
            accepted += none.accepts(model.chip(row), model.filterKeys(row));
        (void)accepted;
    }) / 2;
    // The proxy maps rows lazily: ask for the row count so the filtering really happens.
    const double filter = medianMs([&] {
        proxy.setFilter(hbm3);
        (void)proxy.rowCount();
        proxy.setFilter({});
        (void)proxy.rowCount();
    }) / 2;
    out << QString::asprintf("filter  %8.1f ms  floor (bare loop)          %8.1f ms  ratio %.2f\n", filter,
        filterFloor, filter / filterFloor);

    const int bandwidthColumn = ChipTableModel::metricColumn(1);
    QVector<double> values;
    for (const auto& chip : catalog.chips)
        values.append(chip.canonical(SpecField::MemoryBandwidth).value_or(0));
    const double sortFloor = medianMs([&] {
        QVector<double> copy = values;
        std::sort(copy.begin(), copy.end());
    });
    int flip = 0;
    const double sort = medianMs([&] {
        proxy.sort(bandwidthColumn, (flip++ % 2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        (void)proxy.rowCount();
    });
    out << QString::asprintf("sort    %8.1f ms  floor (std::sort doubles)  %8.1f ms  ratio %.2f\n", sort,
        sortFloor, sort / sortFloor);

    // The chart page rebuilds its data from every shown chip; it draws at most 60 bars.
    QVector<const Chip*> all;
    for (const auto& chip : catalog.chips)
        all.append(&chip);
    ChartRequest request;
    request.metric = Metrics::find(u"bandwidth-gbs"_s);
    const double chartFloor = medianMs([&] {
        QVector<double> known;
        for (const Chip* chip : all) {
            if (const auto v = request.metric->value(*chip))
                known.append(*v);
        }
        std::sort(known.begin(), known.end());
    });
    const double chart = medianMs([&] { (void)ChartDataBuilder::build(catalog, all, request); });
    out << QString::asprintf(
        "chart data (bar, all chips) %8.1f ms  floor (read and sort values) %8.1f ms  ratio %.2f\n", chart,
        chartFloor, chart / chartFloor);

    // The window's table is always sorted: filtering then also has to keep (or redo) the order.
    proxy.sort(ChipTableModel::NameColumn, Qt::AscendingOrder);
    (void)proxy.rowCount();
    const double sortedFilter = medianMs([&] {
        proxy.setFilter(hbm3);
        (void)proxy.rowCount();
        proxy.setFilter({});
        (void)proxy.rowCount();
    }) / 2;
    out << QString::asprintf(
        "filter, table sorted by name %8.1f ms  floor (bare loop) %8.1f ms  ratio %.2f\n", sortedFilter,
        filterFloor, sortedFilter / filterFloor);
    return 0;
}
