// MainWindow: editing the user catalog — table cells, the number editor, and the Chips menu's
// add, duplicate, delete and copy to my catalog. Every edit goes through the document's undo stack.

#include "editing/catalogdocument.h"
#include "mainwindow.h"
#include "matchdialog.h"
#include "models/chiptablemodel.h"
#include "numbereditordialog.h"
#include "tablepage.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

void MainWindow::updateEditActions()
{
    if (!m_deleteAction)
        return;
    const QStringList selected = m_tablePage->selectedChipIds();
    const bool anyMine = std::any_of(
        selected.cbegin(), selected.cend(), [this](const QString& id) { return m_document->isEditable(id); });
    const bool anyBuiltIn = std::any_of(selected.cbegin(), selected.cend(),
        [this](const QString& id) { return !m_document->isEditable(id) && m_document->builtIn()->chip(id); });
    m_deleteAction->setEnabled(anyMine);
    m_copyToMineAction->setEnabled(anyBuiltIn);
    m_duplicateAction->setEnabled(!m_tablePage->currentChipId().isEmpty());
    m_saveAction->setEnabled(m_document->hasUserCatalog());
}

bool MainWindow::editChipText(const QString& chipId, const ChipField& field, const QString& text)
{
    const Chip* original = m_document->userChip(chipId);
    if (!original)
        return false;
    Chip chip = *original;
    QString error;
    if (const auto problem = field.set(chip, text))
        error = *problem;
    else if (m_document->replaceChip(chip, {}, tr("Edit %1 of %2").arg(field.labelText(), chip.name), &error))
        return true;
    QMessageBox::warning(this, tr("Not changed"),
        tr("%1 of %2 was not changed:\n%3").arg(field.labelText(), original->name, error));
    return false;
}

void MainWindow::editNumber(const QString& chipId, const QString& fieldKey)
{
    const Chip* chip = m_document->userChip(chipId);
    const auto field = std::find_if(specFields().cbegin(), specFields().cend(),
        [&fieldKey](const SpecFieldInfo& info) { return info.jsonKey == fieldKey; });
    if (!chip || field == specFields().cend())
        return;
    const SpecField which = field->field;
    const Chip original = *chip;
    // The dialog reads sources from this snapshot; holding it keeps it alive when an edit
    // replaces the document's.
    const CatalogSnapshot sources = m_document->merged();
    NumberEditorDialog dialog(
        *sources, original, which,
        [this, original, which](const std::optional<SpecValue>& value, const QList<Source>& newSources) {
            Chip edited = original;
            edited.setSpec(which, value);
            QString error;
            m_document->replaceChip(
                edited, newSources, tr("Edit %1 of %2").arg(specFieldLabel(which), original.name), &error);
            return error;
        },
        this);
    dialog.exec();
}

void MainWindow::editTextField(const QString& chipId, const QString& fieldKey)
{
    const Chip* chip = m_document->userChip(chipId);
    const ChipField* found = ChipFields::find(fieldKey);
    if (!chip || !found || !found->editable)
        return;
    const ChipField& field = *found;
    const QString title = tr("%1 of %2").arg(field.labelText(), chip->name);
    const QString current = field.value(*chip);
    const auto choices = field.choices();
    bool ok = false;
    QString text;
    if (!choices.isEmpty()) {
        QStringList labels;
        int currentIndex = 0;
        for (int i = 0; i < choices.size(); ++i) {
            labels.append(choices[i].second);
            if (choices[i].first == current)
                currentIndex = i;
        }
        const QString label
            = QInputDialog::getItem(this, title, field.labelText(), labels, currentIndex, false, &ok);
        text = ok ? choices[labels.indexOf(label)].first : QString();
    } else if (field.multiline) {
        text = QInputDialog::getMultiLineText(this, title, field.labelText(), current, &ok);
    } else {
        text = QInputDialog::getText(this, title, field.labelText(), QLineEdit::Normal, current, &ok);
    }
    if (ok && text.trimmed() != current)
        editChipText(chipId, field, text);
}

void MainWindow::addChip()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add chip"), tr("Name of the new chip:"), QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    // An id from the name, as the importer makes them: lower case, words joined by '-'.
    QString base = name.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    base.remove(QRegularExpression(u"^-+|-+$"_s));
    Chip chip;
    chip.id = m_document->freeId(base.isEmpty() ? u"chip"_s : base);
    chip.name = name;
    QString error;
    if (!m_document->addChip(chip, &error)) {
        QMessageBox::warning(this, tr("Chip not added"), error);
        return;
    }
    showChipField(chip.id, QString());
    showStatus(tr("Added %1 (id %2) to %3; double-click a cell to fill it in.")
                   .arg(name, chip.id, m_document->displayName()),
        8000);
}

void MainWindow::duplicateCurrentChip()
{
    const QString id = m_tablePage->currentChipId();
    const QString copy = m_document->duplicateChip(id);
    if (!copy.isEmpty())
        showChipField(copy, QString());
}

void MainWindow::deleteSelectedChips()
{
    QStringList mine;
    for (const QString& id : m_tablePage->selectedChipIds()) {
        if (m_document->isEditable(id))
            mine.append(id);
    }
    if (mine.isEmpty()) {
        showStatus(tr("Built-in chips cannot be deleted; filters hide them."), 5000);
        return;
    }
    // No confirmation: Edit → Undo brings them back.
    m_document->removeChips(mine);
    showStatus(tr("Deleted %n chip(s) from %1; Edit → Undo brings them back.", nullptr, int(mine.size()))
                   .arg(m_document->displayName()),
        8000);
}

void MainWindow::copySelectedToMyCatalog()
{
    const QStringList copied = m_document->copyToUserCatalog(m_tablePage->selectedChipIds());
    if (copied.isEmpty())
        return;
    showStatus(tr("Copied %n chip(s) to %1: edit them there; they replace the built-in ones.", nullptr,
                   int(copied.size()))
                   .arg(m_document->displayName()),
        8000);
    showChipField(copied.first(), QString());
}

void MainWindow::findMatches()
{
    if (!m_document->hasUserCatalog()) {
        QMessageBox::information(this, tr("Find the same chip under other ids"),
            tr("Open or import your catalog first: its chips are paired with those of the catalogs "
               "before it (the built-in one, and any opened as reference)."));
        return;
    }
    MatchDialog dialog(m_document->builtIn(), m_document->user(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto pairs = dialog.tickedPairs();
    const ChipField& aliasesField = ChipFields::field(u"aliases");
    QUndoStack* undo = m_document->undoStack();
    undo->beginMacro(tr("Join %n chip(s) to the same chip under another id", nullptr, int(pairs.size())));
    QStringList failed;
    for (const auto& [mine, other] : pairs) {
        const Chip* original = m_document->userChip(mine);
        if (!original)
            continue;
        Chip joined = *original;
        QStringList aliases = joined.aliases();
        if (!aliases.contains(other))
            aliases.append(other);
        QString error;
        if (const auto problem = aliasesField.set(joined, aliases.join(u", "_s)))
            error = *problem;
        else if (m_document->replaceChip(joined, {}, tr("Join %1 to %2").arg(mine, other), &error))
            continue;
        failed.append(tr("%1: %2").arg(mine, error));
    }
    undo->endMacro();
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Not joined"), failed.join(u'\n'));
    else
        showStatus(tr("Joined %n chip(s); Edit → Undo takes it back.", nullptr, int(pairs.size())));
}
