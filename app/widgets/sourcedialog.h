#pragma once

#include "core/source.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Defines a new source: id, title, link, publisher, kind and the date it was read. The id must be
// new (`isTaken`) and look like the catalog's ids; the title and kind are required.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    SourceDialog(std::function<bool(const QString& id)> isTaken, QWidget* parent = nullptr);
    Source source() const;
    void accept() override;

    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    QLabel* errorLabel() const { return m_error; }

private:
    std::function<bool(const QString&)> m_isTaken;
    QLineEdit* m_id;
    QLineEdit* m_title;
    QLineEdit* m_url;
    QLineEdit* m_publisher;
    QComboBox* m_kind;
    QDateEdit* m_accessed;
    QLabel* m_error;
};
