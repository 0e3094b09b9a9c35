// libFuzzer target: the parsers of single values: spreadsheet cells ("3.35 TB/s"), years, unit
// spellings, unit conversion and picture sizes ("1600x900").
#include "core/units.h"
#include "importer/cellparser.h"
#include "io/sizespec.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ParsedCell cell = CellParser::parseNumber(text);
    if (cell.kind == ParsedCell::Kind::Number && (!std::isfinite(cell.value) || cell.value <= 0))
        __builtin_trap(); // a number is finite and positive, or it is skipped
    CellParser::isUnknown(text);
    CellParser::parseYear(text);
    if (const auto unit = Units::canonicalSpelling(text)) {
        if (const auto dimension = Units::dimensionOf(*unit))
            Units::toCanonical(1.5, *unit, *dimension);
    }
    QString error;
    if (const auto picture = SizeSpec::parse(text, &error);
        picture && (picture->width() <= 0 || picture->height() <= 0))
        __builtin_trap();
    return 0;
}
