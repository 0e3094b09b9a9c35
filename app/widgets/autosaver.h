#pragma once

#include <QObject>
#include <QString>

class CatalogDocument;
class QTimer;

// Keeps a recovery copy of the user catalog while it has unsaved changes, written a moment after
// each edit (through QSaveFile), so that a crash loses nothing. The copy goes once the changes are
// saved, discarded or undone. A file beside it says which catalog file it belongs to.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 2000;

    Autosaver(CatalogDocument* document, QString recoveryPath, QObject* parent = nullptr);
    static QString defaultRecoveryPath(); // in the application's data directory
    QString recoveryPath() const { return m_path; }
    void writeNow();
    void discard(); // removes the recovery copy
    // Beside the copy: the path of the file it belongs to ("" for an untitled catalog).
    static QString originPath(const QString& recoveryPath);
    static QString originalFile(const QString& recoveryPath);

private:
    CatalogDocument* m_document;
    QString m_path;
    QTimer* m_timer;
};
