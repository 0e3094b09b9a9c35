#include "numbereditordialog.h"

#include "core/numberformat.h"
#include "importer/cellparser.h"
#include "sourcedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// What the user typed, as a number: "3.35", "3,35" in a comma locale, "1,979", or with a unit
// ("3.35 TB/s"), which then sets the unit. nullopt when it is not one number.
std::optional<std::pair<double, QString>> parseTyped(const QString& text)
{
    bool ok = false;
    const double local = QLocale().toDouble(text.trimmed(), &ok);
    if (ok)
        return std::pair(local, QString());
    const ParsedCell cell = CellParser::parseNumber(text);
    if (cell.kind != ParsedCell::Kind::Number)
        return std::nullopt;
    return std::pair(cell.value, cell.unit.value_or(QString()));
}

QString valueText(double value)
{
    return QString::number(value, 'g', 15);
}
} // namespace

NumberEditorDialog::NumberEditorDialog(
    const Catalog& catalog, const Chip& chip, SpecField field, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_field(field)
    , m_apply(std::move(apply))
    , m_list(new QListWidget(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_confidence(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add another source's value"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_makePrimary(new QPushButton(tr("Show this &one"), this))
    , m_newSource(new QPushButton(tr("&New source…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"numberEditor"_s);
    setWindowTitle(tr("%1 of %2").arg(specFieldLabel(field), chip.name));
    const Dimension dimension = specFieldInfo(field).dimension;
    m_list->setObjectName(u"numberList"_s);
    m_value->setObjectName(u"numberValue"_s);
    m_unit->setObjectName(u"numberUnit"_s);
    m_source->setObjectName(u"numberSource"_s);
    m_confidence->setObjectName(u"numberConfidence"_s);
    m_note->setObjectName(u"numberNote"_s);
    m_error->setObjectName(u"numberError"_s);
    m_unit->addItems(Units::acceptedUnits(dimension));
    for (const auto& source : catalog.sources)
        m_source->addItem(
            source.title.isEmpty() ? source.id : source.title + u" ("_s + source.id + u')', source.id);
    for (const auto confidence :
        { Confidence::Official, Confidence::Reported, Confidence::Rumored, Confidence::Estimate })
        m_confidence->addItem(confidenceLabel(confidence), int(confidence));
    m_note->setPlaceholderText(tr("which variant, why this source differs, …"));
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    if (const auto& value = chip.spec(field)) {
        for (const SourcedNumber& n : QList<SourcedNumber> { value->primary } + value->alternatives)
            m_entries.append({ valueText(n.value), n.unit, n.sourceId, n.confidence, n.note(), n.extra() });
    }

    auto* intro = new QLabel(tr("Each source's value, in the unit it printed; the first is the one "
                                "shown, the others stay visible as disagreeing sources. Units "
                                "convert to %1.")
                                 .arg(Units::canonicalUnit(dimension)),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Unit:"), m_unit);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_newSource);
    // A label for a row of widgets needs its buddy named, or the '&' shows.
    auto* sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("N&ote:"), m_note);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_makePrimary);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* unknown = buttons->addButton(tr("Make &unknown"), QDialogButtonBox::ResetRole);
    unknown->setObjectName(u"makeUnknown"_s);
    unknown->setToolTip(
        tr("Remove every value: the chip's %1 becomes unknown (a dash)").arg(specFieldLabel(field)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(unknown, &QPushButton::clicked, this, [this] {
        m_entries.clear();
        m_current = -1;
        refreshList();
        accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_showing)
            return;
        storeEntry();
        showEntry(row);
    });
    for (QLineEdit* edit : { m_value, m_note })
        connect(edit, &QLineEdit::textEdited, this, [this] { storeEntry(); });
    for (QComboBox* box : { m_unit, m_source, m_confidence })
        connect(box, &QComboBox::activated, this, [this] { storeEntry(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        storeEntry();
        Entry entry;
        entry.unit = m_entries.isEmpty() ? Units::canonicalUnit(specFieldInfo(m_field).dimension)
                                         : m_entries.first().unit;
        m_entries.append(entry);
        refreshList();
        m_list->setCurrentRow(int(m_entries.size()) - 1);
        m_value->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        m_entries.removeAt(m_current);
        m_current = -1;
        refreshList();
        m_list->setCurrentRow(std::min<int>(m_list->currentRow(), int(m_entries.size()) - 1));
        if (m_list->currentRow() < 0 && !m_entries.isEmpty())
            m_list->setCurrentRow(0);
        showEntry(m_list->currentRow());
    });
    connect(m_makePrimary, &QPushButton::clicked, this, [this] {
        storeEntry();
        if (m_current <= 0)
            return;
        m_entries.move(m_current, 0);
        m_current = -1;
        refreshList();
        m_list->setCurrentRow(0);
    });
    connect(m_newSource, &QPushButton::clicked, this, &NumberEditorDialog::chooseNewSource);

    if (m_entries.isEmpty()) // a new value: start with one entry to fill in
        m_entries.append(
            { QString(), Units::canonicalUnit(dimension), QString(), Confidence::Reported, {}, {} });
    refreshList();
    m_list->setCurrentRow(0);
    showEntry(0);
    m_value->setFocus();
    m_value->selectAll();
}

void NumberEditorDialog::refreshList()
{
    m_showing = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        const QString role = i == 0 ? tr("Shown") : tr("Also reported");
        const QString value = e.valueText.isEmpty() ? tr("(no value yet)") : e.valueText + u' ' + e.unit;
        m_list->addItem(u"%1: %2 — %3, %4"_s.arg(
            role, value, e.sourceId.isEmpty() ? tr("no source") : e.sourceId, confidenceLabel(e.confidence)));
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    m_showing = false;
    m_remove->setEnabled(!m_entries.isEmpty());
}

void NumberEditorDialog::showEntry(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_entries.size();
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_value, m_unit, m_source, m_confidence, m_note, m_newSource })
        w->setEnabled(valid);
    m_makePrimary->setEnabled(valid && row > 0);
    if (!valid)
        return;
    const Entry& e = m_entries[row];
    m_value->setText(e.valueText);
    m_unit->setCurrentIndex(std::max(0, m_unit->findText(e.unit)));
    m_source->setCurrentIndex(m_source->findData(e.sourceId));
    m_confidence->setCurrentIndex(std::max(0, m_confidence->findData(int(e.confidence))));
    m_note->setText(e.note);
}

void NumberEditorDialog::storeEntry()
{
    if (m_current < 0 || m_current >= m_entries.size())
        return;
    Entry& e = m_entries[m_current];
    e.valueText = m_value->text().trimmed();
    e.unit = m_unit->currentText();
    e.sourceId = m_source->currentData().toString();
    e.confidence = Confidence(m_confidence->currentData().toInt());
    e.note = m_note->text().trimmed();
    // A unit typed with the value ("3.35 TB/s") is the unit.
    if (const auto typed = parseTyped(e.valueText);
        typed && !typed->second.isEmpty() && m_unit->findText(typed->second) >= 0) {
        e.unit = typed->second;
        e.valueText = valueText(typed->first);
        m_unit->setCurrentText(e.unit);
    }
    refreshList();
}

void NumberEditorDialog::addSource(const Source& source)
{
    m_newSources.append(source);
    m_source->addItem(source.title + u" ("_s + source.id + u')', source.id);
}

void NumberEditorDialog::chooseNewSource()
{
    SourceDialog dialog(
        [this](const QString& id) {
            return m_catalog.source(id)
                || std::any_of(m_newSources.cbegin(), m_newSources.cend(),
                    [&id](const Source& s) { return s.id == id; });
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addSource(dialog.source());
    m_source->setCurrentIndex(m_source->count() - 1);
    storeEntry();
}

std::optional<SpecValue> NumberEditorDialog::build(QString* error) const
{
    const Dimension dimension = specFieldInfo(m_field).dimension;
    QList<SourcedNumber> numbers;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        const QString which = i == 0 ? tr("The shown value") : tr("Value %1").arg(i + 1);
        const auto typed = parseTyped(e.valueText);
        if (!typed || !std::isfinite(typed->first) || typed->first <= 0) {
            *error
                = tr("%1: \"%2\" is not a positive number. Leave a value out with Remove, or make the whole "
                     "field unknown.")
                      .arg(which, e.valueText);
            return std::nullopt;
        }
        const auto canonical = Units::toCanonical(typed->first, e.unit, dimension);
        if (!canonical) {
            *error = tr("%1: %2 is not a unit of %3").arg(which, e.unit, specFieldLabel(m_field));
            return std::nullopt;
        }
        if (e.sourceId.isEmpty()) {
            *error = tr("%1: choose its source, or define a new one.").arg(which);
            return std::nullopt;
        }
        SourcedNumber n;
        n.value = typed->first;
        n.unit = e.unit;
        n.canonical = *canonical;
        n.sourceId = e.sourceId;
        n.confidence = e.confidence;
        n.setNote(e.note);
        n.setExtra(e.extra);
        numbers.append(n);
    }
    if (numbers.isEmpty())
        return std::nullopt;
    return SpecValue { numbers.takeFirst(), numbers };
}

void NumberEditorDialog::accept()
{
    storeEntry();
    QString error;
    const auto value = build(&error);
    if (error.isEmpty()) {
        // Only the sources a value cites go into the catalog.
        QList<Source> used;
        for (const auto& source : std::as_const(m_newSources)) {
            if (std::any_of(m_entries.cbegin(), m_entries.cend(),
                    [&source](const Entry& e) { return e.sourceId == source.id; }))
                used.append(source);
        }
        error = m_apply(value, used);
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}
