#include "catalogdocument.h"

#include "io/catalogwriter.h"
#include "io/chipvalidator.h"

#include <QFileInfo>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace {
// Undo and redo of a list of chip changes: the document applies them forwards or backwards.
class ChipEditCommand : public QUndoCommand
{
public:
    ChipEditCommand(CatalogDocument* document, const QString& text, QList<ChipChange> changes)
        : QUndoCommand(text)
        , m_document(document)
        , m_changes(std::move(changes))
    {
    }
    void redo() override { m_document->apply(m_changes, true); }
    void undo() override { m_document->apply(m_changes, false); }

private:
    CatalogDocument* m_document;
    QList<ChipChange> m_changes;
};
} // namespace

CatalogDocument::CatalogDocument(Catalog builtIn, QObject* parent)
    : QObject(parent)
    , m_builtIn(CatalogSnapshot::create(std::move(builtIn)))
    , m_user(CatalogSnapshot::create())
    , m_merged(m_builtIn)
    , m_prepared(PreparedCatalog::of(m_merged))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
}

CatalogDocument::~CatalogDocument()
{
    // The stack clears itself as it goes, which reports "clean": nobody is to hear of it.
    disconnect(&m_undo, nullptr, this, nullptr);
}

QString CatalogDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void CatalogDocument::setUser(
    Catalog user, const QString& path, bool hasUser, CatalogSnapshot merged, PreparedCatalogPtr prepared)
{
    m_recovered = false;
    m_undo.clear();
    m_user = CatalogSnapshot::create(std::move(user));
    m_path = path;
    m_hasUser = hasUser;
    remerge(std::move(merged), std::move(prepared));
    emit userCatalogChanged();
    emit modifiedChanged(isModified());
}

void CatalogDocument::remerge(CatalogSnapshot merged, PreparedCatalogPtr prepared)
{
    m_userIds.clear();
    m_userIds.reserve(m_user->chips.size());
    for (const Chip& chip : m_user->chips)
        m_userIds.insert(chip.id);
    if (!m_hasUser)
        m_merged = m_builtIn;
    else if (merged)
        m_merged = std::move(merged);
    else
        m_merged = CatalogSnapshot::create(m_builtIn->mergedWith(*m_user, m_policy));
    // What the loader prepared when it is for this catalog; after an edit, made from the one before.
    m_prepared = prepared && prepared->catalog == m_merged ? std::move(prepared)
                                                           : PreparedCatalog::after(*m_prepared, m_merged);
    emit catalogChanged();
}

void CatalogDocument::setMergePolicy(MergePolicy policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    remerge();
}

CatalogReadResult CatalogDocument::open(const QString& path)
{
    CatalogReadResult result = CatalogReader::readFile(path, m_builtIn->sources);
    if (result.ok())
        setUser(result.catalog, QFileInfo(path).absoluteFilePath(), true);
    return result;
}

void CatalogDocument::openLoaded(CatalogLoader::Outcome outcome)
{
    Q_ASSERT(outcome.result.ok());
    // The loader's merge is used when it was made over the current base, under the current policy.
    CatalogSnapshot merged = outcome.base == m_builtIn && outcome.merged && outcome.merged->policy == m_policy
        ? std::move(outcome.merged)
        : CatalogSnapshot();
    PreparedCatalogPtr prepared = merged ? std::move(outcome.prepared) : PreparedCatalogPtr();
    setUser(std::move(outcome.result.catalog), QFileInfo(outcome.path).absoluteFilePath(), true,
        std::move(merged), std::move(prepared));
}

CatalogReadResult CatalogDocument::addReference(const QString& path)
{
    CatalogReadResult result = CatalogReader::readFile(path, m_builtIn->sources);
    if (result.ok()) {
        m_builtIn = CatalogSnapshot::create(m_builtIn->mergedWith(result.catalog));
        remerge();
    }
    return result;
}

void CatalogDocument::newCatalog()
{
    Catalog empty;
    empty.date = QDate::currentDate();
    setUser(std::move(empty), QString(), true);
}

CatalogReadResult CatalogDocument::recover(const QString& recoveryPath, const QString& originalPath)
{
    CatalogReadResult result = CatalogReader::readFile(recoveryPath, m_builtIn->sources);
    if (result.ok()) {
        setUser(result.catalog, originalPath, true);
        m_recovered = true;
        emit modifiedChanged(true);
    }
    return result;
}

void CatalogDocument::close()
{
    setUser(Catalog(), QString(), false);
}

bool CatalogDocument::save(QString* error)
{
    if (m_path.isEmpty()) {
        *error = tr("the catalog has no file yet; use Save As");
        return false;
    }
    return saveAs(m_path, error);
}

