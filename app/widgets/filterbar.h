#pragma once

#include "analysis/chipfilter.h"

#include <QWidget>

class Catalog;
class MultiSelectButton;
class QLabel;
class QLineEdit;
class QPushButton;

// Vendor, memory type and status choices, free-text search, and the "N of M chips" count.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    void setCatalog(const Catalog& catalog); // refreshes the choices, keeps what still exists
    ChipFilter filter() const;
    void setCounts(int shown, int total);
    void clear();

    // For tests and scripting of the window.
    MultiSelectButton* vendorButton() const { return m_vendors; }
    MultiSelectButton* memoryTypeButton() const { return m_memoryTypes; }
    MultiSelectButton* statusButton() const { return m_statuses; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_count; }

signals:
    void filterChanged(const ChipFilter& filter);

private:
    void emitFilter();

    MultiSelectButton* m_vendors;
    MultiSelectButton* m_memoryTypes;
    MultiSelectButton* m_statuses;
    QLineEdit* m_search;
    QPushButton* m_clear;
    QLabel* m_count;
};
