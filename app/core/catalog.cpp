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

const ChipSystem* Catalog::system(const QString& id) const
{
    for (const auto& entry : systems) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
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
