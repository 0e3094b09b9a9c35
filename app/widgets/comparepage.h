#pragma once

#include <QWidget>

class ChipTableModel;
class ComparisonModel;
class QCheckBox;
class QComboBox;
class QLabel;
class ChipPickerModel;
class QListView;
class QMimeData;
class QSplitter;
class QTableView;

// Two to eight chips side by side: pick them (or press Compare in the table), choose a baseline,
// hide equal rows, export or copy the result. Systems (racks, supernodes) compare here too, sent
// from the Systems page.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinChips = 2;
    static constexpr int kMaxChips = 8;

    explicit ComparePage(ChipTableModel* chips, QWidget* parent = nullptr);

    // Ticks these chips (at most kMaxChips, the rest are reported and ignored).
    void setChipIds(const QStringList& ids);
    QStringList chipIds() const;
    // Systems side by side instead of chips (the Systems page's Compare selected); ticking a chip
    // goes back to chips. Unknown ids are left out.
    void setSystemIds(const QStringList& ids);
    QStringList systemIds() const { return m_systems; }
    bool setBaseline(const QString& chipId); // empty: none
    void setDifferencesOnly(bool differencesOnly);

    ComparisonModel* comparisonModel() const { return m_comparison; }
    QListView* picker() const { return m_picker; }
    QTableView* view() const { return m_view; }
    QLabel* hintLabel() const { return m_hint; }
    QLabel* noticeLabel() const { return m_notice; } // chips left out, until the ticks change

    // .csv, .md, .png or .pdf; on failure `error` names the file and the reason.
    bool exportTo(const QString& path, QString* error) const;
    QMimeData* clipboardData() const; // plain text (tab-separated) and HTML

    // The split between the chip list and the comparison, saved with the window's settings.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray& state);
    void resetSplitter(); // as on a first start

signals:
    void chipIdsChanged(const QStringList& ids);

private:
    void tick(const QString& chipId, bool ticked);
    void dropMissingChips();
    void showNotice(const QString& text);
    void rebuild();
    void chooseExportFile(const QString& suffix, const QString& filter);

    ChipTableModel* m_chips;
    ChipPickerModel* m_pickerModel;
    QListView* m_picker;
    QComboBox* m_baseline;
    QCheckBox* m_differences;
    QTableView* m_view;
    QLabel* m_hint;
    QLabel* m_notice;
    QSplitter* m_splitter = nullptr;
    ComparisonModel* m_comparison;
    QStringList m_order; // ticked chips in the order they were ticked: the column order
    QStringList m_systems; // compared systems, when systems are compared (m_order is then empty)
    bool m_updating = false;
};
