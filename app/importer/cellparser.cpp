#include "cellparser.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CellParser", text);
}

QString cleaned(const QString& cell)
{
    QString text = cell;
    text.remove(QChar(0x00AD)); // soft hyphens scraped from web pages ("Un­known")
    return text.simplified();
}

} // namespace

namespace CellParser {

bool isUnknown(const QString& cell)
{
    static const QStringList markers { u""_s, u"-"_s, u"—"_s, u"–"_s, u"?"_s, u"n/a"_s, u"na"_s, u"nan"_s,
        u"tbd"_s, u"tba"_s, u"unknown"_s, u"none"_s, u"no"_s, u"null"_s, u"not disclosed"_s,
        u"undisclosed"_s };
    return markers.contains(cleaned(cell).toLower());
}

ParsedCell parseNumber(const QString& cell, bool decimalComma)
{
    ParsedCell result;
    QString text = cleaned(cell);
    if (isUnknown(text))
        return result;
    if (decimalComma) {
        // "1.234,5" -> "1234.5": the dots group thousands, the comma is the point.
        static const QRegularExpression grouped(u"(?<=\\d)\\.(?=\\d{3}(?!\\d))"_s);
        text.remove(grouped);
        static const QRegularExpression point(u"(?<=\\d),(?=\\d)"_s);
        text.replace(point, u"."_s);
    }
    // A number not glued to a preceding letter or digit ("HBM3", "FP8" and "mm2" hold no number),
    // with optional thousands groups and exponent.
    static const QRegularExpression number(
        u"(?<![A-Za-z0-9.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][+-]?\\d+)?"_s);
    QVector<QRegularExpressionMatch> found;
    for (auto it = number.globalMatch(text); it.hasNext();)
        found.append(it.next());
    auto skip = [&result](const QString& reason) {
        result.kind = ParsedCell::Kind::Skipped;
        result.reason = reason;
        return result;
    };
    if (found.isEmpty())
        return skip(tr("'%1' holds no number").arg(text));
    if (found.size() > 1)
        return skip(tr("'%1' holds several numbers; ChipCompare never picks one").arg(text));
    const auto& match = found.first();
    // "0,128": a thousands group never follows a lone 0; it is a decimal comma, never 128.
    if (match.captured(1).startsWith(u"0,"_s))
        return skip(tr("'%1' has a decimal comma; import with --decimal-comma (a file separated by "
                       "semicolons reads commas that way by itself)")
                        .arg(text));
    // "3,35": a comma that is no thousands separator (a decimal comma, or a list) is never guessed.
    if (match.capturedEnd() < text.size() - 1 && text[match.capturedEnd()] == u','
        && text[match.capturedEnd() + 1].isDigit())
        return skip(
            tr("'%1' has a comma that is not a thousands separator; write decimals with a dot").arg(text));
    const QString before = text.left(match.capturedStart()).trimmed();
    if (before.endsWith(u'-') || before.endsWith(u'−'))
        return skip(tr("'%1' is negative").arg(text));
    bool ok = false;
    result.value = QString(match.captured(0)).remove(u',').toDouble(&ok);
    if (!ok || !std::isfinite(result.value))
        return skip(tr("'%1' is not a finite number").arg(text));
    if (result.value <= 0)
        return skip(
            tr("'%1' is zero: left unknown (a zero often means 'not supported'; a real value is never 0)")
                .arg(text));
    if (before.endsWith(u'~') || before.toLower().endsWith(u"about"_s)
        || before.toLower().endsWith(u"approx."_s) || before.toLower().endsWith(u"approximately"_s))
        result.note = tr("approximate, as written: '%1'").arg(text);
    // The unit: the word right after the number ("7.7TB/s", "80 GB HBM3" -> "GB").
    QString after = text.mid(match.capturedEnd()).trimmed();
    const qsizetype space = after.indexOf(u' ');
    result.unitText = space < 0 ? after : after.left(space);
    while (!result.unitText.isEmpty() && QStringLiteral(",;:)*").contains(result.unitText.back()))
        result.unitText.chop(1);
    result.unit = Units::canonicalSpelling(result.unitText);
    result.kind = ParsedCell::Kind::Number;
    return result;
}

std::optional<int> parseYear(const QString& cell)
{
    static const QRegularExpression year(u"(?<!\\d)(19[5-9]\\d|20\\d\\d|2100)(?!\\d)"_s);
    const auto matches = year.globalMatch(cleaned(cell));
    std::optional<int> found;
    for (auto it = matches; it.hasNext();) {
        const int value = it.next().captured(1).toInt();
        if (found && *found != value)
            return std::nullopt; // two different years: which one?
        found = value;
    }
    return found;
}

} // namespace CellParser
