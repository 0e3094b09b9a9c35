#include "tablereader.h"

#include "jsonlocator.h"
#include "jsontextwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TableReader", text);
}

int lineOfOffset(const QByteArray& data, qsizetype offset)
{
    return int(std::count(data.cbegin(), data.cbegin() + std::min(offset, data.size()), '\n')) + 1;
}

// Not text: NUL bytes, or bytes that are not UTF-8 (with the line of the first).
bool checkText(const QByteArray& data, TableReadError* error)
{
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        *error = { lineOfOffset(data, nul), tr("holds NUL bytes: a binary file, not a table") };
        return false;
    }
    // Decode line by line to name the first bad one: invalid bytes come back as U+FFFD, so the
    // line no longer encodes to the same bytes.
    qsizetype start = 0;
    int line = 1;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray bytes = data.mid(start, end - start);
        if (QString::fromUtf8(bytes).toUtf8() != bytes) {
            *error = { line, tr("is not UTF-8 text (save it as UTF-8)") };
            return false;
        }
        start = end + 1;
        ++line;
    }
    return true;
}

QByteArray withoutBom(QByteArray data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    return data;
}

// The delimiter that splits the first record most, outside quotes: comma, semicolon or tab.
QChar sniffDelimiter(const QString& text)
{
    int counts[3] = { 0, 0, 0 };
    const QChar candidates[3] = { u',', u';', u'\t' };
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n')
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

QString cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return JsonTextWriter::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// An object none of whose values is an object is one record (an MLPerf system description), not
// a table keyed by id.
bool isOneRecord(const QJsonObject& object)
{
    return !object.isEmpty() && std::none_of(object.begin(), object.end(), [](const QJsonValue& value) {
        return value.isObject();
    });
}

} // namespace

