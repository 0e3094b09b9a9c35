// MainWindow: the pages behind the tabs. Only the table is built with the window; the others are
// built when first shown, or when something first needs them (an export, Compare selected), so
// that start-up pays only for what the first paint shows.

#include "chartpage.h"
#include "comparepage.h"
#include "ecosystempage.h"
#include "llmfitpage.h"
#include "mainwindow.h"
#include "settings.h"
#include "systemspage.h"
#include "tablepage.h"

#include <QSignalBlocker>
#include <QTabWidget>

using namespace Qt::StringLiterals;

void MainWindow::addLazyPage(const QString& name, const QString& title)
{
    // An empty holder stands in the tab until the page takes its place.
    auto* holder = new QWidget(this);
    holder->setObjectName(name + u"PageHolder"_s);
    m_pages->addTab(holder, title);
}

void MainWindow::placePage(const QString& name, QWidget* page)
{
    QWidget* holder = holderOf(name);
    const int index = m_pages->indexOf(holder);
    const bool current = m_pages->currentIndex() == index;
    // The page itself goes into the tab (not into the holder): hidden pages must be hidden
    // themselves, which is how they know to put off rebuilding (RebuildScheduler).
    const QSignalBlocker blocker(m_pages);
    m_pages->insertTab(index, page, m_pages->tabText(index));
    m_pages->removeTab(index + 1);
    holder->deleteLater();
    if (current)
        m_pages->setCurrentIndex(index);
}

QWidget* MainWindow::holderOf(const QString& name) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == name + u"PageHolder"_s)
            return m_pages->widget(i);
    }
    return nullptr;
}

bool MainWindow::isPageBuilt(const QString& name) const
{
    return !holderOf(name);
}

void MainWindow::buildPageAt(int index)
{
    const QString name = m_pages->widget(index)->objectName();
    if (name == u"chartPageHolder"_s)
        chartPage();
    else if (name == u"comparePageHolder"_s)
        comparePage();
    else if (name == u"ecosystemPageHolder"_s)
        ecosystemPage();
    else if (name == u"llmPageHolder"_s)
        llmFitPage();
    else if (name == u"systemsPageHolder"_s)
        systemsPage();
}

ChartPage* MainWindow::chartPage()
{
    if (m_chartPage)
        return m_chartPage;
    m_chartPage = new ChartPage(m_model, m_proxy, this);
    if (m_options.restoreSettings)
        m_chartPage->restoreState(Settings::value(Settings::Key::ChartState).toMap());
    connect(m_tablePage, &TablePage::selectedChipsChanged, m_chartPage, &ChartPage::setHighlightedChips);
    m_chartPage->setHighlightedChips(m_tablePage->selectedChipIds());
    if (m_comparePage) {
        connect(m_comparePage, &ComparePage::chipIdsChanged, m_chartPage, &ChartPage::setComparedChips);
        m_chartPage->setComparedChips(m_comparePage->chipIds());
    }
    placePage(u"chart"_s, m_chartPage);
    return m_chartPage;
}

ComparePage* MainWindow::comparePage()
{
    if (m_comparePage)
        return m_comparePage;
    m_comparePage = new ComparePage(m_model, this);
    if (m_options.restoreSettings)
        m_comparePage->restoreSplitterState(Settings::value(Settings::Key::CompareSplitter).toByteArray());
    if (m_chartPage)
        connect(m_comparePage, &ComparePage::chipIdsChanged, m_chartPage, &ChartPage::setComparedChips);
    placePage(u"compare"_s, m_comparePage);
    return m_comparePage;
}

EcosystemPage* MainWindow::ecosystemPage()
{
    if (m_ecosystemPage)
        return m_ecosystemPage;
    m_ecosystemPage = new EcosystemPage(m_model, m_proxy, this);
    placePage(u"ecosystem"_s, m_ecosystemPage);
    return m_ecosystemPage;
}

LlmFitPage* MainWindow::llmFitPage()
{
    if (m_llmFitPage)
        return m_llmFitPage;
    m_llmFitPage = new LlmFitPage(m_model, m_proxy, this);
    if (m_options.restoreSettings)
        m_llmFitPage->restoreState(Settings::value(Settings::Key::LlmFitState).toMap());
    placePage(u"llm"_s, m_llmFitPage);
    return m_llmFitPage;
}

SystemsPage* MainWindow::systemsPage()
{
    if (m_systemsPage)
        return m_systemsPage;
    m_systemsPage = new SystemsPage(m_model, this);
    connect(m_systemsPage, &SystemsPage::compareRequested, this, [this](const QStringList& ids) {
        comparePage()->setSystemIds(ids);
        showPage(u"compare"_s);
    });
    placePage(u"systems"_s, m_systemsPage);
    return m_systemsPage;
}
