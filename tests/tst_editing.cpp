// Editing a user catalog: every kind of edit undoes and redoes exactly, the reader's rules refuse
// bad values at edit time, built-in chips stay read-only, and what is saved reopens equal.

#include "core/chipfields.h"
#include "editing/catalogdocument.h"
#include "io/catalogreader.h"
#include "io/catalogwriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Catalog builtInCatalog()
{
    const auto result = CatalogReader::readFile(QStringLiteral(CATALOG_FILE));
    Q_ASSERT(result.ok());
    return result.catalog;
}

QStringList userIds(const CatalogDocument& document)
{
    QStringList ids;
    for (const auto& chip : document.user()->chips)
        ids.append(chip.id);
    return ids;
}

QByteArray userJson(const CatalogDocument& document)
{
    return CatalogWriter::toJson(*document.user());
}
} // namespace

class TestEditing : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void textEditUndoesAndRedoes();
    void numberEditWithNewSourceUndoesAndRedoes();
    void addChipUndoesAndRedoes();
    void duplicateUndoesAndRedoes();
    void deleteRestoresChipsWhereTheyWere();
    void copyToMyCatalogMakesAnEditableOverride();
    void invalidEditsAreRefusedWithTheReason();
    void builtInChipsAreReadOnly();
    void textFieldsFollowTheReadersRules();
    void modifiedFollowsTheUndoStack();
    void saveThenReopenIsEqual();
    void snapshotsHeldElsewhereDoNotChange();

private:
    QTemporaryDir m_dir;
    QString m_userFile;
};

void TestEditing::init()
{
    QVERIFY(m_dir.isValid());
    m_userFile = m_dir.filePath(u"mine.json"_s);
    QFile::remove(m_userFile);
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/user-catalog.json"), m_userFile));
    QFile::setPermissions(m_userFile, QFile::ReadOwner | QFile::WriteOwner);
}

void TestEditing::textEditUndoesAndRedoes()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    const QByteArray before = userJson(document);
    Chip chip = *document.userChip(u"acme-x1"_s);
    QVERIFY(!ChipFields::field(u"vendor").set(chip, u"Acme Systems"_s));
    QString error;
    QVERIFY2(document.replaceChip(chip, {}, u"Edit vendor"_s, &error), qPrintable(error));
    QCOMPARE(document.merged()->chip(u"acme-x1"_s)->vendor, u"Acme Systems"_s);
    QCOMPARE(document.undoStack()->undoText(), u"Edit vendor"_s);

    document.undoStack()->undo();
    QCOMPARE(userJson(document), before);
    QCOMPARE(document.merged()->chip(u"acme-x1"_s)->vendor, u"ACME"_s);
    document.undoStack()->redo();
    QCOMPARE(document.merged()->chip(u"acme-x1"_s)->vendor, u"Acme Systems"_s);
}

void TestEditing::numberEditWithNewSourceUndoesAndRedoes()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    const QByteArray before = userJson(document);
    Chip chip = *document.userChip(u"acme-x1"_s);
    Source lab { u"my-lab"_s, u"Our bench, run 12"_s, {}, u"Us"_s, QDate(2026, 11, 20), SourceKind::Paper,
        {} };
    SourcedNumber tdp;
    tdp.value = 0.45;
    tdp.unit = u"kW"_s;
    tdp.canonical = 450;
    tdp.sourceId = lab.id;
    tdp.confidence = Confidence::Estimate;
    tdp.setNote(u"measured at the wall"_s);
    chip.setSpec(SpecField::Tdp, SpecValue { tdp, {} });
    QString error;
    QVERIFY2(document.replaceChip(chip, { lab }, u"Edit TDP"_s, &error), qPrintable(error));
    const Chip* edited = document.merged()->chip(u"acme-x1"_s);
    QCOMPARE(edited->canonical(SpecField::Tdp), 450.0);
    QCOMPARE(edited->spec(SpecField::Tdp)->primary.unit, u"kW"_s);
    QVERIFY(document.merged()->source(u"my-lab"_s));

    document.undoStack()->undo();
    QCOMPARE(userJson(document), before);
    QVERIFY(!document.merged()->source(u"my-lab"_s));
    document.undoStack()->redo();
    QCOMPARE(document.user()->source(u"my-lab"_s)->title, u"Our bench, run 12"_s);
    QCOMPARE(document.merged()->chip(u"acme-x1"_s)->canonical(SpecField::Tdp), 450.0);
}

