#include "chipmatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChipMatcher", text);
}

// Words that say how a chip is packaged or sold, not which chip it is. "sxm5" and "sxm" are one
// form factor; "pcie" stays, since an H100 PCIe is another part than an H100 SXM.
const QSet<QString>& fillerWords()
{
    static const QSet<QString> words { u"gpu"_s, u"accelerator"_s, u"card"_s, u"module"_s, u"the"_s,
        u"tensor"_s, u"core"_s, u"ai"_s, u"npu"_s, u"datacenter"_s, u"data"_s, u"center"_s, u"hbm"_s,
        u"hbm2"_s, u"hbm2e"_s, u"hbm3"_s, u"hbm3e"_s, u"gddr6"_s, u"gddr7"_s };
    return words;
}

QString canonicalWord(const QString& word)
{
    static const QRegularExpression sxm(u"^sxm\\d*$"_s);
    if (sxm.match(word).hasMatch())
        return u"sxm"_s;
    if (word == u"pci"_s || word == u"pcie4"_s || word == u"pcie5"_s)
        return u"pcie"_s;
    return word;
}

// Words that name a board form: two chips that give different ones are different parts.
QString formFactor(const QStringList& tokens)
{
    for (const auto& word : { u"sxm"_s, u"pcie"_s, u"nvl"_s, u"oam"_s }) {
        if (tokens.contains(word))
            return word;
    }
    return {};
}

bool hasDigit(const QString& word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// "NVIDIA" and "NVIDIA Corporation" are one vendor; "AMD" and "NVIDIA" are not.
QString vendorKey(const Chip& chip)
{
    return chip.vendor.toString().toLower().section(u' ', 0, 0);
}

} // namespace

namespace ChipMatcher {

QStringList nameTokens(const Chip& chip)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    static const QRegularExpression memorySize(u"^\\d+(\\.\\d+)?(gb|gib|g|tb)$"_s);
    QSet<QString> vendorWords;
    for (const auto& word : chip.vendor.toString().toLower().split(separators, Qt::SkipEmptyParts))
        vendorWords.insert(word);
    static const QRegularExpression number(u"^\\d+$"_s);
    static const QRegularExpression sizeUnit(u"^(gb|gib|g|tb)$"_s);
    QStringList tokens;
    const QStringList words = chip.name.toLower().split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = canonicalWord(words[i]);
        if (vendorWords.contains(word) || fillerWords().contains(word) || memorySize.match(word).hasMatch())
            continue;
        // "80 GB" written apart is a memory size too (Epoch's "A100 SXM4 80 GB").
        if (number.match(word).hasMatch() && i + 1 < words.size() && sizeUnit.match(words[i + 1]).hasMatch()) {
            ++i;
            continue;
        }
        if (!tokens.contains(word))
            tokens.append(word);
    }
    return tokens;
}

namespace {

// What match() compares of a chip, worked out once a chip rather than once a pair.
struct MatchKey
{
    QStringList tokens;
    QString numbers; // the model numbers ("h100", "910c") sorted and joined: they must agree
    QString vendor;
    QString form;
};

MatchKey matchKey(const Chip& chip)
{
    MatchKey key { nameTokens(chip), {}, vendorKey(chip), {} };
    QStringList numbers;
    for (const auto& word : std::as_const(key.tokens))
        if (hasDigit(word))
            numbers.append(word);
    std::sort(numbers.begin(), numbers.end());
    key.numbers = numbers.join(u' ');
    key.form = formFactor(key.tokens);
    return key;
}

} // namespace

