#include "unknownlastsortproxy.h"

bool UnknownLastSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
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