void TestEditing::addChipUndoesAndRedoes()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(!document.hasUserCatalog());
    Chip chip;
    chip.id = u"lab-npu-1"_s;
    chip.name = u"Lab NPU 1"_s;
    QString error;
    QVERIFY2(document.addChip(chip, &error), qPrintable(error));
    QVERIFY(document.hasUserCatalog()); // an untitled catalog was started for it
    QCOMPARE(userIds(document), QStringList { u"lab-npu-1"_s });
    QCOMPARE(document.merged()->chips.size(), document.builtIn()->chips.size() + 1);
    document.undoStack()->undo();
    QVERIFY(!document.merged()->chip(u"lab-npu-1"_s));
    document.undoStack()->redo();
    QCOMPARE(document.merged()->chip(u"lab-npu-1"_s)->name, u"Lab NPU 1"_s);

    QVERIFY(!document.addChip(chip, &error));
    QCOMPARE(error, u"a chip with the id 'lab-npu-1' exists already"_s);
}

void TestEditing::duplicateUndoesAndRedoes()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    QCOMPARE(document.duplicateChip(u"acme-x1"_s), u"acme-x1-copy"_s);
    QCOMPARE(document.duplicateChip(u"acme-x1"_s), u"acme-x1-copy-2"_s);
    const Chip* copy = document.merged()->chip(u"acme-x1-copy"_s);
    QVERIFY(copy);
    QCOMPARE(copy->name, document.userChip(u"acme-x1"_s)->name + u" (copy)"_s);
    QCOMPARE(copy->canonical(SpecField::MemoryCapacity),
        document.userChip(u"acme-x1"_s)->canonical(SpecField::MemoryCapacity));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(userIds(document), (QStringList { u"nvidia-h20"_s, u"acme-x1"_s }));
    document.undoStack()->redo();
    QCOMPARE(userIds(document), (QStringList { u"nvidia-h20"_s, u"acme-x1"_s, u"acme-x1-copy"_s }));
}

void TestEditing::deleteRestoresChipsWhereTheyWere()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    document.duplicateChip(u"acme-x1"_s);
    const QByteArray before = userJson(document);
    QVERIFY(document.removeChips({ u"acme-x1-copy"_s, u"nvidia-h20"_s }));
    QCOMPARE(userIds(document), QStringList { u"acme-x1"_s });
    QCOMPARE(document.undoStack()->undoText(), u"Delete 2 chip(s)"_s);
    // The user's H20 no longer overrides the built-in one: the built-in H20 shows again.
    QCOMPARE(document.merged()->chip(u"nvidia-h20"_s)->name, document.builtIn()->chip(u"nvidia-h20"_s)->name);
    document.undoStack()->undo();
    QCOMPARE(userJson(document), before);
    QCOMPARE(document.merged()->chip(u"nvidia-h20"_s)->name, u"NVIDIA H20 (my lab's measurement)"_s);
    document.undoStack()->redo();
    QCOMPARE(userIds(document), QStringList { u"acme-x1"_s });
    QVERIFY(!document.removeChips({ u"nvidia-h100-sxm"_s })); // built in: nothing to delete
}

