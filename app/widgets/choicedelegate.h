#pragma once

#include <QStyledItemDelegate>

// Edits a cell with a combo box of the keys the model offers (ChoiceKeysRole) under their labels
// (ChoiceLabelsRole); the model's EditRole holds the chosen key.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Commit { OnEveryChange, OnClose };
    ChoiceDelegate(
        int keysRole, int labelsRole, QObject* parent = nullptr, Commit commit = Commit::OnEveryChange);

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_keysRole;
    int m_labelsRole;
    Commit m_commit;
};
