#pragma once

#include <QByteArray>
#include <QString>

// Writes a whole file or nothing: through QSaveFile, so a failed write leaves any previous file
// untouched. On failure returns false and a message naming the file and the reason.
bool writeFileAtomically(const QString& path, const QByteArray& contents, QString* error);