void TestEditing::copyToMyCatalogMakesAnEditableOverride()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(!document.isEditable(u"nvidia-h100-sxm"_s));
    QCOMPARE(document.copyToUserCatalog({ u"nvidia-h100-sxm"_s, u"nvidia-h100-sxm"_s }),
        QStringList { u"nvidia-h100-sxm"_s });
    QVERIFY(document.isEditable(u"nvidia-h100-sxm"_s));
    QVERIFY(document.merged()->overridden.contains(u"nvidia-h100-sxm"_s));
    QCOMPARE(document.merged()->chips.size(), document.builtIn()->chips.size());

    Chip chip = *document.userChip(u"nvidia-h100-sxm"_s);
    chip.spec(SpecField::Tdp)->primary.value = 650;
    chip.spec(SpecField::Tdp)->primary.canonical = 650;
    QString error;
    QVERIFY2(document.replaceChip(chip, {}, u"Edit TDP"_s, &error), qPrintable(error));
    // The built-in value stays visible as an alternative of the override.
    const SpecValue& tdp = *document.merged()->chip(u"nvidia-h100-sxm"_s)->spec(SpecField::Tdp);
    QCOMPARE(tdp.canonical(), 650.0);
    QVERIFY(std::any_of(tdp.alternatives.cbegin(), tdp.alternatives.cend(),
        [](const SourcedNumber& n) { return n.canonical == 700.0; }));
    QCOMPARE(document.builtIn()->chip(u"nvidia-h100-sxm"_s)->canonical(SpecField::Tdp), 700.0);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(!document.isEditable(u"nvidia-h100-sxm"_s));
    QVERIFY(!document.merged()->overridden.contains(u"nvidia-h100-sxm"_s));
}

void TestEditing::invalidEditsAreRefusedWithTheReason()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    const QByteArray before = userJson(document);
    QString error;

    Chip negative = *document.userChip(u"acme-x1"_s);
    SourcedNumber tdp;
    tdp.value = -5;
    tdp.unit = u"W"_s;
    tdp.canonical = -5;
    tdp.sourceId = u"acme-datasheet"_s;
    negative.setSpec(SpecField::Tdp, SpecValue { tdp, {} });
    QVERIFY(!document.replaceChip(negative, {}, u"Edit TDP"_s, &error));
    QVERIFY2(error.startsWith(u"field 'tdp': "_s) && error.contains(u"positive"_s), qPrintable(error));

    Chip unsourced = *document.userChip(u"acme-x1"_s);
    tdp.value = 300;
    tdp.canonical = 300;
    tdp.sourceId = u"nobody-said-so"_s;
    unsourced.setSpec(SpecField::Tdp, SpecValue { tdp, {} });
    QVERIFY(!document.replaceChip(unsourced, {}, u"Edit TDP"_s, &error));
    QVERIFY2(error.contains(u"nobody-said-so"_s), qPrintable(error));

    Chip badUnit = *document.userChip(u"acme-x1"_s);
    tdp.sourceId = u"acme-datasheet"_s;
    tdp.unit = u"GB"_s;
    badUnit.setSpec(SpecField::Tdp, SpecValue { tdp, {} });
    QVERIFY(!document.replaceChip(badUnit, {}, u"Edit TDP"_s, &error));
    QVERIFY2(error.contains(u"GB"_s), qPrintable(error));

    Chip badId;
    badId.id = u"Not An Id"_s;
    badId.name = u"X"_s;
    QVERIFY(!document.addChip(badId, &error));
    QVERIFY2(error.startsWith(u"field 'id': "_s), qPrintable(error));

    QCOMPARE(userJson(document), before);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void TestEditing::builtInChipsAreReadOnly()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    Chip h100 = *document.merged()->chip(u"nvidia-h100-sxm"_s);
    h100.name = u"Renamed"_s;
    QString error;
    QVERIFY(!document.replaceChip(h100, {}, u"Edit name"_s, &error));
    QCOMPARE(
        error, u"chip 'nvidia-h100-sxm' is built in and read-only; copy it to your catalog to edit it"_s);
    QVERIFY(!document.isEditable(u"nvidia-h100-sxm"_s));
    QVERIFY(document.isEditable(u"acme-x1"_s));
    Chip clash;
    clash.id = u"nvidia-h100-sxm"_s;
    clash.name = u"Mine"_s;
    QVERIFY(!document.addChip(clash, &error));
    QCOMPARE(error, u"'nvidia-h100-sxm' is a built-in chip; use Copy to my catalog to override it"_s);
}

