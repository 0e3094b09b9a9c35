#pragma once

#include <QDialog>

class Catalog;
class MergeReportModel;
class QLabel;
class QTableView;

// File → Merge report: the merge policy in use and every value a later catalog gave differently
// from an earlier one, with the value shown and the one set aside (which stays visible as another
// source where it is a number).
class MergeReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MergeReportDialog(const Catalog& catalog, QWidget* parent = nullptr);

    static QString summary(const Catalog& catalog); // "Field by field: 3 values of 2 chips differ"

private:
    MergeReportModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
};
