#include "frozencolumntableview.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSet>
#include <utility>

FrozenColumnTableView::FrozenColumnTableView(QWidget* parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenChipColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // as the chip table's rows
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setWordWrap(false);
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    // The name is edited in the frozen column itself (the main view's is underneath it).
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            emit readOnlyEditAttempted(index);
    });
    viewport()->stackUnder(m_frozen);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
        [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
        &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
        &QAbstractSlider::setValue);
    // The frozen header sorts like the main one, and shows the same indicator.
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        const bool ascending = horizontalHeader()->sortIndicatorSection() != logical
            || horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
        sortByColumn(logical, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int logical, Qt::SortOrder order) {
            m_frozen->horizontalHeader()->setSortIndicator(logical, order);
        });
    // The name column stays first: moving it, or another column before it, is undone.
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (horizontalHeader()->visualIndex(0) != 0) {
            const QSignalBlocker blocker(horizontalHeader());
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(0), 0);
        }
    });
}

void FrozenColumnTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::syncFrozenColumns);
    connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTableView::syncFrozenColumns);
    syncFrozenColumns();
}

int FrozenColumnTableView::cellsWidthHint(int column, int enough) const
{
    if (!model())
        return -1;
    ensurePolished();
    QStyleOptionViewItem option = cellOption();
    const QAbstractItemDelegate* delegate = itemDelegateForColumn(column);
    if (!delegate)
        delegate = itemDelegate();
    // What a cell's width depends on besides the view: its text, font, icon and check box.
    const auto lookOf = [](const QModelIndex& index) -> QString {
        const QVariant font = index.data(Qt::FontRole);
        return index.data(Qt::DisplayRole).toString() + QChar(0x1f)
            + (font.isValid() ? font.value<QFont>().key() : QString()) + QChar(0x1f)
            + QString::number(index.data(Qt::DecorationRole).isValid()) + QChar(0x1f)
            + index.data(Qt::CheckStateRole).toString();
    };

    // The rows QTableView samples: those in view, then on down and up from them, up to the
    // header's precision of shown rows (0: only those in view, -1: all).
    const int rowCount = model()->rowCount(rootIndex());
    const int precision = verticalHeader()->resizeContentsPrecision();
    const int firstInView = std::max(0, verticalHeader()->visualIndexAt(0));
    int lastInView = verticalHeader()->visualIndexAt(viewport()->height());
    if (!isVisible() || lastInView < 0)
        lastInView = rowCount - 1;
    QSet<QString> measured;
    int hint = 0;
    int processed = 0;
    // Measures the row shown at `visual`; false once measuring should stop.
    const auto measure = [&](int visual) {
        if ((precision == 0 && visual > lastInView) || (precision > 0 && processed == precision))
            return false;
        const int row = verticalHeader()->logicalIndex(visual);
        if (isRowHidden(row))
            return true;
        ++processed;
        const QModelIndex index = model()->index(row, column, rootIndex());
        const QString look = lookOf(index);
        if (measured.contains(look))
            return true;
        measured.insert(look);
        hint = std::max(hint, delegate->sizeHint(option, index).width());
        return hint < enough;
    };
    bool goOn = true;
    for (int visual = firstInView; goOn && visual < rowCount; ++visual)
        goOn = measure(visual);
    for (int visual = firstInView - 1; goOn && visual >= 0 && precision != 0; --visual)
        goOn = measure(visual);
    return showGrid() ? hint + 1 : hint;
}

void FrozenColumnTableView::syncFrozenColumns()
{
    const int columns = model() ? model()->columnCount() : 0;
    for (int column = 1; column < columns; ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    updateFrozenGeometry();
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void FrozenColumnTableView::paintEvent(QPaintEvent* event)
{
    // The cells under the frozen column are never seen: leaving them out spares the longest
    // texts in the table (the names, elided) being laid out and drawn twice.
    if (!m_frozen->isVisible()) {
        QTableView::paintEvent(event);
        return;
    }
    const QRect covered = m_frozen->geometry().translated(-viewport()->pos()) & viewport()->rect();
    const QRegion shown = event->region() - covered;
    if (shown.isEmpty())
        return;
    QPaintEvent uncovered(shown);
    QTableView::paintEvent(&uncovered);
}

void FrozenColumnTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
    // A current row that was in view, even in part, stays in view when the table gets lower:
    // panels coming up under it in a small window had hidden the row the user was on. (The view
    // is told of its own resizes and of its viewport's; the viewport's height is what counts.)
    const int before = std::exchange(m_viewportHeight, viewport()->height());
    const QModelIndex current = currentIndex();
    if (before <= m_viewportHeight || !current.isValid())
        return;
    const QRect row = visualRect(current);
    const bool wasInView = row.bottom() >= 0 && row.top() < before;
    if (!wasInView || row.bottom() < m_viewportHeight)
        return;
    // Up or down only: the columns the user scrolled to stay where they are.
    const int sideways = horizontalScrollBar()->value();
    scrollTo(current);
    horizontalScrollBar()->setValue(sideways);
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left onto a cell hidden under the frozen column scrolls it into view.
    if (cursorAction == MoveLeft && current.column() > 0
        && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue
            = horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenColumnTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    // Column 0 is always in view: scrolling to it moves up or down, never sideways.
    if (index.column() > 0) {
        QTableView::scrollTo(index, hint);
        return;
    }
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(sideways);
}

void FrozenColumnTableView::updateFrozenGeometry()
{
    const bool shown = model() && !isColumnHidden(0);
    m_frozen->setVisible(shown);
    if (!shown)
        return;
    // Rows and header line up with the main view's, whatever fonts and header text do to them.
    QHeaderView* rows = m_frozen->verticalHeader();
    if (rows->defaultSectionSize() != verticalHeader()->defaultSectionSize())
        rows->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    if (m_frozen->horizontalHeader()->height() != horizontalHeader()->height())
        m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0),
        viewport()->height() + horizontalHeader()->height());
}

bool FrozenColumnTableView::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    // Only the triggers the user gives (double-click, F2), not every click or current change.
    const bool asked = trigger == AllEditTriggers || trigger == DoubleClicked || trigger == EditKeyPressed;
    if (!asked || !index.isValid() || !(editTriggers() & trigger || trigger == AllEditTriggers))
        return QTableView::edit(index, trigger, event);
    if (!(index.flags() & Qt::ItemIsEditable)) {
        emit readOnlyEditAttempted(index);
        return false;
    }
    if (m_externalEditorRole >= 0 && index.data(m_externalEditorRole).toBool()) {
        emit externalEditRequested(index);
        return false;
    }
    return QTableView::edit(index, trigger, event);
}