void TestEditing::textFieldsFollowTheReadersRules()
{
    Chip chip;
    chip.id = u"x"_s;
    chip.name = u"X"_s;
    QCOMPARE(ChipFields::field(u"year").set(chip, u"1949"_s).value_or(QString()),
        u"the year must be a whole year from 1950 to 2100, not \"1949\""_s);
    QVERIFY(!ChipFields::field(u"year").set(chip, u" 2025 "_s));
    QCOMPARE(chip.year, 2025);
    QVERIFY(!ChipFields::field(u"year").set(chip, QString()));
    QVERIFY(!chip.year);
    QVERIFY(ChipFields::field(u"status").set(chip, u"sold-out"_s));
    QVERIFY(!ChipFields::field(u"status").set(chip, u"announced"_s));
    QCOMPARE(chip.status, ChipStatus::Announced);
    QVERIFY(ChipFields::field(u"name").set(chip, u"  "_s));
    QCOMPARE(chip.name, u"X"_s);
    QVERIFY(!ChipFields::field(u"cuda_compat").set(chip, u"source-compatible"_s));
    QCOMPARE(ChipFields::field(u"cuda_compat").value(chip), u"source-compatible"_s);
    for (const auto& field : ChipFields::all())
        QVERIFY(!field.key.isEmpty() && !field.labelText().isEmpty());
}

void TestEditing::modifiedFollowsTheUndoStack()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    QSignalSpy modified(&document, &CatalogDocument::modifiedChanged);
    QVERIFY(!document.isModified());
    document.duplicateChip(u"acme-x1"_s);
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
}

void TestEditing::saveThenReopenIsEqual()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    document.duplicateChip(u"acme-x1"_s);
    document.copyToUserCatalog({ u"metax-c600"_s });
    Chip chip = *document.userChip(u"acme-x1"_s);
    QVERIFY(!ChipFields::field(u"notes").set(chip, u"Line one\n\"quoted\" — 含光"_s));
    QString error;
    QVERIFY2(document.replaceChip(chip, {}, u"Edit notes"_s, &error), qPrintable(error));
    const QString saved = m_dir.filePath(u"saved.json"_s);
    QVERIFY2(document.saveAs(saved, &error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), saved);
    QCOMPARE(document.displayName(), u"saved.json"_s);

    CatalogDocument reopened(builtInCatalog());
    const auto result = reopened.open(saved);
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.problems)));
    QCOMPARE(userJson(reopened), userJson(document));
    QCOMPARE(userIds(reopened),
        (QStringList { u"nvidia-h20"_s, u"acme-x1"_s, u"acme-x1-copy"_s, u"metax-c600"_s }));
    QCOMPARE(reopened.merged()->chip(u"acme-x1"_s)->notes, u"Line one\n\"quoted\" — 含光"_s);
    // Pretty-printed, one key per line, so that diffs of saved catalogs read well.
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\n    {\n      \"id\": \"nvidia-h20\",\n"));
}

void TestEditing::snapshotsHeldElsewhereDoNotChange()
{
    CatalogDocument document(builtInCatalog());
    QVERIFY(document.open(m_userFile).ok());
    const CatalogSnapshot held = document.merged();
    const Chip* acme = held->chip(u"acme-x1"_s);
    QVERIFY(document.removeChips({ u"acme-x1"_s }));
    QVERIFY(!document.merged()->chip(u"acme-x1"_s));
    QCOMPARE(acme->id, u"acme-x1"_s); // still valid: the page's snapshot keeps it
}

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
