#pragma once

#include "core/catalog.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Edits one number of a chip: the value each source gives (the first is the one shown, the others
// its alternatives), each with unit, source, confidence and note. A new source can be defined on
// the spot. On OK the result goes to `apply`, which checks it with the reader's rules; a refusal
// keeps the dialog open with the reason shown.
class NumberEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns why the value cannot be applied, or an empty string when it was applied.
    using Apply
        = std::function<QString(const std::optional<SpecValue>& value, const QList<Source>& newSources)>;

    // `catalog` (for its sources) must outlive the dialog.
    NumberEditorDialog(
        const Catalog& catalog, const Chip& chip, SpecField field, Apply apply, QWidget* parent = nullptr);

    QListWidget* numberList() const { return m_list; }
    QLineEdit* valueEdit() const { return m_value; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* sourceBox() const { return m_source; }
    QComboBox* confidenceBox() const { return m_confidence; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* primaryButton() const { return m_makePrimary; }
    QPushButton* newSourceButton() const { return m_newSource; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    struct Entry
    {
        QString valueText; // as typed: checked on OK
        QString unit;
        QString sourceId;
        Confidence confidence = Confidence::Reported;
        QString note;
        QJsonObject extra; // x- keys, kept
    };
    void showEntry(int row);
    void storeEntry();
    void refreshList();
    void addSource(const Source& source);
    void chooseNewSource();
    // The value built from the entries, or the reason it cannot be built.
    std::optional<SpecValue> build(QString* error) const;

    const Catalog& m_catalog;
    SpecField m_field;
    Apply m_apply;
    QList<Entry> m_entries;
    QList<Source> m_newSources;
    int m_current = -1;
    bool m_showing = false;

    QListWidget* m_list;
    QLineEdit* m_value;
    QComboBox* m_unit;
    QComboBox* m_source;
    QComboBox* m_confidence;
    QLineEdit* m_note;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_makePrimary;
    QPushButton* m_newSource;
    QLabel* m_error;
};
