#include "specvalue.h"

#include <cmath>

const QString& SourcedNumber::note() const
{
    static const QString none;
    return m_annex ? m_annex->note : none;
}

void SourcedNumber::setNote(const QString& note)
{
    setRareParts(note, extra());
}

const QJsonObject& SourcedNumber::extra() const
{
    static const QJsonObject none;
    return m_annex ? m_annex->extra : none;
}

void SourcedNumber::setExtra(const QJsonObject& extra)
{
    setRareParts(note(), extra);
}

// Both at once, so that a number with neither holds no annex. The arguments may refer into the
// annex itself (setNote passes extra()): they are copied, cheaply, before it detaches and changes.
void SourcedNumber::setRareParts(const QString& note, const QJsonObject& extra)
{
    if (note.isEmpty() && extra.isEmpty()) {
        m_annex.reset();
    } else if (note != this->note() || extra != this->extra()) {
        const QString newNote = note;
        const QJsonObject newExtra = extra;
        Annex& parts = annex();
        parts.note = newNote;
        parts.extra = newExtra;
    }
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

AlternativeNumbers::AlternativeNumbers(const QList<SourcedNumber>& numbers)
{
    if (!numbers.isEmpty()) {
        m_data = new Data;
        m_data->numbers = numbers;
        m_data->numbers.squeeze(); // kept for the life of the catalog: no room to grow
    }
}

const QList<SourcedNumber>& AlternativeNumbers::toList() const
{
    static const QList<SourcedNumber> none;
    return m_data ? m_data->numbers : none;
}

void AlternativeNumbers::append(const SourcedNumber& number)
{
    if (!m_data)
        m_data = new Data;
    m_data->numbers.append(number); // detaches a shared list first
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
