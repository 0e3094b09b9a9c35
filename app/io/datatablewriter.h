#pragma once

#include "core/datatable.h"

#include <QByteArray>
#include <QString>

namespace DataTableWriter {

enum class Format { Table, Csv, Json, Markdown };
std::optional<Format> formatFromName(const QString& name);

// RFC 4180 CSV with `keys` as header; unknown cells are empty; text cells that a spreadsheet would
// run as a formula (= + - @ at the start) are prefixed with an apostrophe; numbers are exact.
QString toCsv(const DataTable& table);
// An array of objects keyed by `keys`; unknown values are null.
QByteArray toJson(const DataTable& table);
QString toMarkdown(const DataTable& table);
// Space-aligned columns for a terminal; unknown values are "—".
QString toAlignedText(const DataTable& table);
QByteArray write(const DataTable& table, Format format);

QString csvField(const QString& text);

} // namespace DataTableWriter
