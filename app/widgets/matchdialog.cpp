#include "matchdialog.h"

#include "analysis/chipmatcher.h"
#include "core/numberformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kIdRole = Qt::UserRole + 1; // your chip's id on the Your-chip cell, the other's on Same-as
}

MatchDialog::MatchDialog(CatalogSnapshot earlier, CatalogSnapshot yours, QWidget* parent)
    : QDialog(parent)
    , m_earlier(std::move(earlier))
    , m_yours(std::move(yours))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_join(new QPushButton(tr("&Join ticked pairs"), this))
{
    setObjectName(u"matchDialog"_s);
    setWindowTitle(tr("The same chip under other ids"));
    m_model->setHorizontalHeaderLabels({ tr("Join"), tr("Your chip"), tr("Same as"), tr("Score"), tr("Why") });
    const QList<ChipMatch> matches = ChipMatcher::match(*m_earlier, *m_yours);
    for (const ChipMatch& match : matches) {
        auto* join = new QStandardItem;
        join->setCheckable(true);
        join->setEditable(false);
        auto* mine = new QStandardItem(match.right->name + u" ("_s + match.right->id + u')');
        mine->setData(match.right->id, kIdRole);
        auto* other = new QStandardItem(match.left->name + u" ("_s + match.left->id + u')');
        other->setData(match.left->id, kIdRole);
        auto* score = new QStandardItem(NumberFormat::formatNumber(match.score, true, 2));
        score->setData(match.score, Qt::UserRole); // sorts as a number
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* why = new QStandardItem(match.reasons.join(u"; "_s));
        why->setToolTip(match.reasons.join(u'\n'));
        for (QStandardItem* item : { mine, other, score, why })
            item->setEditable(false);
        m_model->appendRow({ join, mine, other, score, why });
    }
    m_model->setSortRole(Qt::UserRole);
    m_summary->setObjectName(u"matchSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(matches.isEmpty()
            ? tr("No chip of your catalog (%1 chips) looks like a chip of the catalogs before it under "
                 "another id.")
                  .arg(m_yours->chips.size())
            : tr("%n likely pair(s) between your catalog and the catalogs before it. Tick the pairs that are "
                 "the same chip: joining gives your chip the other's id as an alias, and the two merge "
                 "field by field (Edit → Undo takes it back).",
                  nullptr, int(matches.size())));

    m_view->setObjectName(u"matchPairs"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Likely pairs of chips"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    m_join->setObjectName(u"matchJoin"_s);
    m_join->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_join, QDialogButtonBox::AcceptRole);
    // Each of your chips' likeliest partner (the first listed), for a long list read through once.
    auto* tickAll = buttons->addButton(tr("Tick the &best of each"), QDialogButtonBox::ActionRole);
    tickAll->setObjectName(u"matchTickBest"_s);
    tickAll->setEnabled(!matches.isEmpty());
    connect(tickAll, &QPushButton::clicked, this, [this] {
        QSet<QString> seen;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString mine = m_model->item(r, YourChipColumn)->data(kIdRole).toString();
            if (!seen.contains(mine))
                m_model->item(r, JoinColumn)->setCheckState(Qt::Checked);
            seen.insert(mine);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (item->column() == JoinColumn)
            ticksChanged(item->row());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(980, 460);
}

void MatchDialog::ticksChanged(int row)
{
    if (m_updating)
        return;
    // One of your chips joins one other chip: ticking a second partner unticks the first.
    const QString mine = m_model->item(row, YourChipColumn)->data(kIdRole).toString();
    if (m_model->item(row, JoinColumn)->checkState() == Qt::Checked) {
        m_updating = true;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (r != row && m_model->item(r, YourChipColumn)->data(kIdRole).toString() == mine)
                m_model->item(r, JoinColumn)->setCheckState(Qt::Unchecked);
        }
        m_updating = false;
    }
    m_join->setEnabled(!tickedPairs().isEmpty());
}

QList<std::pair<QString, QString>> MatchDialog::tickedPairs() const
{
    QList<std::pair<QString, QString>> pairs;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, JoinColumn)->checkState() == Qt::Checked)
            pairs.append({ m_model->item(r, YourChipColumn)->data(kIdRole).toString(),
                m_model->item(r, SameAsColumn)->data(kIdRole).toString() });
    }
    return pairs;
}
