#include "numberformat.h"

#include <QLocale>
#include <cmath>

namespace NumberFormat {

QString formatNumber(double value, bool groupThousands, int significantDigits)
{
    QLocale locale;
    if (!groupThousands)
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const double magnitude = std::abs(value);
    if (magnitude == 0 || !std::isfinite(value))
        return locale.toString(value, 'f', 0);
    if (magnitude < kExponentBelow || magnitude >= kExponentFrom)
        return locale.toString(value, 'e', std::max(0, significantDigits - 1));
    const int exponent = int(std::floor(std::log10(magnitude))); // 1234 -> 3, 0.05 -> -2
    const int decimals = std::max(0, significantDigits - 1 - exponent);
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

double displayedValue(double value, int significantDigits)
{
    const double magnitude = std::abs(value);
    if (magnitude == 0 || !std::isfinite(value))
        return value;
    const int exponent = int(std::floor(std::log10(magnitude)));
    // With an exponent formatNumber writes significant digits; without, at least every digit
    // before the point.
    const bool exponentForm = magnitude < kExponentBelow || magnitude >= kExponentFrom;
    const int decimals
        = exponentForm ? significantDigits - 1 - exponent : std::max(0, significantDigits - 1 - exponent);
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString exactNumber(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace NumberFormat
