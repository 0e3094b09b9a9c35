#include "catalogloader.h"

#include <QThread>

CatalogLoader::CatalogLoader(const QString& path, CatalogSnapshot base, MergePolicy policy, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_base(std::move(base))
    , m_policy(policy)
{
}

CatalogLoader::~CatalogLoader()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void CatalogLoader::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { work(); });
    // QThread::finished is emitted in the worker; the queued connection brings it to our thread.
    connect(m_thread, &QThread::finished, this, &CatalogLoader::finished, Qt::QueuedConnection);
    m_thread->start();
}

void CatalogLoader::cancel()
{
    m_cancel.store(true);
}

CatalogLoader::Outcome CatalogLoader::takeOutcome()
{
    return std::move(m_outcome);
}

void CatalogLoader::work()
{
    m_outcome.path = m_path;
    m_outcome.base = m_base;
    m_outcome.result = CatalogReader::readFile(m_path, m_base->sources, [this](int percent) {
        // Merging is the last few percent; reading reports 0 to 100 of the rest.
        const int scaled = percent * 95 / 100;
        if (scaled != m_lastPercent) {
            m_lastPercent = scaled;
            emit progressChanged(scaled);
        }
        return !m_cancel.load();
    });
    if (m_outcome.result.ok() && !m_cancel.load()) {
        m_outcome.merged = CatalogSnapshot::create(m_base->mergedWith(m_outcome.result.catalog, m_policy));
        emit progressChanged(97);
        m_outcome.prepared = PreparedCatalog::of(m_outcome.merged, [this] { return !m_cancel.load(); });
    }
    if (m_cancel.load()) {
        m_outcome.result = {};
        m_outcome.merged.reset();
        m_outcome.prepared.reset();
        m_outcome.result.problems.append({ m_path, 0, 0, {}, {}, CatalogReader::cancelledMessage() });
    }
    emit progressChanged(100);
}
