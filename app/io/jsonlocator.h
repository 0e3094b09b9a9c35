#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// Finds where things are in JSON text. QJsonDocument keeps no positions and silently keeps the
// last of duplicate keys, so validation errors are mapped back to line:column here, and the
// structural checks QJsonDocument skips are made here. Expects text QJsonDocument accepted.
//
// A file can have thousands of findings (a policy warning on every chip of a merged dataset), so
// what a lookup learns is kept: the offsets of the members of each object and array it went
// through, the start of every line, and how many characters precede every 64 KiB boundary on its
// line (a minified file is one long line). Each finding then costs about its own chip's text.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& utf8);

    // Byte offset of the value at `path` (object keys and array indices), or of its deepest
    // ancestor that exists, so a missing field points at the object that lacks it.
    qsizetype offsetOf(const QStringList& path) const;

    struct Position
    {
        int line = 1;
        int column = 1;
    };
    Position position(qsizetype offset) const;

    struct Finding
    {
        qsizetype offset = 0;
        QStringList path;
        QString message;
    };
    // Duplicate keys in any object, and nesting deeper than `maxDepth`.
    QList<Finding> structuralProblems(int maxDepth) const;
    // Byte offset of the first \u escape in a string that is half of a UTF-16 surrogate pair
    // without its other half, or -1. Valid JSON text, but not a character: QJsonDocument reads
    // it, simdjson refuses it.
    qsizetype firstLoneSurrogate() const;

private:
    qsizetype skipWhitespace(qsizetype pos) const;
    // Where each member's value starts, for the object or array starting at `pos`; worked out
    // once. Of repeated keys, the first is kept.
    const QHash<QString, qsizetype>& objectMembers(qsizetype pos) const;
    const QVector<qsizetype>& arrayElements(qsizetype pos) const;
    void indexLines() const;
    int charactersBetween(qsizetype from, qsizetype to) const; // UTF-8 lead bytes in [from, to)
    qsizetype skipValue(qsizetype pos) const;
    qsizetype skipString(qsizetype pos) const;
    QString readKey(qsizetype pos, qsizetype* end) const;
    qsizetype find(qsizetype pos, const QStringList& path, int depth) const;
    // One step of the path to the value being scanned: an object key (a view into the text) or
    // an array index. Kept as views so that scanning allocates nothing until it reports.
    struct Step
    {
        QByteArrayView key;
        int index = -1;
    };
    bool scan(qsizetype* pos, QVector<Step>& path, int maxDepth, QList<Finding>& findings) const;
    static QStringList toPath(const QVector<Step>& steps);
    QByteArrayView keyView(qsizetype pos, qsizetype* end) const;

    const QByteArray m_text;
    mutable QHash<qsizetype, QHash<QString, qsizetype>> m_objectMembers; // by the object's offset
    mutable QHash<qsizetype, QVector<qsizetype>> m_arrayElements; // by the array's offset
    static constexpr qsizetype kBlock = 64 * 1024;
    mutable QVector<qsizetype> m_lineStarts; // empty until the first position() call
    mutable QVector<int> m_blockColumns; // characters from its line's start to each kBlock boundary
};
