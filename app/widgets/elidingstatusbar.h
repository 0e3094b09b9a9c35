#pragma once

#include <QStatusBar>
#include <QTimer>

// A status bar whose messages never run into its permanent widgets: QStatusBar cuts a long message
// off at the first of them, mid-word and without a mark. This one shortens it with an ellipsis to
// the room there is, again whenever the bar is resized, and keeps the whole of it in the tooltip.
class ElidingStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ElidingStatusBar(QWidget* parent = nullptr);

    // As showMessage; `timeout` in milliseconds, 0 for until the next message.
    void showStatus(const QString& message, int timeout = 0);
    // The whole of the message shown by showStatus, however much of it fits.
    QString fullMessage() const { return m_message; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFitted();

    QString m_message; // the whole of it
    QString m_shown; // what of it fits, as shown
    QTimer m_timeout;
};
