#include "catalog.h"

#include <QCoreApplication>

#include <QSet>

using namespace Qt::StringLiterals;

QString Catalog::formatTag()
{
    return u"chipcompare-catalog"_s;
}

const Source* Catalog::source(const QString& id) const
{
    for (const auto& entry : sources) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const Chip* Catalog::chip(const QString& id) const
{
    const int index = indexOfChip(id);
    return index < 0 ? nullptr : &chips[index];
}

int Catalog::indexOfChip(const QString& id) const
{
    for (int i = 0; i < chips.size(); ++i) {
        if (chips[i].id == id)
            return i;
    }
    return -1;
}

namespace {
QStringList sortedUnique(QSet<QString> values)
{
    values.remove(QString());
    QStringList list(values.begin(), values.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}
} // namespace

QStringList Catalog::vendors() const
{
    QSet<QString> set;
    for (const auto& c : chips)
        set.insert(c.vendor);
    return sortedUnique(set);
}

QStringList Catalog::memoryTypes() const
{
    QSet<QString> set;
    for (const auto& c : chips)
        set.insert(c.memoryType);
    return sortedUnique(set);
}

Catalog Catalog::mergedWith(const Catalog& overlay) const
{
    Catalog result = *this;
    QHash<QString, int> chipIndex;
    for (int i = 0; i < result.chips.size(); ++i)
        chipIndex.insert(result.chips[i].id, i);
    for (const auto& incoming : overlay.chips) {
        const auto it = chipIndex.constFind(incoming.id);
        if (it != chipIndex.constEnd()) {
            Chip replacement = incoming;
            const Chip& previous = result.chips[*it];
            for (const auto& info : specFields()) {
                SpecValue* mine = replacement.spec(info.field);
                const auto& theirs = previous.spec(info.field);
                if (!mine || !theirs)
                    continue;
                for (SourcedNumber number : QList<SourcedNumber> { theirs->primary } + theirs->alternatives) {
                    const bool known = std::any_of(mine->alternatives.cbegin(), mine->alternatives.cend(),
                        [&number](const SourcedNumber& n) {
                            return n.sourceId == number.sourceId && n.canonical == number.canonical;
                        });
                    if (known
                        || (mine->primary.sourceId == number.sourceId
                            && mine->primary.canonical == number.canonical))
                        continue;
                    number.setNote(number.note().isEmpty()
                            ? QCoreApplication::translate("Catalog", "the catalog this one replaced")
                            : QCoreApplication::translate("Catalog", "the catalog this one replaced: %1")
                                  .arg(number.note()));
                    mine->alternatives.append(number);
                }
            }
            result.chips[*it] = replacement;
            if (!result.overridden.contains(incoming.id))
                result.overridden.append(incoming.id);
        } else {
            chipIndex.insert(incoming.id, int(result.chips.size()));
            result.chips.append(incoming);
        }
    }
    for (const auto& incoming : overlay.sources) {
        auto existing = std::find_if(result.sources.begin(), result.sources.end(),
            [&](const Source& s) { return s.id == incoming.id; });
        if (existing != result.sources.end())
            *existing = incoming;
        else
            result.sources.append(incoming);
    }
    if (overlay.date.isValid() && (!result.date.isValid() || overlay.date > result.date))
        result.date = overlay.date;
    return result;
}
