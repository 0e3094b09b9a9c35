#pragma once

#include "confidence.h"
#include "internedstring.h"

#include <QJsonObject>
#include <QList>
#include <QSharedData>
#include <QString>

// One number as one source printed it, plus that number in the canonical unit of its dimension.
// A catalog of 100,000 chips holds well over a million of these, so the rare parts (a note, the
// user's "x-" keys) live behind one shared pointer that is null for most numbers.
struct SourcedNumber
{
    double value = 0.0; // as printed by the source, in `unit`
    double canonical = 0.0; // `value` converted by Units::toCanonical
    InternedString unit; // as printed by the source, e.g. "TB/s" or "Tb/s"
    InternedString sourceId;
    Confidence confidence = Confidence::Reported;

    const QString& note() const; // why this source differs, which variant it describes, ...
    void setNote(const QString& note);
    const QJsonObject& extra() const; // "x-" keys of the number object, kept verbatim
    void setExtra(const QJsonObject& extra);
    // Holds `other`'s note and "x-" keys rather than a copy, when they are equal to this number's:
    // the reader does so for each note that repeats ("dense", "board power").
    void shareRarePartsWith(const SourcedNumber& other);

private:
    struct Annex : QSharedData
    {
        QString note;
        QJsonObject extra;
    };
    Annex& annex();
    void setRareParts(const QString& note, const QJsonObject& extra);
    QSharedDataPointer<Annex> m_annex;
};

// What other sources say about a value. Most values have no alternatives, and a chip has thirteen
// values: an empty list is one null pointer (a QList takes 24 bytes), copied on write.
class AlternativeNumbers
{
public:
    AlternativeNumbers() = default;
    AlternativeNumbers(const QList<SourcedNumber>& numbers); // NOLINT: implicit, as the QList it replaced

    const QList<SourcedNumber>& toList() const;
    operator const QList<SourcedNumber>&() const { return toList(); } // NOLINT
    bool isEmpty() const { return !m_data; }
    qsizetype size() const { return toList().size(); }
    const SourcedNumber& operator[](qsizetype i) const { return toList()[i]; }
    const SourcedNumber& first() const { return toList().first(); }
    QList<SourcedNumber>::const_iterator begin() const { return toList().cbegin(); }
    QList<SourcedNumber>::const_iterator end() const { return toList().cend(); }
    QList<SourcedNumber>::const_iterator cbegin() const { return toList().cbegin(); }
    QList<SourcedNumber>::const_iterator cend() const { return toList().cend(); }
    void append(const SourcedNumber& number);

private:
    struct Data : QSharedData
    {
        QList<SourcedNumber> numbers; // never empty
    };
    QSharedDataPointer<Data> m_data; // null when there are none
};

// A catalog number: the value we show, and what other sources say when they disagree.
// An unknown number is not a SpecValue at all (Chip::spec gives nullptr), never zero.
struct SpecValue
{
    SourcedNumber primary;
    AlternativeNumbers alternatives;

    double canonical() const { return primary.canonical; }
    // True when another source gives a different number (after unit conversion), beyond the
    // rounding of a three-significant-digit figure and, for sizes, beyond GB read as GiB.
    bool sourcesDisagree() const;
};
