// libFuzzer target: the catalog reader's two paths (chips parsed apart, the text parsed whole) on the
// same bytes. Both must give the same catalog and the same problems and warnings, word for word.
#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <cstddef>
#include <cstdint>

namespace {
QStringList lines(const QList<Diagnostic>& diagnostics)
{
    QStringList text;
    for (const auto& diagnostic : diagnostics)
        text.append(diagnostic.toString());
    return text;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto split
        = CatalogReader::readVia(CatalogReader::Path::SplitWherePossible, bytes, QStringLiteral("f.json"));
    const auto whole = CatalogReader::readVia(CatalogReader::Path::Whole, bytes, QStringLiteral("f.json"));
    if (lines(split.problems) != lines(whole.problems) || lines(split.warnings) != lines(whole.warnings))
        __builtin_trap(); // the two paths report differently
    if (split.ok() && CatalogWriter::toJson(split.catalog) != CatalogWriter::toJson(whole.catalog))
        __builtin_trap(); // the two paths read different catalogs
    return 0;
}
