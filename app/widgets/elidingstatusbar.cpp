#include "elidingstatusbar.h"

ElidingStatusBar::ElidingStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { showStatus(QString()); });
    // Another message (a menu's status tip) or a clear takes the bar: ours is then done.
    connect(this, &QStatusBar::messageChanged, this, [this](const QString& message) {
        if (message != m_shown) {
            m_message.clear();
            m_shown.clear();
            m_timeout.stop();
            setToolTip(QString());
        }
    });
}

void ElidingStatusBar::showStatus(const QString& message, int timeout)
{
    m_message = message;
    if (timeout > 0 && !message.isEmpty())
        m_timeout.start(timeout);
    else
        m_timeout.stop();
    // Until the bar is first resized its widgets have no places: the whole message, fitted then.
    if (testAttribute(Qt::WA_PendingResizeEvent) || !isVisible()) {
        m_shown = message;
        setToolTip(QString());
        showMessage(message);
        return;
    }
    showFitted();
}

void ElidingStatusBar::resizeEvent(QResizeEvent* event)
{
    QStatusBar::resizeEvent(event);
    if (!m_message.isEmpty())
        showFitted();
}

void ElidingStatusBar::showFitted()
{
    // The message runs from QStatusBar's left margin (6 pixels) to 2 pixels short of the first
    // widget on the bar's right; two letters spare for rounding in the text's width.
    const int margins = 8 + fontMetrics().horizontalAdvance(QStringLiteral("MM"));
    int right = width();
    for (QWidget* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child->isVisibleTo(this) && !child->isWindow() && child->width() > 0)
            right = std::min(right, child->x());
    }
    const QString shown = m_message.isEmpty()
        ? QString()
        : fontMetrics().elidedText(m_message, Qt::ElideRight, std::max(right - margins, 0));
    setToolTip(shown == m_message ? QString() : m_message);
    m_shown = shown;
    if (shown.isEmpty())
        clearMessage();
    else
        showMessage(shown);
}
