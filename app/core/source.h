#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// What kind of publication a source is: decides which confidence its numbers can carry (see
// ConfidencePolicy and the README's rules).
enum class SourceKind {
    Vendor, // the chip maker's datasheet, page or on-stage statement
    Paper, // ISSCC, Hot Chips, ...
    Database, // curated: Epoch AI, TechPowerUp
    Press,
    Analyst,
    Compilation, // someone's collected notes or tables of other sources
    Blog,
    Retailer,
    Leak,
};

std::optional<SourceKind> sourceKindFromKey(const QString& key);
QString sourceKindKey(SourceKind kind); // "vendor", "paper", ...
QString sourceKindLabel(SourceKind kind); // translated
QList<SourceKind> allSourceKinds();

struct Source
{
    QString id;
    QString title;
    QString url;
    QString publisher;
    QDate accessed;
    std::optional<SourceKind> kind; // absent in format-1 catalogs
    QString reliability; // a note such as "low reliability: copies figures without sources"

    // The title or the reliability note says so ("low reliability", "contains errors", ...).
    bool isFlaggedUnreliable() const;
    // An address the catalog accepts as a source's url: a valid http or https URL (strict parsing).
    static bool isWebAddress(const QString& text);
};
