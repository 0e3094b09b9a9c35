#pragma once

#include "analysis/chipfilter.h"

#include <QVariantMap>
#include <QWidget>

class Catalog;
class MultiSelectButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Vendor, memory type and status choices, the years announced, conditions on metrics, free-text
// search, and the "N of M chips" count. Years and conditions take the command line's syntax
// (`--year 2020..2026`, `--where 'memory-gb>=64'`), so a filter reads the same in both.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    void setCatalog(const Catalog& catalog); // refreshes the choices, keeps what still exists
    // The same, with the choices made already (in the loading thread).
    void setCatalog(const Catalog& catalog, const FilterChoices& choices);
    // Catalogs above this size refilter on a pause in typing: one refilter of 100,000 sorted rows
    // costs about 0.3 s (see bench_catalog), too slow for every keystroke.
    static constexpr int kDebounceAboveChips = 10000;
    static constexpr int kDebounceMs = 250;
    ChipFilter filter() const;
    void setCounts(int shown, int total);
    void clear();
    void focusSearch(); // Ctrl+F: the search box, its text selected
    // The choices and search text, to restore at the next start when the user asks for that.
    QVariantMap state() const;
    void restoreState(const QVariantMap& state);

    // For tests and scripting of the window.
    MultiSelectButton* vendorButton() const { return m_vendors; }
    MultiSelectButton* memoryTypeButton() const { return m_memoryTypes; }
    MultiSelectButton* statusButton() const { return m_statuses; }
    QLineEdit* searchEdit() const { return m_search; }
    QLineEdit* yearsEdit() const { return m_years; }
    QLineEdit* whereEdit() const { return m_where; }
    QLabel* countLabel() const { return m_count; }

signals:
    void filterChanged(const ChipFilter& filter);

private:
    QStringList m_statusLabels; // the four statuses; "unknown" is added when a catalog needs it
    QStringList m_statusKeys;

private:
    void emitFilter();
    ChipFilter filter(QString* yearError, QString* whereError) const; // why text was left out
    // Reads the years and conditions into `filter`, leaving out text that does not read and
    // saying why in the errors (empty when all of it reads).
    void readYearsAndConditions(ChipFilter& filter, QString* yearError, QString* whereError) const;
    static QString yearsHelp();
    static QString whereHelp();

    MultiSelectButton* m_vendors;
    MultiSelectButton* m_memoryTypes;
    MultiSelectButton* m_statuses;
    QLineEdit* m_years; // before the search box: Tab follows the order they are made in
    QLineEdit* m_where;
    QLineEdit* m_search;
    QPushButton* m_clear;
    QLabel* m_count;
    QTimer* m_searchDelay; // large catalogs: refilter after a pause in typing, not per keystroke
};