bool CatalogDocument::saveAs(const QString& path, QString* error)
{
    if (!CatalogWriter::writeFile(*m_user, path, error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool renamed = absolute != m_path;
    m_path = absolute;
    m_recovered = false;
    m_undo.setClean();
    emit modifiedChanged(false);
    if (renamed)
        emit userCatalogChanged();
    return true;
}

bool CatalogDocument::isEditable(const QString& chipId) const
{
    return m_hasUser && m_userIds.contains(chipId);
}

const Chip* CatalogDocument::userChip(const QString& id) const
{
    return m_user->chip(id);
}

void CatalogDocument::push(const QString& text, QList<ChipChange> changes)
{
    m_undo.push(new ChipEditCommand(this, text, std::move(changes)));
}

void CatalogDocument::apply(const QList<ChipChange>& changes, bool forward)
{
    Catalog next = *m_user;
    auto applyOne = [&next](const ChipChange& change, bool redo) {
        const auto& from = redo ? change.before : change.after;
        const auto& to = redo ? change.after : change.before;
        if (from && to)
            next.chips[change.index] = *to;
        else if (to)
            next.chips.insert(change.index, *to);
        else
            next.chips.removeAt(change.index);
        for (const auto& source : change.addedSources) {
            if (redo)
                next.sources.append(source);
            else
                next.sources.removeIf([&source](const Source& s) { return s.id == source.id; });
        }
    };
    if (forward) {
        for (const auto& change : changes)
            applyOne(change, true);
    } else {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it)
            applyOne(*it, false);
    }
    m_user = CatalogSnapshot::create(std::move(next));
    remerge();
}

bool CatalogDocument::replaceChip(
    const Chip& chip, const QList<Source>& newSources, const QString& text, QString* error)
{
    const int index = m_user->indexOfChip(chip.id);
    if (!m_hasUser || index < 0) {
        *error = tr("chip '%1' is built in and read-only; copy it to your catalog to edit it").arg(chip.id);
        return false;
    }
    QList<Source> sources = m_user->sources;
    for (const auto& source : newSources) {
        if (m_user->source(source.id) || m_builtIn->source(source.id)) {
            *error = tr("a source with the id '%1' exists already").arg(source.id);
            return false;
        }
        sources.append(source);
    }
    const auto problems = ChipValidator::problems(chip, sources, m_builtIn->sources);
    if (!problems.isEmpty()) {
        *error = ChipValidator::describe(problems);
        return false;
    }
    push(text, { { index, m_user->chips[index], chip, newSources } });
    return true;
}

bool CatalogDocument::addChip(const Chip& chip, QString* error)
{
    if (m_merged->chip(chip.id)) {
        *error = m_builtIn->chip(chip.id) && !m_user->chip(chip.id)
            ? tr("'%1' is a built-in chip; use Copy to my catalog to override it").arg(chip.id)
            : tr("a chip with the id '%1' exists already").arg(chip.id);
        return false;
    }
    if (!m_hasUser)
        newCatalog();
    const auto problems = ChipValidator::problems(chip, m_user->sources, m_builtIn->sources);
    if (!problems.isEmpty()) {
        *error = ChipValidator::describe(problems);
        return false;
    }
    push(tr("Add %1").arg(chip.name), { { int(m_user->chips.size()), std::nullopt, chip, {} } });
    return true;
}

QString CatalogDocument::freeId(const QString& base) const
{
    QString id = base;
    for (int n = 2; m_merged->chip(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString CatalogDocument::duplicateChip(const QString& id)
{
    const Chip* original = m_merged->chip(id);
    if (!original)
        return {};
    // From the user catalog when it is there: the merged chip carries the built-in values it
    // replaced as alternatives, which belong to the view, not to the file.
    Chip copy = m_user->chip(id) ? *m_user->chip(id) : *original;
    copy.id = freeId(id + u"-copy"_s);
    copy.name = tr("%1 (copy)").arg(copy.name);
    if (!copy.shortName.isEmpty())
        copy.shortName = tr("%1 (copy)").arg(copy.shortName);
    if (!m_hasUser)
        newCatalog();
    push(tr("Duplicate %1").arg(original->name), { { int(m_user->chips.size()), std::nullopt, copy, {} } });
    return copy.id;
}

bool CatalogDocument::removeChips(const QStringList& ids)
{
    QList<int> indexes;
    for (const auto& id : ids) {
        const int index = m_user->indexOfChip(id);
        if (index >= 0 && !indexes.contains(index))
            indexes.append(index);
    }
    if (indexes.isEmpty())
        return false;
    // Highest index first, so that each removal leaves the others' positions as recorded.
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    QList<ChipChange> changes;
    for (const int index : std::as_const(indexes))
        changes.append({ index, m_user->chips[index], std::nullopt, {} });
    push(indexes.size() == 1 ? tr("Delete %1").arg(m_user->chips[indexes.first()].name)
                             : tr("Delete %n chip(s)", nullptr, int(indexes.size())),
        changes);
    return true;
}

QStringList CatalogDocument::copyToUserCatalog(const QStringList& ids)
{
    if (!m_hasUser)
        newCatalog();
    QList<ChipChange> changes;
    QStringList copied;
    int index = int(m_user->chips.size());
    for (const auto& id : ids) {
        const Chip* chip = m_builtIn->chip(id);
        if (!chip || m_user->chip(id) || copied.contains(id))
            continue;
        changes.append({ index++, std::nullopt, *chip, {} });
        copied.append(id);
    }
    if (!changes.isEmpty())
        push(tr("Copy %n chip(s) to my catalog", nullptr, int(copied.size())), changes);
    return copied;
}
