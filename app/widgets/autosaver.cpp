#include "autosaver.h"

#include "editing/catalogdocument.h"
#include "io/atomicfile.h"
#include "io/catalogwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

Autosaver::Autosaver(CatalogDocument* document, QString recoveryPath, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_path(std::move(recoveryPath))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::writeNow);
    // The undo stack marks itself modified only after the change is made, so decide when the
    // timer fires, not now.
    connect(document, &CatalogDocument::catalogChanged, m_timer, qOverload<>(&QTimer::start));
    connect(document, &CatalogDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

QString Autosaver::defaultRecoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery.json"_s;
}

void Autosaver::writeNow()
{
    m_timer->stop();
    if (!m_document->isModified())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString error;
    // A failed autosave must not interrupt the user; the next edit tries again.
    // The file it belongs to first, so that a recovery copy never lacks it.
    if (!writeFileAtomically(originPath(m_path), m_document->filePath().toUtf8(), &error)
        || !CatalogWriter::writeFile(*m_document->user(), m_path, &error))
        qWarning("autosave failed: %s", qPrintable(error));
}

void Autosaver::discard()
{
    m_timer->stop();
    QFile::remove(m_path);
    QFile::remove(originPath(m_path));
}

QString Autosaver::originPath(const QString& recoveryPath)
{
    return recoveryPath + u".origin"_s;
}

QString Autosaver::originalFile(const QString& recoveryPath)
{
    QFile file(originPath(recoveryPath));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
