#pragma once

#include <QImage>
#include <QString>

// Renders rich text (HTML) to a PNG image or a one-page vector PDF, written through QSaveFile.
namespace DocumentExport {
QImage renderImage(const QString& html, int widthPixels);
bool exportToFile(const QString& html, const QString& path, int widthPixels, QString* error);
}
