#pragma once

#include <QByteArray>
#include <QJsonObject>

// A JSON object kept as its CBOR encoding. Every chip of an imported table carries its own "x-"
// keys (often a single row number), but only the writer and the details panel read them: a
// QJsonObject with one key costs about 200 bytes, its encoding about 60.
class CompactJsonObject
{
public:
    CompactJsonObject() = default;
    CompactJsonObject(const QJsonObject& object); // NOLINT: implicit, as the QJsonObject it replaced
    QJsonObject toObject() const;
    bool isEmpty() const { return m_cbor.isEmpty(); }
    // Decodes the object: seldom, and not for each of 100,000 chips. A key whose bytes are not in
    // the encoding at all is answered without decoding (CBOR keeps text as its UTF-8 bytes).
    QJsonValue value(const QString& key) const;

    friend bool operator==(const CompactJsonObject& a, const CompactJsonObject& b)
    {
        return a.m_cbor == b.m_cbor;
    }

private:
    QByteArray m_cbor; // empty for an empty object
};
