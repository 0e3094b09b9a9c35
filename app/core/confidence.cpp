#include "confidence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<Confidence> confidenceFromKey(const QString& key)
{
    if (key == u"official"_s)
        return Confidence::Official;
    if (key == u"reported"_s)
        return Confidence::Reported;
    if (key == u"rumored"_s)
        return Confidence::Rumored;
    if (key == u"estimate"_s)
        return Confidence::Estimate;
    return std::nullopt;
}

QString confidenceKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Official:
        return u"official"_s;
    case Confidence::Reported:
        return u"reported"_s;
    case Confidence::Rumored:
        return u"rumored"_s;
    case Confidence::Estimate:
        return u"estimate"_s;
    }
    return {};
}

QString confidenceLabel(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Official:
        return QCoreApplication::translate("Confidence", "official");
    case Confidence::Reported:
        return QCoreApplication::translate("Confidence", "reported");
    case Confidence::Rumored:
        return QCoreApplication::translate("Confidence", "rumored");
    case Confidence::Estimate:
        return QCoreApplication::translate("Confidence", "estimate");
    }
    return {};
}

bool isBelowReported(Confidence confidence)
{
    return confidence == Confidence::Rumored || confidence == Confidence::Estimate;
}