namespace TableReader {

QString keyColumn()
{
    return u"__key"_s;
}

QString unitRecordKey()
{
    return u"_header"_s;
}

std::optional<RawTable> readDelimited(
    const QByteArray& raw, std::optional<QChar> delimiter, TableReadError* error)
{
    const QByteArray data = withoutBom(raw);
    if (!checkText(data, error))
        return std::nullopt;
    const QString text = QString::fromUtf8(data);
    if (text.trimmed().isEmpty()) {
        *error = { 0, tr("is empty") };
        return std::nullopt;
    }
    RawTable table;
    table.delimiter = delimiter.value_or(sniffDelimiter(text));

    // RFC 4180: fields may be quoted; a quoted field may hold delimiters, newlines and "" for a quote.
    QVector<QStringList> records;
    QVector<int> lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            records.append(record);
            lines.append(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
            quoteLine = line;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == u'\r') {
            // CRLF: the \n ends the record
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = { quoteLine, tr("a quoted field opened on this line never closes (unterminated quote)") };
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (!fromRecords(std::move(records), std::move(lines), &table, error))
        return std::nullopt;
    return table;
}

bool fromRecords(QVector<QStringList> records, QVector<int> lines, RawTable* table, TableReadError* error)
{
    if (records.isEmpty()) {
        *error = { 0, tr("is empty") };
        return false;
    }
    table->headers = records.takeFirst();
    const int headerLine = lines.takeFirst();
    if (records.isEmpty()) {
        *error = { headerLine, tr("has a header row but no data rows") };
        return false;
    }
    for (auto& row : records) {
        while (row.size() < table->headers.size())
            row.append(QString());
        // Extra cells beyond the header have no column: they are dropped.
        if (row.size() > table->headers.size())
            row.resize(table->headers.size());
    }
    table->rows = std::move(records);
    table->rowLines = std::move(lines);
    return true;
}

std::optional<RawTable> readJson(const QByteArray& raw, TableReadError* error)
{
    const QByteArray data = withoutBom(raw);
    if (!checkText(data, error))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error
            = { lineOfOffset(data, parseError.offset), tr("invalid JSON: %1").arg(parseError.errorString()) };
        return std::nullopt;
    }
    RawTable table;
    table.fromJson = true;
    QVector<std::pair<QString, QJsonObject>> objects;
    QVector<QStringList> recordPaths; // where each record is in the document, for JsonLocator
    auto notATable = [&] {
        *error = { 1,
            tr("is JSON but not a table: expected an array of objects, or an object whose values are "
               "objects") };
        return std::nullopt;
    };
    int unitRecord = -1; // in `objects`
    if (document.isArray()) {
        for (const auto& value : document.array()) {
            if (!value.isObject())
                return notATable();
            QJsonObject object = value.toObject();
            QStringList path { QString::number(objects.size()) };
            // [{"_header": {"memory": "GB", ...}}, {...}, ...]: the first element gives the units.
            if (objects.isEmpty() && object.size() == 1 && object.value(unitRecordKey()).isObject()) {
                unitRecord = 0;
                object = object.value(unitRecordKey()).toObject();
                path.append(unitRecordKey());
            }
            recordPaths.append(path);
            objects.append({ QString(), object });
        }
    } else if (document.isObject() && isOneRecord(document.object())) {
        recordPaths.append(QStringList());
        objects.append({ QString(), document.object() });
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!it.value().isObject())
                return notATable();
            if (it.key() == unitRecordKey())
                unitRecord = int(objects.size());
            recordPaths.append({ it.key() });
            objects.append({ it.key(), it.value().toObject() });
        }
        table.headers.append(keyColumn());
    } else {
        return notATable();
    }
    if (objects.isEmpty()) {
        *error = { 1, tr("holds no records") };
        return std::nullopt;
    }
    // Records and columns in the order the file writes them: QJsonObject sorts keys, but an
    // object of objects is often in a meaningful order (a scraped table's rows), each row's line
    // must be its own, and of two columns for one field the leftmost is the one that counts.
    const JsonLocator locator(data);
    auto pathOf = [&](qsizetype record, const QString& field) {
        QStringList path = recordPaths[record];
        if (!field.isNull())
            path.append(field);
        return path;
    };
    QVector<std::pair<qsizetype, qsizetype>> recordOrder; // (offset, index in objects)
    for (qsizetype i = 0; i < objects.size(); ++i)
        recordOrder.append({ locator.offsetOf(pathOf(i, QString())), i });
    std::stable_sort(recordOrder.begin(), recordOrder.end());
    QSet<QString> seen(table.headers.cbegin(), table.headers.cend());
    for (const auto& [offset, index] : std::as_const(recordOrder)) {
        QVector<std::pair<qsizetype, QString>> fields;
        const QJsonObject& object = objects[index].second;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!seen.contains(it.key()))
                fields.append({ locator.offsetOf(pathOf(index, it.key())), it.key() });
        }
        std::sort(fields.begin(), fields.end());
        for (const auto& field : std::as_const(fields)) {
            seen.insert(field.second);
            table.headers.append(field.second);
        }
    }
    for (const auto& [offset, index] : std::as_const(recordOrder)) {
        const auto& [key, object] = objects[index];
        QStringList row;
        for (const auto& header : std::as_const(table.headers))
            row.append(header == keyColumn() && table.headers.first() == keyColumn()
                    ? key
                    : cellText(object.value(header)));
        if (index == unitRecord)
            table.unitRow = int(table.rows.size());
        table.rows.append(row);
        table.rowLines.append(locator.position(offset).line);
    }
    return table;
}

std::optional<RawTable> read(const QByteArray& data, std::optional<QChar> delimiter, TableReadError* error)
{
    const QByteArray start = withoutBom(data).trimmed().left(1);
    if (!delimiter && (start == "[" || start == "{"))
        return readJson(data, error);
    return readDelimited(data, delimiter, error);
}

} // namespace TableReader

RawTable RawTable::transposed() const
{
    // Column 0 (the header's first cell and the first cell of each row) holds the field names.
    RawTable result;
    result.delimiter = delimiter;
    result.fromJson = fromJson;
    QStringList fieldNames { headers.value(0) };
    for (const auto& row : rows)
        fieldNames.append(row.value(0));
    // The header's first cell names the chips' row ("Model", "GPU") when the sheet has one.
    result.headers = fieldNames;
    for (int column = 1; column < headers.size(); ++column) {
        QStringList chip { headers[column] };
        for (const auto& row : rows)
            chip.append(row.value(column));
        result.rows.append(chip);
        result.rowLines.append(1);
    }
    return result;
}
