#include "specvalue.h"

#include <cmath>

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
