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
    void showChip(const Catalog& catalog, const Chip* chip);
    // The chip shown was hidden by the filters: show nothing, and say why.
    void showHiddenByFilters(const QString& chipName);
    QString chipId() const { return m_chipId; }

    static QString chipHtml(const Catalog& catalog, const Chip& chip);

private:
    QString m_chipId; // the chip shown, empty when none
};
