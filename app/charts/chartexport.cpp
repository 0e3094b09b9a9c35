#include "chartexport.h"

#include "chartbuilder.h"
#include "io/atomicfile.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChartExport", text);
}

// A chart laid out at `layoutSize` in a scene of its own, ready to render.
class OffscreenChart
{
public:
    OffscreenChart(const ChartData& data, QSizeF layoutSize)
        : m_size(layoutSize)
    {
        m_chart = ChartBuilder::build(data, ChartStyle {});
        m_scene.addItem(m_chart); // the scene owns the chart
        m_chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
        // Qt Charts lays out on posted events; settle them so labels sit where the bars are.
        for (int i = 0; i < 3; ++i) {
            if (m_chart->layout())
                m_chart->layout()->activate();
            QCoreApplication::sendPostedEvents();
        }
        m_scene.setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    }

    void render(QPainter* painter, const QRectF& target)
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        m_scene.render(painter, target, QRectF(QPointF(0, 0), m_size));
    }

private:
    QSizeF m_size;
    QGraphicsScene m_scene;
    QChart* m_chart = nullptr;
};

} // namespace

namespace ChartExport {

std::optional<Format> formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return Format::Png;
    if (suffix == u"svg"_s)
        return Format::Svg;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

double automaticScale(QSize pixelSize, const ChartData& data)
{
    const double bySize
        = std::clamp(std::min(pixelSize.width() / 1000.0, pixelSize.height() / 600.0), 1.0, 4.0);
    const double toFit
        = pixelSize.height() / double(ChartBuilder::minimumLayoutHeight(data, pixelSize.width() / bySize));
    return std::max(kMinimumScale, std::min(bySize, toFit));
}

ChartData fitToSize(const ChartData& data, QSizeF layoutSize)
{
    // Below the smallest readable text, drop the lowest bars rather than overlap them; the
    // footnote says how many were left out.
    if (data.request.kind != ChartRequest::Kind::Bar)
        return data;
    ChartData fitted = data;
    int rows = int(data.items.size() + data.unknownLabels.size());
    while (rows > 1 && ChartBuilder::minimumLayoutHeight(fitted, layoutSize.width()) > layoutSize.height())
        fitted = data.withRows(--rows);
    return fitted;
}

QImage renderImage(const ChartData& data, QSize pixelSize, double scale)
{
    if (scale <= 0)
        scale = automaticScale(pixelSize, data);
    const QSizeF layoutSize = QSizeF(pixelSize) / scale;
    OffscreenChart chart(fitToSize(data, layoutSize), layoutSize);
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fixed 96 dpi metadata: the same input gives the same bytes whatever the screen.
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    QPainter painter(&image);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixelSize)));
    painter.end();
    return image;
}

bool exportToFile(const ChartData& data, const QString& path, QSize pixelSize, double scale, QString* error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error = tr("%1: unsupported file type; use .png, .svg or .pdf").arg(path);
        return false;
    }
    if (scale <= 0)
        scale = automaticScale(pixelSize, data);
    const QSizeF layoutSize = QSizeF(pixelSize) / scale;

    if (*format == Format::Png) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!renderImage(data, pixelSize, scale).save(&buffer, "PNG")) {
            *error = tr("%1: could not encode the PNG").arg(path);
            return false;
        }
        return writeFileAtomically(path, png, error);
    }

    // Drawn in memory, then written in one piece: QSaveFile misses a failure of the small buffered
    // writes the SVG and PDF writers make (a full disk then looked like a successful export).
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    OffscreenChart chart(fitToSize(data, layoutSize), layoutSize);
    if (*format == Format::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(layoutSize.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), layoutSize));
        generator.setTitle(data.title);
        generator.setDescription(data.footnote);
        QPainter painter(&generator);
        chart.render(&painter, QRectF(QPointF(0, 0), layoutSize));
    } else {
        QPdfWriter writer(&file);
        writer.setCreator(u"ChipCompare"_s);
        writer.setTitle(data.title);
        writer.setResolution(72); // one unit is one point
        writer.setPageSize(QPageSize(layoutSize, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        chart.render(&painter, QRectF(QPointF(0, 0), layoutSize));
    }
    file.close();
    return writeFileAtomically(path, bytes, error);
}

} // namespace ChartExport
