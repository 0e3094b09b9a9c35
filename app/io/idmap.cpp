#include "idmap.h"

#include "catalogvalidator.h"
#include "core/chipfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QMultiHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace IdMap {

std::optional<QList<std::pair<QString, QString>>> read(const QString& path, QString* error)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("IdMap", text); };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("%1: cannot read the id map: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // Comma, tab or semicolon separated: the first two columns are the ids and the rest is what
    // `match --format csv` writes beside them (score, names, reasons). Spaces alone: two ids.
    static const QRegularExpression delimiter(u"\\s*[,\\t;]\\s*"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QList<std::pair<QString, QString>> pairs;
    int line = 0;
    bool firstRecord = true;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const bool delimited = text.contains(delimiter);
        QStringList ids = delimited ? text.split(delimiter) : text.split(spaces);
        // A header names its columns in words ("from,to", "left_id,right_id"); anything else on
        // the first line (binary bytes, "H200,h200-141gb") is read as a pair and judged as one.
        static const QRegularExpression word(u"^[A-Za-z][A-Za-z_ ]*$"_s);
        const bool header = firstRecord && ids.size() >= 2 && !isChipId(ids[0]) && !isChipId(ids[1])
            && word.match(ids[0]).hasMatch() && word.match(ids[1]).hasMatch();
        firstRecord = false;
        if (header)
            continue; // "from,to", or match's "left_id,right_id,score,..."
        if (!delimited && ids.size() > 2) {
            *error = tr("%1:%2: expected two chip ids, found %3").arg(path).arg(line).arg(ids.size());
            return std::nullopt;
        }
        ids = ids.mid(0, 2);
        ids.removeAll(QString()); // "nvidia-h20," holds one id
        if (ids.size() < 2) {
            *error = tr("%1:%2: expected two chip ids, found %3").arg(path).arg(line).arg(ids.size());
            return std::nullopt;
        }
        for (const auto& id : ids) {
            if (!isChipId(id)) {
                *error = tr("%1:%2: '%3' is not a chip id (lowercase letters, digits and hyphens)")
                             .arg(path)
                             .arg(line)
                             .arg(id);
                return std::nullopt;
            }
        }
        if (ids[0] == ids[1]) {
            *error = tr("%1:%2: '%3' is mapped to itself").arg(path).arg(line).arg(ids[0]);
            return std::nullopt;
        }
        pairs.append({ ids[0], ids[1] });
    }
    return pairs;
}

int apply(Catalog& later, const QList<std::pair<QString, QString>>& pairs)
{
    // Each id to the ids it is paired with, so that a large catalog and a long map cost one
    // look-up a chip rather than a pass over the map.
    QMultiHash<QString, QString> partners;
    for (const auto& [a, b] : pairs) {
        partners.insert(a, b);
        partners.insert(b, a);
    }
    const ChipField& aliasField = ChipFields::field(u"aliases");
    int given = 0;
    for (auto& chip : later.chips) {
        const QStringList others = partners.values(chip.id);
        if (others.isEmpty())
            continue;
        QStringList aliases = chip.aliases();
        bool changed = false;
        for (auto it = others.crbegin(); it != others.crend(); ++it) { // the map's order
            if (!aliases.contains(*it)) {
                aliases.append(*it);
                changed = true;
            }
        }
        if (changed) {
            aliasField.set(chip, aliases.join(u", "_s));
            ++given;
        }
    }
    return given;
}

} // namespace IdMap
