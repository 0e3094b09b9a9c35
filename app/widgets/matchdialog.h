#pragma once

#include "core/catalog.h"

#include <QDialog>
#include <QList>
#include <utility>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Chips → Find the same chip under other ids: the likely pairs between your catalog and the
// catalogs before it (`chipcompare match`), each with its score and why. Tick the pairs that are
// the same chip and press Join: each of your chips then names the other's id in its aliases, so
// the merge joins the two field by field (an edit, undone with Ctrl+Z). Nothing is joined unticked.
class MatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { JoinColumn, YourChipColumn, SameAsColumn, ScoreColumn, WhyColumn, ColumnCount };

    MatchDialog(CatalogSnapshot earlier, CatalogSnapshot yours, QWidget* parent = nullptr);

    // The ticked pairs: (your chip's id, the id it joins).
    QList<std::pair<QString, QString>> tickedPairs() const;

    QTableView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    QPushButton* joinButton() const { return m_join; }

private:
    void ticksChanged(int row);

    CatalogSnapshot m_earlier; // the matches point into both catalogs
    CatalogSnapshot m_yours;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_join;
    bool m_updating = false;
};
