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

    static QString chipHtml(const Catalog& catalog, const Chip& chip);
};
