#pragma once

#include "analysis/chipfilter.h"
#include "analysis/roworder.h"
#include "analysis/searchindex.h"
#include "core/catalog.h"
#include "core/chipfields.h"
#include "models/preparedcatalog.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

struct Metric;

// One row per chip of a catalog; columns are chip identity, one per metric, then ecosystem.
class ChipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The columns before the metrics are the schema's (ChipFields::columns(BeforeNumbers), less the
    // id), in its order; then one per metric, the schema's AfterLeadingNumbers fields, and the 3A090
    // band. Use metricColumn(), columnOfField() and eccnColumn() rather than counting. The names
    // below are the schema's first columns (a test checks them against it).
    enum Column {
        NameColumn,
        VendorColumn,
        CountryColumn,
        YearColumn,
        StatusColumn,
        MemoryTypeColumn,
        FirstMetricColumn
    };
    enum Role {
        SortRole = Qt::UserRole, // numbers for metrics, invalid QVariant when unknown
        ChipIdRole,
        KnownRole, // false when the cell's value is unknown
        LowConfidenceRole, // rumored or estimate
        DisagreementRole, // another source gives a different number
        OverriddenRole, // a user catalog replaced the built-in chip of this id
        // An editable number: the view opens the number editor instead of editing in place.
        ExternalEditorRole,
        ChoiceKeysRole, // for enumerated fields (status, CUDA): the keys, "" for unknown ...
        ChoiceLabelsRole, // ... and their labels, for ChoiceDelegate
    };
    // Edits go through whoever owns the catalog (the window's CatalogDocument, with its undo
    // stack); the model only asks. Without an editor every cell is read-only.
    struct Editor
    {
        std::function<bool(const QString& chipId)> isEditable;
        // Applies a text field; false when refused (the editor tells the user why).
        std::function<bool(const QString& chipId, const ChipField& field, const QString& text)> setText;
    };

    explicit ChipTableModel(QObject* parent = nullptr);

    // The catalog with what the window derives from it (PreparedCatalog, the one copy of that
    // data). A catalog with the same chips in the same order (an edit of values) updates the rows
    // in place, so selection, scroll position and an open editor survive; anything else resets.
    void setCatalog(PreparedCatalogPtr prepared);
    // The same, preparing the catalog here (from the one before when it is an edit of values).
    void setCatalog(CatalogSnapshot catalog);
    void setCatalog(Catalog catalog);
    const PreparedCatalog& prepared() const { return *m_prepared; }
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    static const ChipField* textFieldAt(int column); // nullptr: not a text column
    static int columnOfField(QStringView key); // -1: no column shows it
    const Catalog& catalog() const { return *m_catalog; }
    // Pages that keep chip pointers keep this, so an edit cannot pull the chips from under them.
    CatalogSnapshot snapshot() const { return m_catalog; }
    const Chip& chip(int row) const { return m_catalog->chips[row]; }
    // Per row, for the filter proxy: the keys without the search text, which searchIndex() holds.
    const ChipFilterKeys& filterKeys(int row) const { return m_prepared->filterKeys[row]; }
    const SearchIndex& searchIndex() const { return m_prepared->search; }
    const RowOrder::SortedRows& nameOrder() const { return m_prepared->nameOrder; } // RowOrder::byName
    // Every row's key in `column` as SortRole answers it, read in one pass for a sort: numbers, or
    // case-folded texts once any key is text. `known[row]` is 0 where the key is unknown.
    struct SortKeys
    {
        std::vector<double> numbers;
        std::vector<QString> texts;
        std::vector<char> known;
        bool numeric = true;
    };
    SortKeys sortKeys(int column) const;
    int rowOfChip(const QString& id) const;

    static int metricColumn(int metricIndex) { return FirstMetricColumn + metricIndex; }
    static int cudaColumn() { return columnOfField(u"cuda_compat"); }
    static int softwareColumn() { return columnOfField(u"software_stack"); }
    static int eccnColumn(); // the 3A090 band estimate
    // Each column's key, in column order ("name", ..., "memory-gb", ..., "eccn_3a090_estimate"):
    // a saved table layout applies only to the columns it was saved with.
    static QStringList columnKeys();
    static int columnTotal();
    static const Metric* metricAt(int column); // nullptr for non-metric columns

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString unknownText(); // "—"
    // The marks the table uses; the legend shows the same ones.
    static QColor lowConfidenceTint();
    static QIcon disagreementIcon();

private:
    QVariant textData(const Chip& chip, int column, int role) const;
    QVariant sortKey(const Chip& chip, int column) const;
    QVariant metricData(const Chip& chip, const Metric& metric, int role) const;
    QString eccnTooltip(const Chip& chip) const;

    PreparedCatalogPtr m_prepared; // never null
    CatalogSnapshot m_catalog; // m_prepared->catalog, read in every data() call
    Editor m_editor;
};
