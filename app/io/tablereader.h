#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// A table as a file holds it: a header row and text cells, before anything is recognised.
struct RawTable
{
    QStringList headers;
    QVector<QStringList> rows; // each as long as headers
    QVector<int> rowLines; // 1-based line where each row starts in the file (JSON: the object's line)
    QStringList rowFiles; // read from a folder: the file of each row; empty for one file
    QChar delimiter; // the one used (CSV/TSV); null for JSON
    // The row that gives each column's unit instead of a chip (a JSON "_header" record); -1 if none.
    int unitRow = -1;
    bool fromJson = false;

    // Field names down the first column, chips across ("vendor tables"): turned into one row per chip.
    RawTable transposed() const;
};

// Why a file is not a readable table; `line` is 1-based, 0 when the problem has no line.
struct TableReadError
{
    int line = 0;
    QString message;
};

namespace TableReader {

// CSV or TSV (RFC 4180 quoting, newlines inside quotes, UTF-8 with or without BOM, CRLF). The
// delimiter is sniffed among comma, semicolon and tab unless given.
std::optional<RawTable> readDelimited(
    const QByteArray& data, std::optional<QChar> delimiter, TableReadError* error);
// A JSON array of objects, or an object whose values are objects (the key becomes a "__key" column,
// a fallback name). A record keyed "_header", or a first array element {"_header": {...}}, holds
// the fields' units: it becomes `unitRow`.
std::optional<RawTable> readJson(const QByteArray& data, TableReadError* error);
// Picks the reader from the content (JSON starts with [ or {).
std::optional<RawTable> read(const QByteArray& data, std::optional<QChar> delimiter, TableReadError* error);

// The first record is the header, the others rows (padded or cut to its width); `lines` gives
// each record's 1-based line. False with `error` set when there is no header or no data row.
bool fromRecords(QVector<QStringList> records, QVector<int> lines, RawTable* table, TableReadError* error);

QString keyColumn(); // "__key": the object keys of a JSON object-of-objects
QString unitRecordKey(); // "_header": the JSON record that gives the fields' units

} // namespace TableReader
