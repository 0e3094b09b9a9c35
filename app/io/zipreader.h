#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// Reads entries of a zip archive (an .xlsx or .ods file is one) through Debian's minizip.
// An entry is read whole and only up to kMaxEntryBytes: a spreadsheet's XML is never larger,
// and a crafted archive that inflates without end stops there with a message.
class ZipReader
{
public:
    static constexpr qint64 kMaxEntryBytes = 512LL * 1024 * 1024;

    explicit ZipReader(const QString& path);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const QString& entry) const;
    // The entry's bytes; nullopt with `error` set when it is missing, damaged or too large.
    std::optional<QByteArray> read(const QString& entry, QString* error) const;

private:
    void* m_zip = nullptr; // unzFile
};
