#include "unknownlastsortproxy.h"

UnknownLastSortProxy::UnknownLastSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void UnknownLastSortProxy::setSourceModel(QAbstractItemModel* model)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    dropKeys();
    // Connected before the base class connects its own handlers, so these run first: the base
    // class re-sorts synchronously when the source changes, and must not use stale keys.
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelReset, this, &UnknownLastSortProxy::dropKeys),
            connect(model, &QAbstractItemModel::layoutChanged, this, &UnknownLastSortProxy::dropKeys),
            connect(model, &QAbstractItemModel::dataChanged, this, &UnknownLastSortProxy::dropKeys),
            connect(model, &QAbstractItemModel::rowsInserted, this, &UnknownLastSortProxy::dropKeys),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &UnknownLastSortProxy::dropKeys),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void UnknownLastSortProxy::dropKeys()
{
    m_keys.clear();
    m_keysColumn = -1;
}

const QVariant& UnknownLastSortProxy::key(const QModelIndex& index) const
{
    const QAbstractItemModel* source = sourceModel();
    if (m_keysColumn != index.column() || m_keysRole != sortRole() || m_keys.size() != source->rowCount()) {
        m_keysColumn = index.column();
        m_keysRole = sortRole();
        m_keys.resize(source->rowCount());
        for (int row = 0; row < m_keys.size(); ++row)
            m_keys[row] = source->index(row, m_keysColumn).data(m_keysRole);
    }
    return m_keys[index.row()];
}

bool UnknownLastSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Only top-level rows are cached (every model here is a table).
    const bool cached = !left.parent().isValid() && !right.parent().isValid();
    QVariant leftData;
    QVariant rightData;
    if (!cached) {
        leftData = left.data(sortRole());
        rightData = right.data(sortRole());
    }
    // Pointers into the cache: no QVariant copies per comparison. (Both keys come from the same,
    // already built cache: key() only rebuilds when the column or row count changes.)
    const QVariant& a = cached ? key(left) : leftData;
    const QVariant& b = cached ? key(right) : rightData;
    // Qt sorts descending by asking lessThan(right, left), so unknowns must answer differently
    // per order to stay at the bottom either way.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return false;
        return a.isValid() != descending;
    }
    // Numbers are what most columns sort on: compare them directly rather than through QMetaType.
    if (a.userType() == QMetaType::Double && b.userType() == QMetaType::Double)
        return *static_cast<const double*>(a.constData()) < *static_cast<const double*>(b.constData());
    // Case-insensitive code-point order: locale-aware collation costs ~10x on large catalogs, and
    // chip names and vendors are mostly Latin.
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return QString::compare(*static_cast<const QString*>(a.constData()),
                   *static_cast<const QString*>(b.constData()), Qt::CaseInsensitive)
            < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
