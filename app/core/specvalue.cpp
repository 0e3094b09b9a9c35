#include "specvalue.h"

#include "units.h"

#include <algorithm>
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

namespace {

// Whether two canonical values are one figure: equal but for the rounding of a figure given to
// three significant digits ("3.35" and "3.352 TB/s"), or, for a size, one being the other read in
// binary units: Epoch's 80 "GB" for an 80 GiB part is 85.9 GB, the same memory.
bool sameFigure(double a, double b, bool size)
{
    const double high = std::max(std::abs(a), std::abs(b));
    const double low = std::min(std::abs(a), std::abs(b));
    if (high - low <= 1e-9 * high)
        return true;
    const double halfPlace = 0.5 * std::pow(10.0, std::floor(std::log10(high)) - 2);
    const double slack = halfPlace + 1e-9 * high;
    if (high - low <= slack)
        return true;
    if (size) {
        for (const double binary : { 1.073741824, 1.048576, 1.099511627776 }) { // GiB, MiB, TiB
            if (std::abs(high - low * binary) <= slack + halfPlace * (binary - 1))
                return true;
        }
    }
    return false;
}

} // namespace

bool SpecValue::sourcesDisagree() const
{
    const bool size = Units::dimensionOf(primary.unit) == Dimension::DataSize;
    for (const auto& other : alternatives) {
        if (!sameFigure(primary.canonical, other.canonical, size))
            return true;
    }
    return false;
}
