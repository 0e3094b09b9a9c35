#include "filterbar.h"

#include "core/catalog.h"
#include "multiselectbutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    // Mnemonics (Alt+N, Alt+M, Alt+S, Alt+L) that no menu title uses.
    , m_vendors(new MultiSelectButton(tr("Ve&ndor"), this))
    , m_memoryTypes(new MultiSelectButton(tr("&Memory"), this))
    , m_statuses(new MultiSelectButton(tr("&Status"), this))
    , m_years(new QLineEdit(this))
    , m_where(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(0);
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::emitFilter);
    m_search->setPlaceholderText(tr("Search names, vendors, software, notes…"));
    m_search->setAccessibleName(tr("Search chips"));
    m_search->setAccessibleDescription(tr("Shows the chips whose names, vendor, software stack or notes "
                                          "contain the text."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120); // the window must still fit 800 pixels
    m_search->setObjectName(QStringLiteral("searchEdit"));

    m_years->setObjectName(QStringLiteral("yearsEdit"));
    m_years->setPlaceholderText(tr("2020..2026")); // the syntax at a glance; the tooltip says more
    m_years->setAccessibleName(tr("Years announced"));
    m_years->setAccessibleDescription(yearsHelp());
    m_years->setToolTip(yearsHelp());
    m_years->setClearButtonEnabled(true);
    m_years->setMaximumWidth(95);
    m_where->setObjectName(QStringLiteral("whereEdit"));
    m_where->setPlaceholderText(tr("memory-gb>=64"));
    m_where->setAccessibleName(tr("Conditions on metrics"));
    m_where->setAccessibleDescription(whereHelp());
    m_where->setToolTip(whereHelp());
    m_where->setClearButtonEnabled(true);
    m_where->setMaximumWidth(130);

    QStringList statusLabels;
    QStringList statusKeys;
    for (const auto status : allChipStatuses()) {
        statusLabels.append(chipStatusLabel(status));
        statusKeys.append(chipStatusKey(status));
    }
    m_statusLabels = statusLabels;
    m_statusKeys = statusKeys;
    m_statuses->setChoices(statusLabels, statusKeys);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_vendors);
    layout->addWidget(m_memoryTypes);
    layout->addWidget(m_statuses);
    layout->addWidget(m_years);
    layout->addWidget(m_where);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_clear);
    layout->addWidget(m_count);

    connect(m_vendors, &MultiSelectButton::selectionChanged, this, &FilterBar::emitFilter);
    connect(m_memoryTypes, &MultiSelectButton::selectionChanged, this, &FilterBar::emitFilter);
    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &FilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_searchDelay->interval() == 0)
            emitFilter();
        else
            m_searchDelay->start();
    });
    for (QLineEdit* edit : { m_years, m_where })
        connect(edit, &QLineEdit::textChanged, this, &FilterBar::emitFilter);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
}

void FilterBar::setCatalog(const Catalog& catalog)
{
    setCatalog(catalog, FilterChoices::of(catalog));
}

void FilterBar::setCatalog(const Catalog& catalog, const FilterChoices& choices)
{
    // Chips without a vendor or status (imported tables rarely have a status) are found as "unknown".
    QStringList vendorLabels = choices.vendors;
    QStringList vendorKeys = vendorLabels;
    QStringList statusLabels = m_statusLabels;
    QStringList statusKeys = m_statusKeys;
    const bool noVendor = choices.unknownVendor;
    const bool noStatus = choices.unknownStatus;
    if (noVendor) {
        vendorLabels.append(tr("unknown"));
        vendorKeys.append(ChipFilter::unknownKey());
    }
    if (noStatus) {
        statusLabels.append(tr("unknown"));
        statusKeys.append(ChipFilter::unknownKey());
    }
    m_vendors->setChoices(vendorLabels, vendorKeys);
    m_statuses->setChoices(statusLabels, statusKeys);
    m_memoryTypes->setChoices(choices.memoryTypes);
    m_searchDelay->setInterval(catalog.chips.size() > kDebounceAboveChips ? kDebounceMs : 0);
    emitFilter();
}