QList<ChipMatch> match(const Catalog& left, const Catalog& right, double minimumScore)
{
    QSet<QString> joined; // ids of the left catalog, and the aliases its chips declare
    for (const auto& chip : left.chips) {
        joined.insert(chip.id);
        joined.unite(QSet<QString>(chip.aliases().cbegin(), chip.aliases().cend()));
    }
    // Two chips pair only when their model numbers agree, so each candidate is held against the
    // left chips with its own numbers, not against all of them: a 100,000-chip catalog is matched
    // in one pass instead of 100,000 x 100,000 comparisons.
    QVector<MatchKey> leftKeys;
    leftKeys.reserve(left.chips.size());
    QHash<QString, QVector<qsizetype>> leftByNumbers;
    for (qsizetype i = 0; i < left.chips.size(); ++i) {
        leftKeys.append(matchKey(left.chips[i]));
        leftByNumbers[leftKeys.last().numbers].append(i);
    }

    QList<ChipMatch> result;
    for (const auto& candidate : right.chips) {
        const QStringList aliases = candidate.aliases();
        if (joined.contains(candidate.id)
            || std::any_of(
                aliases.cbegin(), aliases.cend(), [&](const QString& a) { return joined.contains(a); }))
            continue;
        const MatchKey mine = matchKey(candidate);
        if (mine.tokens.isEmpty())
            continue;
        QList<ChipMatch> found;
        const QVector<qsizetype> sameNumbers = leftByNumbers.value(mine.numbers); // const: no detaching copy
        for (const qsizetype i : sameNumbers) {
            const Chip& other = left.chips[i];
            const MatchKey& theirs = leftKeys[i];
            if (!mine.vendor.isEmpty() && !theirs.vendor.isEmpty() && mine.vendor != theirs.vendor)
                continue;
            if (!mine.form.isEmpty() && !theirs.form.isEmpty() && mine.form != theirs.form)
                continue; // an H100 PCIe is not an H100 SXM
            QStringList shared;
            for (const auto& word : mine.tokens)
                if (theirs.tokens.contains(word))
                    shared.append(word);
            const qsizetype united = mine.tokens.size() + theirs.tokens.size() - shared.size();
            ChipMatch pair { &other, &candidate, double(shared.size()) / double(united), {} };
            pair.reasons.append(tr("names agree on %1 of %2 words: %3")
                                    .arg(shared.size())
                                    .arg(united)
                                    .arg(shared.join(u' ')));
            if (!mine.vendor.isEmpty() && mine.vendor == theirs.vendor) {
                pair.score += 0.1;
                pair.reasons.append(tr("same vendor"));
            }
            const auto a = candidate.canonical(SpecField::MemoryCapacity);
            const auto b = other.canonical(SpecField::MemoryCapacity);
            if (a && b) {
                // 80 GiB written as "80" next to 80 GB is the same part: 7.4 % apart at most.
                const double ratio = std::max(*a, *b) / std::min(*a, *b);
                if (ratio <= 1.08) {
                    pair.score += 0.1;
                    pair.reasons.append(tr("same memory (%1 and %2 GB)").arg(*b).arg(*a));
                } else {
                    pair.score -= 0.3;
                    pair.reasons.append(tr("memory differs (%1 and %2 GB)").arg(*b).arg(*a));
                }
            }
            pair.score = std::clamp(pair.score, 0.0, 1.0);
            if (pair.score >= minimumScore)
                found.append(pair);
        }
        std::stable_sort(found.begin(), found.end(),
            [](const ChipMatch& x, const ChipMatch& y) { return x.score > y.score; });
        // The best partner, and any as good: a list to choose from, not every weak likeness.
        for (const auto& pair : std::as_const(found)) {
            if (pair.score >= found.first().score - 0.05)
                result.append(pair);
        }
    }
    return result;
}

DataTable table(const QList<ChipMatch>& matches)
{
    DataTable table;
    table.keys = { u"left_id"_s, u"right_id"_s, u"score"_s, u"left_name"_s, u"right_name"_s, u"reasons"_s };
    table.headers = { tr("Id (first)"), tr("Id (second)"), tr("Score"), tr("Name (first)"),
        tr("Name (second)"), tr("Why") };
    for (const auto& pair : matches) {
        table.rows.append({ DataCell::fromText(pair.left->id), DataCell::fromText(pair.right->id),
            DataCell::fromNumber(std::round(pair.score * 100) / 100), DataCell::fromText(pair.left->name),
            DataCell::fromText(pair.right->name), DataCell::fromText(pair.reasons.join(u"; "_s)) });
    }
    return table;
}

} // namespace ChipMatcher
