#include "sizespec.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SizeSpec {

std::optional<QSize> parse(const QString& text, QString* error)
{
    static const QRegularExpression pattern(u"^(\\d{1,6})[xX](\\d{1,6})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        *error = QCoreApplication::translate(
            "SizeSpec", "size '%1' is not of the form WIDTHxHEIGHT, e.g. 1600x900")
                     .arg(text);
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < kMinimum.width() || size.height() < kMinimum.height()
        || size.width() > kMaximum.width() || size.height() > kMaximum.height()) {
        *error = QCoreApplication::translate("SizeSpec", "size %1x%2 is out of range; use %3x%4 up to %5x%6")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(kMinimum.width())
                     .arg(kMinimum.height())
                     .arg(kMaximum.width())
                     .arg(kMaximum.height());
        return std::nullopt;
    }
    return size;
}

} // namespace SizeSpec
