// libFuzzer target: the catalog reader on any bytes. It must report problems, never crash; a
// catalog it accepts must write and read back the same.
#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const CatalogReadResult result = CatalogReader::read(bytes, QStringLiteral("fuzz.json"));
    if (result.ok()) {
        const QByteArray written = CatalogWriter::toJson(result.catalog);
        const CatalogReadResult again = CatalogReader::read(written, QStringLiteral("again.json"));
        if (!again.ok() || CatalogWriter::toJson(again.catalog) != written)
            __builtin_trap(); // what the writer writes must read back the same
    }
    return 0;
}
