#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

// Writes JSON text with keys in the order they are given (QJsonObject sorts them), indented by two
// spaces with one value per line: files that read well and diff well. Non-ASCII text stays as it is.
class JsonTextWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString& name); // inside an object, before its value
    void value(const QJsonValue& value); // a scalar, or an array/object written as it is given
    void member(const QString& name, const QJsonValue& value) { key(name), this->value(value); }

    QByteArray result() const { return m_text.toUtf8() + '\n'; }

    static QString quoted(const QString& text);
    static QString number(double value); // the shortest text that reads back as the same double

private:
    void beforeValue();

    struct Level
    {
        bool object;
        int count = 0;
    };
    QString m_text;
    QVector<Level> m_levels;
    bool m_afterKey = false;
};
