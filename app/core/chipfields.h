#pragma once

#include "chip.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

// One row of the chip schema: everything the application knows about one attribute of a chip.
// The reader and writer, the table's columns, `chipcompare list`, the compare rows, the details
// panel, the editors and the importer all walk ChipFields::all(), so that adding an attribute is
// adding a row in chipfields.cpp (and, for a new kind of value, a member of Chip).
struct ChipField
{
    enum class Kind {
        Id, // the chip's id: required, unique, lowercase letters, digits and hyphens
        Text, // free text that differs from chip to chip (name, notes)
        Vocabulary, // text that repeats across chips (vendor, memory type): one shared copy
        Year, // a whole year from 1950 to 2100
        Choice, // one of a fixed list of keys (status, CUDA compatibility)
        Number, // a sourced number (SpecValue): value, unit, source, confidence, alternatives
        Ecosystem, // the list of frameworks and engines, each with a support level
        Sources, // the ids of the sources behind the text fields
    };
    // Whether a catalog file must give the field.
    enum class Required { Never, Always, InFormat1 };
    // Where the field stands among the columns of the table and of `chipcompare list`, whose
    // column positions are a contract: before the numbers, after the leading numbers, after every
    // other column (a field added since, so that no column a script reads moves), or not at all.
    enum class Column { None, BeforeNumbers, AfterLeadingNumbers, Last };
    // The group of the Compare page a text field is shown in (numbers follow their Metric::Group).
    enum class CompareGroup { None, Memory, Ecosystem, Provenance };

    QString key; // JSON key in the catalog, CSV column of `list`, compare row key: "memory_type"
    QByteArray keyUtf8; // the same, for the JSON parser's lookups
    const char* label = nullptr; // untranslated; labelText() translates it
    Kind kind = Kind::Text;
    Required required = Required::Never;
    // Chip members behind Text and Vocabulary fields. A Text field without a member of its own is
    // kept in the chip's `extra` object under its key: a field that is one schema row and nothing
    // else (ChipFields::extend). Give it a member when 100,000 chips sort or search on it.
    QString Chip::*text = nullptr;
    InternedString Chip::*vocabulary = nullptr;
    // Choice fields: the keys a catalog may hold, in sort order (an unknown key sorts last), and
    // the key the chip holds ("" when unknown).
    QStringList (*choiceKeys)() = nullptr;
    QString (*choiceLabel)(const QString& key) = nullptr;
    QString (*choiceOf)(const Chip& chip) = nullptr;
    bool (*setChoice)(Chip& chip, const QString& key) = nullptr; // "" makes it unknown
    // What `list` and compare's machine output write for an unknown value ("unknown" for CUDA,
    // which scripts read), when not an empty cell.
    QString unknownKey;
    std::optional<SpecField> spec; // Number fields: the chip's slot for it...
    SpecFieldInfo number; // ...and what it is: unit family, plausible range, how it shows as a metric
    Column column = Column::None;
    // Where the field stands wherever fields are listed for people: table and `list` columns,
    // compare rows, details. (The file's order is the order of the rows.)
    int displayOrder = 0;
    const char* columnTitle = nullptr; // the table's header, when shorter than the label
    const char* listTitle = nullptr; // `list`'s header, when not the label
    CompareGroup compare = CompareGroup::None;
    bool editable = false; // by the table's cells, the details panel's links and the editor
    bool multiline = false; // edited in a multi-line box (notes)
    bool searchable = false; // the free-text search looks in it (Chip::searchText)
    QStringList importSpellings; // normalised header words an importer reads as this field

    QString labelText() const; // translated, e.g. "Memory type"
    QString columnTitleText() const; // translated; may hold a line break
    QString listTitleText() const; // translated
    bool isText() const { return kind == Kind::Text || kind == Kind::Vocabulary; }
    // A scalar attribute shown, edited and imported as one text: text, vocabulary, year, choice.
    bool isScalar() const { return isText() || kind == Kind::Year || kind == Kind::Choice; }

    // The field's value as the catalog file holds it ("" when unknown): the text, the year's
    // digits, the choice's key. Scalar fields only.
    QString value(const Chip& chip) const;
    // The value as people read it ("" when unknown): a choice's translated label.
    QString displayText(const Chip& chip) const;
    // Whether the chip has a value for this field (an unknown CUDA compatibility is none).
    bool isKnown(const Chip& chip) const { return !value(chip).isEmpty(); }
    // The sort rank of a choice's key (its position in choiceKeys()), -1 for an unknown key.
    int choiceRank(const QString& key) const;
    // The choices of a Choice field as (key, label), "" first for unknown; empty for the others.
    QList<std::pair<QString, QString>> choices() const;
    // Sets the field from `text` (trimmed; "" makes it unknown, except for a required name).
    // Returns why it cannot be set, or nullopt when it was. Scalar fields only.
    std::optional<QString> set(Chip& chip, const QString& text) const;
};

namespace ChipFields {
// Every attribute of a chip, in the order the catalog file writes them.
const QList<ChipField>& all();
// The scalar fields shown in table columns or `list` columns, in their column order.
QList<const ChipField*> columns(ChipField::Column where);
// The scalar fields (id, texts, year, choices) in display order: details, editors, imports.
QList<const ChipField*> scalars();
const QList<const ChipField*>& searchable(); // the fields the free-text search looks in
const ChipField* find(QStringView key); // nullptr when no field has that key
const ChipField& field(QStringView key); // a key the code names: asserts it exists

// Adds rows to the schema, for a process that needs a field the application does not have (the
// schema test shows a new text field and a new sourced number reaching every consumer this way).
// Every consumer builds its lists from the schema once, so this must come before anything reads
// the schema; it asserts so. A Text row needs no Chip member; a Number row takes the next slot
// (its `spec` is set here) and needs the rest of `number` filled in.
void extend(QList<ChipField> rows);
} // namespace ChipFields
