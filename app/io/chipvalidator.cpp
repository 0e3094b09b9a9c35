#include "chipvalidator.h"

#include "core/catalog.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipValidator {

QList<Diagnostic> problems(
    const Chip& chip, const QList<Source>& catalogSources, const QList<Source>& knownSources)
{
    // Write the chip as Save would and read it back: one set of rules, the reader's.
    Catalog single;
    single.date = QDate(2000, 1, 1);
    single.sources = catalogSources;
    single.chips = { chip };
    QList<Diagnostic> found
        = CatalogReader::read(CatalogWriter::toJson(single), QString(), knownSources).problems;
    for (auto& problem : found) {
        problem.file.clear();
        problem.line = 0;
        problem.column = 0;
    }
    return found;
}

QString describe(const QList<Diagnostic>& problems)
{
    QStringList lines;
    for (const auto& problem : problems) {
        const QString where = problem.field.isEmpty()
            ? QString()
            : QCoreApplication::translate("ChipValidator", "field '%1': ").arg(problem.field);
        lines.append(where + problem.message);
    }
    return lines.join(u'\n');
}

} // namespace ChipValidator
