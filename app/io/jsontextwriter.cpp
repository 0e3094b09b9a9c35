#include "jsontextwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

QString JsonTextWriter::quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString JsonTextWriter::number(double value)
{
    // Whole numbers as integers (96, not 96.0); others in their shortest exact form (3.35).
    if (std::floor(value) == value && std::abs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    return text;
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.last();
    m_text += level.count++ ? u",\n"_s : u"\n"_s;
    m_text += QString(2 * m_levels.size(), u' ');
}

void JsonTextWriter::beginObject()
{
    beforeValue();
    m_text += u'{';
    m_levels.append(Level { true });
}

void JsonTextWriter::beginArray()
{
    beforeValue();
    m_text += u'[';
    m_levels.append(Level { false });
}

void JsonTextWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (level.count)
        m_text += u'\n' + QString(2 * m_levels.size(), u' ');
    m_text += u'}';
}

void JsonTextWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (level.count)
        m_text += u'\n' + QString(2 * m_levels.size(), u' ');
    m_text += u']';
}

void JsonTextWriter::key(const QString& name)
{
    beforeValue();
    m_text += quoted(name) + u": "_s;
    m_afterKey = true;
}

void JsonTextWriter::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            member(it.key(), it.value());
        endObject();
        return;
    }
    case QJsonValue::Array: {
        beginArray();
        for (const auto& element : value.toArray())
            this->value(element);
        endArray();
        return;
    }
    default:
        break;
    }
    beforeValue();
    switch (value.type()) {
    case QJsonValue::Bool:
        m_text += value.toBool() ? u"true"_s : u"false"_s;
        break;
    case QJsonValue::Double:
        m_text += number(value.toDouble());
        break;
    case QJsonValue::String:
        m_text += quoted(value.toString());
        break;
    default:
        m_text += u"null"_s;
        break;
    }
}
