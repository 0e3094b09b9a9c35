#pragma once

#include "tableimporter.h"

#include <QList>
#include <QString>

// Which column names the chips, read from the cells rather than the headers (issue 22, item 10):
// an MLPerf summary's `Model` column holds benchmarks, its chips sit in `accelerator_model_name`;
// a vendor table read the wrong way round lists field names down its first column.
namespace NameColumn {

struct Preference
{
    int column = -1; // the candidate whose cells look most like chip names; -1: none does
    bool replacesFirst = false; // it names the chips instead of the first name-like column
    QString note; // for the summary, when it does
    QString firstReason; // why the first name-like column is then left unmapped
};

// Among the name-like columns (`nameColumns`, the first one first) and the unrecognised columns
// whose header says what kind of thing they name ("accelerator", "gpu", "model"...). `skipRow` is a
// row that is not a chip (the "_header" units record), -1 for none.
Preference prefer(const RawTable& table, const QVector<TableImporter::ColumnReport>& columns,
    const QList<int>& nameColumns, int skipRow);
// The unrecognised column other than `except` whose cells look most like chip names, -1 when none.
int likeliestUnmapped(
    const RawTable& table, const QVector<TableImporter::ColumnReport>& columns, int except, int skipRow);
// At least two of the first column's cells, and half of them, are headers the recogniser knows.
bool firstColumnListsFieldNames(const RawTable& table);

} // namespace NameColumn
