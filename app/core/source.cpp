#include "source.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <array>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array kKinds { SourceKind::Vendor, SourceKind::Paper, SourceKind::Database, SourceKind::Press,
    SourceKind::Analyst, SourceKind::Compilation, SourceKind::Blog, SourceKind::Retailer, SourceKind::Leak };
}

QList<SourceKind> allSourceKinds()
{
    return QList<SourceKind>(kKinds.begin(), kKinds.end());
}

std::optional<SourceKind> sourceKindFromKey(const QString& key)
{
    for (const auto kind : kKinds) {
        if (sourceKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString sourceKindKey(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Vendor:
        return u"vendor"_s;
    case SourceKind::Paper:
        return u"paper"_s;
    case SourceKind::Database:
        return u"database"_s;
    case SourceKind::Press:
        return u"press"_s;
    case SourceKind::Analyst:
        return u"analyst"_s;
    case SourceKind::Compilation:
        return u"compilation"_s;
    case SourceKind::Blog:
        return u"blog"_s;
    case SourceKind::Retailer:
        return u"retailer"_s;
    case SourceKind::Leak:
        return u"leak"_s;
    }
    return {};
}

QString sourceKindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Vendor:
        return QCoreApplication::translate("SourceKind", "vendor");
    case SourceKind::Paper:
        return QCoreApplication::translate("SourceKind", "paper");
    case SourceKind::Database:
        return QCoreApplication::translate("SourceKind", "database");
    case SourceKind::Press:
        return QCoreApplication::translate("SourceKind", "press");
    case SourceKind::Analyst:
        return QCoreApplication::translate("SourceKind", "analyst");
    case SourceKind::Compilation:
        return QCoreApplication::translate("SourceKind", "compilation");
    case SourceKind::Blog:
        return QCoreApplication::translate("SourceKind", "blog");
    case SourceKind::Retailer:
        return QCoreApplication::translate("SourceKind", "retailer");
    case SourceKind::Leak:
        return QCoreApplication::translate("SourceKind", "leak");
    }
    return {};
}

bool Source::isWebAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

bool Source::isFlaggedUnreliable() const
{
    // One pass over each text, folding case as it goes: every source is asked each time a catalog
    // is read and checked, and lower-casing copies to search for each phrase in turn was a fifth of
    // reading the built-in catalog.
    static const QRegularExpression kPhrases(
        u"low[ -]reliability|low[ -]quality|unreliable|contains errors|has errors|unverified"_s,
        QRegularExpression::CaseInsensitiveOption);
    return kPhrases.match(title).hasMatch() || kPhrases.match(reliability).hasMatch();
}
