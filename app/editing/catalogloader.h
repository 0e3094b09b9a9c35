#pragma once

#include "core/catalog.h"
#include "io/catalogreader.h"
#include "models/preparedcatalog.h"

#include <QObject>
#include <QString>
#include <atomic>

class QThread;

// Reads a catalog file in a worker thread and merges it over a base catalog there too, so that
// the window keeps painting and answering while a large file loads. Reports progress, and can be
// cancelled: the worker stops at its next check, and finished() then comes with the "cancelled"
// problem.
class CatalogLoader : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString path;
        CatalogReadResult result; // the file's own chips, sources, problems and warnings
        CatalogSnapshot base; // what it was merged over
        CatalogSnapshot merged; // the base with the file merged over it; null unless result.ok()
        PreparedCatalogPtr prepared; // what the window derives from `merged`
    };

    // `base` is what the file is merged over; its sources may be cited by the file.
    CatalogLoader(const QString& path, CatalogSnapshot base, MergePolicy policy = MergePolicy::FieldByField,
        QObject* parent = nullptr);
    ~CatalogLoader() override; // cancels and waits for the worker

    QString path() const { return m_path; }
    void start();
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }
    // After finished(): what was read (moved out; call once).
    Outcome takeOutcome();

signals:
    void progressChanged(int percent);
    void finished();

private:
    void work();

    const QString m_path;
    const CatalogSnapshot m_base;
    const MergePolicy m_policy;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
    int m_lastPercent = -1; // worker thread only
    Outcome m_outcome; // written by the worker, read after finished()
};
