#include "specvalue.h"

#include <cmath>

const QString& SourcedNumber::note() const
{
    static const QString none;
    return m_annex ? m_annex->note : none;
}

void SourcedNumber::setNote(const QString& note)
{
    if (note.isEmpty() && extra().isEmpty())
        m_annex.reset();
    else if (note != this->note())
        annex().note = note;
}

const QJsonObject& SourcedNumber::extra() const
{
    static const QJsonObject none;
    return m_annex ? m_annex->extra : none;
}

void SourcedNumber::setExtra(const QJsonObject& extra)
{
    if (extra.isEmpty() && note().isEmpty())
        m_annex.reset();
    else if (extra != this->extra())
        annex().extra = extra;
}

void SourcedNumber::shareRarePartsWith(const SourcedNumber& other)
{
    if (m_annex != other.m_annex && note() == other.note() && extra() == other.extra())
        m_annex = other.m_annex;
}

SourcedNumber::Annex& SourcedNumber::annex()
{
    if (!m_annex)
        m_annex = new Annex;
    return *m_annex; // detaches a shared annex before it is written
}

bool SpecValue::sourcesDisagree() const
{
    constexpr double kRelativeTolerance = 1e-9;
    for (const auto& other : alternatives) {
        const double scale = std::max(std::abs(primary.canonical), std::abs(other.canonical));
        if (std::abs(primary.canonical - other.canonical) > kRelativeTolerance * scale)
            return true;
    }
    return false;
}
