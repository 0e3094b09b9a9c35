#include "cachedheaderview.h"

#include <QEvent>

CachedHeaderView::CachedHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent)
{
    // What the hint is made of: which sections show (hiding one sizes it to 0, showing one
    // gives its size back), how many there are, and where the sort indicator is.
    connect(this, &QHeaderView::sectionResized, this, [this](int, int oldSize, int newSize) {
        if (oldSize == 0 || newSize == 0)
            forgetSizeHint();
    });
    connect(this, &QHeaderView::sectionCountChanged, this, &CachedHeaderView::forgetSizeHint);
    connect(this, &QHeaderView::sortIndicatorChanged, this, &CachedHeaderView::forgetSizeHint);
}

void CachedHeaderView::setModel(QAbstractItemModel* newModel)
{
    if (newModel == model())
        return;
    for (const auto& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QHeaderView::setModel(newModel);
    forgetSizeHint();
    if (!newModel)
        return;
    // ... and the header texts.
    m_modelConnections = {
        connect(newModel, &QAbstractItemModel::headerDataChanged, this, &CachedHeaderView::forgetSizeHint),
        connect(newModel, &QAbstractItemModel::modelReset, this, &CachedHeaderView::forgetSizeHint),
        connect(newModel, &QAbstractItemModel::layoutChanged, this, &CachedHeaderView::forgetSizeHint),
    };
}

QSize CachedHeaderView::sizeHint() const
{
    if (m_leader)
        return m_leader->sizeHint();
    if (!m_sizeHint.isValid())
        m_sizeHint = QHeaderView::sizeHint();
    return m_sizeHint;
}

bool CachedHeaderView::event(QEvent* event)
{
    // ... and the font and style it is drawn with.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        forgetSizeHint();
        break;
    default:
        break;
    }
    return QHeaderView::event(event);
}
