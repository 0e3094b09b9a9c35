#include "datatablewriter.h"

#include "core/numberformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString kUnknown = u"—"_s;

QString humanText(const DataCell& cell)
{
    switch (cell.kind) {
    case DataCell::Kind::Unknown:
        return kUnknown;
    case DataCell::Kind::Text:
        return cell.text;
    case DataCell::Kind::Number:
        return NumberFormat::formatNumber(cell.number);
    case DataCell::Kind::Integer:
        return cell.grouped ? NumberFormat::formatCount(qint64(cell.number))
                            : QString::number(qint64(cell.number));
    }
    return {};
}

} // namespace

namespace DataTableWriter {

std::optional<Format> formatFromName(const QString& name)
{
    if (name == u"table"_s)
        return Format::Table;
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"json"_s)
        return Format::Json;
    if (name == u"markdown"_s)
        return Format::Markdown;
    return std::nullopt;
}

QString csvField(const QString& text)
{
    QString value = text;
    if (!value.isEmpty()
        && (value[0] == u'=' || value[0] == u'+' || value[0] == u'-' || value[0] == u'@' || value[0] == u'\t'
            || value[0] == u'\r'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value;
}

QString toCsv(const DataTable& table)
{
    QString out;
    QStringList header;
    for (const auto& key : table.keys)
        header.append(csvField(key));
    out += header.join(u',') + u'\n';
    for (const auto& row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const auto& cell : row) {
            switch (cell.kind) {
            case DataCell::Kind::Unknown:
                fields.append(QString());
                break;
            case DataCell::Kind::Text:
                fields.append(csvField(cell.text));
                break;
            case DataCell::Kind::Number:
            case DataCell::Kind::Integer:
                fields.append(NumberFormat::exactNumber(cell.number));
                break;
            }
        }
        out += fields.join(u',') + u'\n';
    }
    return out;
}

QByteArray toJson(const DataTable& table)
{
    QJsonArray array;
    for (const auto& row : table.rows) {
        QJsonObject object;
        for (int c = 0; c < table.keys.size() && c < row.size(); ++c) {
            const auto& cell = row[c];
            switch (cell.kind) {
            case DataCell::Kind::Unknown:
                object.insert(table.keys[c], QJsonValue::Null);
                break;
            case DataCell::Kind::Text:
                object.insert(table.keys[c], cell.text);
                break;
            case DataCell::Kind::Number:
                object.insert(table.keys[c], cell.number);
                break;
            case DataCell::Kind::Integer:
                object.insert(table.keys[c], qint64(cell.number));
                break;
            }
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString toMarkdown(const DataTable& table)
{
    auto escape = [](QString text) { return text.replace(u"|"_s, u"\\|"_s).replace(u'\n', u' '); };
    QStringList headers;
    QStringList rule;
    for (const auto& header : table.headers) {
        headers.append(escape(header));
        rule.append(u"---"_s);
    }
    QString out = u"| "_s + headers.join(u" | "_s) + u" |\n| "_s + rule.join(u" | "_s) + u" |\n"_s;
    for (const auto& row : table.rows) {
        QStringList cells;
        for (const auto& cell : row)
            cells.append(escape(humanText(cell)));
        out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    return out;
}

QString toAlignedText(const DataTable& table)
{
    QVector<QStringList> lines;
    lines.append(table.headers);
    for (const auto& row : table.rows) {
        QStringList cells;
        for (const auto& cell : row)
            cells.append(humanText(cell).replace(u'\n', u' '));
        lines.append(cells);
    }
    QVector<int> widths(table.headers.size(), 0);
    for (const auto& line : lines) {
        for (int c = 0; c < line.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(line[c].size()));
    }
    QString out;
    for (const auto& line : lines) {
        QString text;
        for (int c = 0; c < line.size(); ++c) {
            const bool last = c == line.size() - 1;
            text += last ? line[c] : line[c].leftJustified(widths[c] + 2);
        }
        out += text.trimmed() + u'\n';
    }
    return out;
}

QByteArray write(const DataTable& table, Format format)
{
    switch (format) {
    case Format::Table:
        return toAlignedText(table).toUtf8();
    case Format::Csv:
        return toCsv(table).toUtf8();
    case Format::Json:
        return toJson(table);
    case Format::Markdown:
        return toMarkdown(table).toUtf8();
    }
    return {};
}

} // namespace DataTableWriter
