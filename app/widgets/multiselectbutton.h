#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

// A drop-down of checkable choices that stays open while the user ticks several of them.
// Nothing ticked means "all".
class MultiSelectButton : public QToolButton
{
    Q_OBJECT
public:
    explicit MultiSelectButton(const QString& title, QWidget* parent = nullptr);

    // `labels` are shown; `keys` are what selected() returns (defaults to the labels).
    void setChoices(const QStringList& labels, const QStringList& keys = {});
    QStringList selected() const;
    void setSelected(const QStringList& keys);
    void clearSelection();

signals:
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateText();

    QString m_title;
    QMenu* m_menu;
};
