#include "choicedelegate.h"

#include <QComboBox>

ChoiceDelegate::ChoiceDelegate(int keysRole, int labelsRole, QObject* parent, Commit commit)
    : QStyledItemDelegate(parent)
    , m_keysRole(keysRole)
    , m_labelsRole(labelsRole)
    , m_commit(commit)
{
}

QWidget* ChoiceDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    const QStringList keys = index.data(m_keysRole).toStringList();
    const QStringList labels = index.data(m_labelsRole).toStringList();
    for (int i = 0; i < keys.size(); ++i)
        combo->addItem(labels.value(i, keys[i]), keys[i]);
    if (m_commit == Commit::OnClose)
        return combo; // one commit, one undo step, when the editor closes
    // Every change commits at once, so the import preview follows the choice; the editor stays open
    // while the user types ("fp" then "fp32": a closed combo box searches as it is typed into, and
    // emits activated on each letter) and closes on Return or when it loses focus.
    auto* self = const_cast<ChoiceDelegate*>(this); // createEditor is const; its signals are not
    // (A combo box being destroyed reports index -1: that is no choice.)
    connect(combo, &QComboBox::currentIndexChanged, self, [self, combo](int index) {
        if (index >= 0)
            emit self->commitData(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData().toString(), Qt::EditRole);
}
