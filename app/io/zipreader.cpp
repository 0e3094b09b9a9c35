#include "zipreader.h"

#include <QCoreApplication>
#include <QFile>

#include <unzip.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ZipReader", text);
}

} // namespace

ZipReader::ZipReader(const QString& path)
    : m_zip(unzOpen64(QFile::encodeName(path).constData()))
{
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipReader::contains(const QString& entry) const
{
    // 1: names compare case-sensitively, as the formats write them.
    return m_zip && unzLocateFile(m_zip, entry.toUtf8().constData(), 1) == UNZ_OK;
}

std::optional<QByteArray> ZipReader::read(const QString& entry, QString* error) const
{
    if (!contains(entry)) {
        *error = tr("has no part '%1'").arg(entry);
        return std::nullopt;
    }
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *error = tr("its part '%1' cannot be opened (a damaged or encrypted archive)").arg(entry);
        return std::nullopt;
    }
    QByteArray data;
    // The size the archive claims is only a hint: the loop below enforces the limit.
    data.reserve(qsizetype(std::min<quint64>(info.uncompressed_size, 64ULL * 1024 * 1024)));
    char buffer[64 * 1024];
    int got = 0;
    while ((got = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
        if (data.size() + got > kMaxEntryBytes) {
            unzCloseCurrentFile(m_zip);
            *error = tr("its part '%1' is larger than %2 MB").arg(entry).arg(kMaxEntryBytes / (1024 * 1024));
            return std::nullopt;
        }
        data.append(buffer, got);
    }
    // UNZ_CRCERROR comes from the close when the data does not match its checksum.
    const int closed = unzCloseCurrentFile(m_zip);
    if (got < 0 || closed != UNZ_OK) {
        *error = tr("its part '%1' is damaged").arg(entry);
        return std::nullopt;
    }
    return data;
}