ChipFilter FilterBar::filter() const
{
    QString yearError;
    QString whereError;
    return filter(&yearError, &whereError);
}

ChipFilter FilterBar::filter(QString* yearError, QString* whereError) const
{
    ChipFilter filter;
    filter.setVendors(m_vendors->selected());
    filter.setMemoryTypes(m_memoryTypes->selected());
    for (const auto& key : m_statuses->selected()) {
        if (const auto status = chipStatusFromKey(key))
            filter.statuses.insert(*status);
        else if (key == ChipFilter::unknownKey())
            filter.unknownStatus = true;
    }
    filter.setSearchText(m_search->text());
    readYearsAndConditions(filter, yearError, whereError);
    return filter;
}

void FilterBar::readYearsAndConditions(ChipFilter& filter, QString* yearError, QString* whereError) const
{
    if (!m_years->text().trimmed().isEmpty())
        filter.setYearRange(m_years->text().trimmed(), yearError);
    QStringList errors;
    for (const QString& part : m_where->text().split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        QString error;
        if (const auto condition = MetricCondition::parse(part.trimmed(), &error))
            filter.conditions.append(*condition);
        else
            errors.append(error);
    }
    *whereError = errors.join(u"; "_s);
}

QVariantMap FilterBar::state() const
{
    return { { u"vendors"_s, m_vendors->selected() }, { u"memoryTypes"_s, m_memoryTypes->selected() },
        { u"statuses"_s, m_statuses->selected() }, { u"search"_s, m_search->text() },
        { u"years"_s, m_years->text() }, { u"where"_s, m_where->text() } };
}

void FilterBar::restoreState(const QVariantMap& state)
{
    m_vendors->setSelected(state.value(u"vendors"_s).toStringList());
    m_memoryTypes->setSelected(state.value(u"memoryTypes"_s).toStringList());
    m_statuses->setSelected(state.value(u"statuses"_s).toStringList());
    m_search->setText(state.value(u"search"_s).toString());
    m_years->setText(state.value(u"years"_s).toString());
    m_where->setText(state.value(u"where"_s).toString());
    emitFilter();
}

void FilterBar::setCounts(int shown, int total)
{
    m_count->setText(tr("%1 of %n chip(s)", nullptr, total).arg(shown));
}

void FilterBar::clear()
{
    m_vendors->setSelected({});
    m_memoryTypes->setSelected({});
    m_statuses->setSelected({});
    for (QLineEdit* edit : { m_search, m_years, m_where }) {
        const QSignalBlocker blocker(edit);
        edit->clear();
    }
    emitFilter();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::emitFilter()
{
    QString yearError;
    QString whereError;
    const ChipFilter chosen = filter(&yearError, &whereError);
    // Text that does not read is shown in red and left out of the filter, with the reason.
    const auto mark = [this](QLineEdit* edit, const QString& error, const QString& help) {
        QPalette colours = palette();
        if (!error.isEmpty())
            colours.setColor(QPalette::Text, QColor(214, 39, 40)); // the table's "disagree" red
        edit->setPalette(colours);
        edit->setToolTip(error.isEmpty() ? help : tr("Not applied: %1").arg(error));
    };
    mark(m_years, yearError, yearsHelp());
    mark(m_where, whereError, whereHelp());
    emit filterChanged(chosen);
}

QString FilterBar::yearsHelp()
{
    return tr("Only chips announced in these years: 2020..2026, 2020.., ..2026 or 2024.");
}

QString FilterBar::whereHelp()
{
    return tr("Only chips whose metrics meet these conditions, comma-separated: memory-gb>=64, tdp-w<=700 "
              "(canonical units: GB, GB/s, TFLOPS, W). A chip whose value is unknown does not meet them.");
}
