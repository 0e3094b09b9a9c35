#include "documentexport.h"

#include "io/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace DocumentExport {

namespace {
void layOut(QTextDocument& document, const QString& html, int width)
{
    document.setDocumentMargin(16);
    document.setHtml(html);
    document.setTextWidth(width);
    // Shrink to the table's real width so the picture has no empty band on the right.
    const qreal ideal = document.idealWidth() + 2 * document.documentMargin();
    if (ideal < width)
        document.setTextWidth(ideal);
}
} // namespace

QImage renderImage(const QString& html, int widthPixels)
{
    QTextDocument document;
    layOut(document, html, widthPixels);
    const QSize size = document.size().toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    document.drawContents(&painter);
    return image;
}

bool exportToFile(const QString& html, const QString& path, int widthPixels, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        renderImage(html, widthPixels).save(&buffer, "PNG");
        return writeFileAtomically(path, png, error);
    }
    if (suffix != u"pdf"_s) {
        *error = QCoreApplication::translate("DocumentExport", "%1: unsupported file type; use .png or .pdf")
                     .arg(path);
        return false;
    }
    // Drawn in memory, then written in one piece (see ChartExport: QSaveFile misses failures of
    // the PDF writer's small buffered writes).
    QByteArray pdf;
    QBuffer file(&pdf);
    file.open(QIODevice::WriteOnly);
    {
        QTextDocument document;
        layOut(document, html, widthPixels);
        QPdfWriter writer(&file);
        writer.setCreator(u"ChipCompare"_s);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(document.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        document.drawContents(&painter);
    }
    file.close();
    return writeFileAtomically(path, pdf, error);
}

} // namespace DocumentExport
