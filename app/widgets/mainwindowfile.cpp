// MainWindow: the user catalog as a file — title, Save and Save As, the unsaved-changes prompt,
// recent files and recovery after a crash.

#include "autosaver.h"
#include "editing/catalogdocument.h"
#include "mainwindow.h"
#include "settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxRecentFiles = 8;
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified mark.
    setWindowTitle(m_document->hasUserCatalog() ? tr("%1[*] — ChipCompare").arg(m_document->displayName())
                                                : tr("ChipCompare"));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
    updateEditActions();
}

bool MainWindow::save()
{
    if (!m_document->hasUserCatalog())
        return true;
    if (m_document->filePath().isEmpty()) {
        chooseSaveFile();
        return !m_document->isModified();
    }
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAs(const QString& path)
{
    QString error;
    if (!m_document->saveAs(path, &error)) {
        // The file that was there is untouched (QSaveFile), and so are the edits.
        QMessageBox::critical(this, tr("Not saved"), tr("%1\nYour changes are still open.").arg(error));
        return false;
    }
    addRecentFile(path);
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseSaveFile()
{
    const QString start = m_document->filePath().isEmpty()
        ? Settings::value(Settings::Key::LastDirectory).toString() + u"/my-chips.json"_s
        : m_document->filePath();
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save catalog"), start, tr("ChipCompare catalogs (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    saveAs(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesPrompt"_s);
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Discard)->setText(tr("&Discard changes"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        if (m_autosaver)
            m_autosaver->discard();
        return true;
    default:
        return false;
    }
}

void MainWindow::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = Settings::value(Settings::Key::RecentFiles).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    Settings::setValue(Settings::Key::RecentFiles, recent.mid(0, kMaxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings::value(Settings::Key::RecentFiles).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent[i];
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()),
            this, [this, path] { openCatalogFileInBackground(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the list"), this, [this] {
            Settings::setValue(Settings::Key::RecentFiles, QStringList());
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::offerRecovery()
{
    if (!m_autosaver || !QFileInfo::exists(m_autosaver->recoveryPath()))
        return false;
    const QString recoveryPath = m_autosaver->recoveryPath();
    const QString original = Autosaver::originalFile(recoveryPath);
    const QString name = original.isEmpty() ? tr("an untitled catalog") : QFileInfo(original).fileName();
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
        tr("ChipCompare closed without saving changes to %1 (autosaved %2). Recover them?")
            .arg(name, QLocale().toString(QFileInfo(recoveryPath).lastModified(), QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box.setObjectName(u"recoveryPrompt"_s);
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() != recover) {
        m_autosaver->discard();
        return false;
    }
    const auto result = m_document->recover(recoveryPath, original);
    if (!result.ok()) {
        // Kept for the user to look at, but not offered again at every start.
        QFile::remove(recoveryPath + u".unreadable"_s);
        QFile::rename(recoveryPath, recoveryPath + u".unreadable"_s);
        showProblems(result.problems);
        showStatus(tr("The recovery copy could not be read; it is kept as %1.")
                       .arg(QDir::toNativeSeparators(recoveryPath + u".unreadable"_s)));
        return false;
    }
    showStatus(tr("Recovered unsaved changes to %1; save them to keep them.").arg(name));
    return true;
}
