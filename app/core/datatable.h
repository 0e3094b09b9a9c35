#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// A cell of command output: unknown, text, or a number in the column's unit.
struct DataCell
{
    enum class Kind { Unknown, Text, Number, Integer }; // Integer: a year or a count
    Kind kind = Kind::Unknown;
    QString text;
    double number = 0.0;
    bool grouped = false; // an Integer count shown with thousands separators ("19,445"); years are not

    static DataCell unknown() { return {}; }
    static DataCell fromText(const QString& text)
    {
        return { text.isEmpty() ? Kind::Unknown : Kind::Text, text, 0.0 };
    }
    static DataCell fromNumber(double value) { return { Kind::Number, {}, value }; }
    static DataCell fromInteger(qint64 value) { return { Kind::Integer, {}, double(value) }; }
    static DataCell fromCount(qint64 value) { return { Kind::Integer, {}, double(value), true }; }
    static DataCell fromOptional(std::optional<double> value)
    {
        return value ? fromNumber(*value) : unknown();
    }
};

// Rows of named columns, written by the CLI in several formats. Machine formats (CSV, JSON) use
// `keys`; human formats (aligned table, Markdown) use `headers`.
struct DataTable
{
    QStringList keys;
    QStringList headers;
    QVector<QVector<DataCell>> rows;
};
