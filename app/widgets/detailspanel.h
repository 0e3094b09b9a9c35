#pragma once

#include <QTextBrowser>

class Catalog;
struct Chip;

// Every field of one chip, each number with its source as a link, confidence and disagreements.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget* parent = nullptr);
    // `editable`: the chip is in the user's catalog, and every field gets an "edit" link; a
    // built-in chip gets a "Copy to my catalog" link instead.
    void showChip(const Catalog& catalog, const Chip* chip, bool editable = false);
    // The chip shown was hidden by the filters: show nothing, and say why.
    void showHiddenByFilters(const QString& chipName);
    QString chipId() const { return m_chipId; }

    static QString chipHtml(const Catalog& catalog, const Chip& chip, bool editable = false);

signals:
    void editTextRequested(const QString& chipId, const QString& fieldKey); // a ChipField key
    void editNumberRequested(const QString& chipId, const QString& fieldKey);
    void copyToMyCatalogRequested(const QString& chipId);

private:
    QString m_chipId; // the chip shown, empty when none
};
