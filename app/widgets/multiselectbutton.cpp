#include "multiselectbutton.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

MultiSelectButton::MultiSelectButton(const QString& title, QWidget* parent)
    : QToolButton(parent)
    , m_title(title)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    m_menu->installEventFilter(this);
    updateText();
}

void MultiSelectButton::setChoices(const QStringList& labels, const QStringList& keys)
{
    const QStringList previous = selected();
    m_menu->clear();
    for (int i = 0; i < labels.size(); ++i) {
        QAction* action = m_menu->addAction(labels[i]);
        action->setCheckable(true);
        action->setData(i < keys.size() ? keys[i] : labels[i]);
        action->setChecked(previous.contains(action->data().toString()));
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            emit selectionChanged();
        });
    }
    updateText();
}

QStringList MultiSelectButton::selected() const
{
    QStringList keys;
    for (const QAction* action : m_menu->actions()) {
        if (action->isChecked())
            keys.append(action->data().toString());
    }
    return keys;
}

void MultiSelectButton::setSelected(const QStringList& keys)
{
    const QSignalBlocker blocker(this);
    for (QAction* action : m_menu->actions()) {
        const QSignalBlocker actionBlocker(action);
        action->setChecked(keys.contains(action->data().toString()));
    }
    updateText();
}

void MultiSelectButton::clearSelection()
{
    if (selected().isEmpty())
        return;
    setSelected({});
    emit selectionChanged();
}

bool MultiSelectButton::eventFilter(QObject* watched, QEvent* event)
{
    // Space ticks or unticks the highlighted choice and keeps the menu open; Return and Enter
    // close it, keeping the ticks as they are (QMenu would tick once and close).
    if (watched == m_menu && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (QAction* action = m_menu->activeAction(); action && action->isEnabled())
                action->toggle();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_menu->close();
            return true;
        }
    }
    // Toggle the action without closing the menu, so several choices can be ticked in one go.
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (QAction* action = m_menu->actionAt(mouse->position().toPoint()); action && action->isEnabled()) {
            action->toggle();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void MultiSelectButton::updateText()
{
    const QStringList keys = selected();
    QString summary = tr("all");
    if (keys.size() > 1) {
        summary = tr("%n selected", nullptr, int(keys.size()));
    } else if (keys.size() == 1) {
        for (const QAction* action : m_menu->actions()) {
            if (action->isChecked())
                summary = action->text();
        }
    }
    setText(m_title + u": "_s + summary);
}
