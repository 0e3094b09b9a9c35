#pragma once

#include "core/catalog.h"
#include "editing/catalogloader.h"
#include "io/catalogreader.h"

#include <QObject>
#include <QSet>
#include <QUndoStack>
#include <optional>

// One change to the user catalog: a chip appears (no `before`), disappears (no `after`) or changes,
// at `index` in the user catalog; sources the change introduced go with it.
struct ChipChange
{
    int index = 0;
    std::optional<Chip> before;
    std::optional<Chip> after;
    QList<Source> addedSources;
};

// What the window shows and edits: the built-in catalog (read-only) with the user's catalog merged
// over it. Every edit goes through the undo stack as a new immutable snapshot, and is checked with
// the reader's rules first, so the user catalog always saves to a file that loads again.
class CatalogDocument : public QObject
{
    Q_OBJECT
public:
    explicit CatalogDocument(Catalog builtIn, QObject* parent = nullptr);
    ~CatalogDocument() override;

    CatalogSnapshot builtIn() const { return m_builtIn; }
    CatalogSnapshot user() const { return m_user; } // the file's own chips and sources
    CatalogSnapshot merged() const { return m_merged; } // what the pages show
    // What the window derives from merged(): made by CatalogLoader for a file that opens, and from
    // the one before on every edit. Never null; prepared()->catalog is merged().
    PreparedCatalogPtr prepared() const { return m_prepared; }
    bool hasUserCatalog() const { return m_hasUser; }
    QString filePath() const { return m_path; } // empty for an untitled catalog
    QString displayName() const; // file name, or "Untitled"
    bool isModified() const { return m_recovered || !m_undo.isClean(); }
    // How the user catalog's chips join built-in chips of the same id (File → Merge policy).
    MergePolicy mergePolicy() const { return m_policy; }
    void setMergePolicy(MergePolicy policy); // merges again: catalogChanged()
    QUndoStack* undoStack() { return &m_undo; }

    // Replaces the user catalog by the file's. On problems nothing changes.
    CatalogReadResult open(const QString& path);
    // Replaces the user catalog by one a CatalogLoader read (result.ok() only). Its merge is used
    // when it was made over the current base.
    void openLoaded(CatalogLoader::Outcome outcome);
    // Merges a file into the read-only base under the user catalog (the window given several
    // files edits the last one; the others are references). On problems nothing changes.
    CatalogReadResult addReference(const QString& path);
    // Starts an empty, untitled user catalog (edits need one; Save asks for a file).
    void newCatalog();
    // A recovery file's content, for `originalPath` (may be empty): loaded as unsaved changes.
    CatalogReadResult recover(const QString& recoveryPath, const QString& originalPath);
    // Back to the built-in catalog alone.
    void close();
    bool save(QString* error); // needs a file path
    bool saveAs(const QString& path, QString* error);

    bool isEditable(const QString& chipId) const; // the chip is in the user catalog
    const Chip* userChip(const QString& id) const;

    // Edits. Each pushes one undo command named `text`, or refuses with the reason in `error`.
    bool replaceChip(const Chip& chip, const QList<Source>& newSources, const QString& text, QString* error);
    bool addChip(const Chip& chip, QString* error);
    // Copies a chip under a new id ("<id>-copy", "-copy-2", ...), name "… (copy)"; returns the id.
    QString duplicateChip(const QString& id);
    bool removeChips(const QStringList& ids);
    // Built-in chips into the user catalog, where they override the built-in ones and can be
    // edited. Starts an untitled catalog when none is open. Returns the ids copied.
    QStringList copyToUserCatalog(const QStringList& ids);
    // A free id starting with `base`, unused in the merged catalog.
    QString freeId(const QString& base) const;

    // For the undo commands only.
    void apply(const QList<ChipChange>& changes, bool forward);

signals:
    void catalogChanged(); // merged() is a new snapshot
    void userCatalogChanged(); // opened, closed, saved under another name
    void modifiedChanged(bool modified);

private:
    // `merged`, when given, is m_builtIn merged with `user`, made elsewhere (and `prepared` from it).
    void setUser(Catalog user, const QString& path, bool hasUser, CatalogSnapshot merged = {},
        PreparedCatalogPtr prepared = {});
    void remerge(CatalogSnapshot merged = {}, PreparedCatalogPtr prepared = {});
    void push(const QString& text, QList<ChipChange> changes);

    CatalogSnapshot m_builtIn;
    CatalogSnapshot m_user;
    CatalogSnapshot m_merged;
    PreparedCatalogPtr m_prepared; // for m_merged
    // The user catalog's ids: isEditable is asked for every table cell the view paints, so it
    // must not scan the catalog.
    QSet<QString> m_userIds;
    QString m_path;
    bool m_hasUser = false;
    MergePolicy m_policy = MergePolicy::FieldByField;
    bool m_recovered = false; // loaded from a recovery file: unsaved until saved
    QUndoStack m_undo;
};
