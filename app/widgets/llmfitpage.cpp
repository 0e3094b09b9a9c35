#include "llmfitpage.h"
#include "core/numberformat.h"

#include "charts/chartbuilder.h"
#include "charts/chartexport.h"
#include "charts/chartview.h"
#include "models/chipfilterproxymodel.h"
#include "models/chiptablemodel.h"
#include "models/llmfitmodel.h"
#include "models/unknownlastsortproxy.h"
#include "rebuildscheduler.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LlmFitPage::LlmFitPage(ChipTableModel* chips, ChipFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_chips(chips)
    , m_proxy(proxy)
    , m_preset(new QComboBox(this))
    , m_params(new QDoubleSpinBox(this))
    , m_active(new QDoubleSpinBox(this))
    , m_precision(new QComboBox(this))
    , m_usable(new QDoubleSpinBox(this))
    , m_showChart(new QCheckBox(tr("Show chart"), this))
    , m_formula(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_model(new LlmFitModel(this))
    , m_sorted(new UnknownLastSortProxy(this))
    , m_view(new QTableView(this))
    , m_maxChips(new QSpinBox(this))
    , m_chartView(new ChartView(this))
    , m_scheduler(new RebuildScheduler(this))
{
    setObjectName(u"llmPage"_s);
    for (const auto& preset : LlmFit::presets())
        m_preset->addItem(preset.name, preset.key);
    m_preset->addItem(tr("Custom"), QString());
    for (QDoubleSpinBox* box : { m_params, m_active }) {
        box->setRange(0.01, 100000);
        box->setDecimals(2);
        box->setSuffix(tr(" B"));
    }
    for (const auto precision :
        { LlmFit::Precision::Bf16, LlmFit::Precision::Fp8, LlmFit::Precision::Int8, LlmFit::Precision::Int4 })
        m_precision->addItem(LlmFit::precisionKey(precision).toUpper(), int(precision));
    m_usable->setRange(0.05, 1.0);
    m_usable->setSingleStep(0.05);
    m_usable->setValue(0.9);
    m_formula->setWordWrap(true);
    m_formula->setText(LlmFit::chipsNeededFormula() + u"\n"_s + LlmFit::decodeFormula());
    m_problem->setStyleSheet(u"color: #c62828"_s);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(LlmFitModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setAccessibleName(tr("LLM fit per chip"));
    m_view->setAccessibleDescription(
        tr("One row per chip: chips needed for the model's weights and the decode upper bound."));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LlmFitModel::DecodeColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->setVisible(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_maxChips->setObjectName(u"maxChips"_s);
    m_maxChips->setRange(0, 1000000);
    m_maxChips->setValue(LlmFit::Input::kDefaultMaxChips);
    m_maxChips->setSpecialValueText(tr("no limit"));
    m_maxChips->setGroupSeparatorShown(true);
    m_maxChips->setToolTip(tr("Most chips one deployment may use (8: one server). Chips that need more "
                              "are listed last, without a decode bound."));
    m_chartView->setObjectName(u"llmChart"_s);
    m_chartView->setMinimumHeight(200);
    m_chartView->setVisible(false);

    auto* exportButton = new QPushButton(tr("Export chart…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
            Settings::value(Settings::Key::LastDirectory).toString() + u"/llm-fit.png"_s,
            tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportChart(path, QSize(1600, 900), &error))
            QMessageBox::critical(this, tr("Export failed"), error);
    });

    auto* form = new QFormLayout;
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_preset);
    modelRow->addStretch(1);
    form->addRow(tr("Model:"), modelRow);
    auto* counts = new QHBoxLayout;
    // Each label names its field for screen readers (the buddy) and gives it a mnemonic-free name.
    auto labelled = [this](QHBoxLayout* row, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(counts, tr("Parameters:"), m_params);
    labelled(counts, tr("active per token:"), m_active);
    counts->addStretch(1);
    form->addRow(counts);
    auto* options = new QHBoxLayout;
    labelled(options, tr("Weights:"), m_precision);
    labelled(options, tr("Usable memory fraction:"), m_usable);
    auto* maxLabel = new QLabel(tr("&Most chips:"), this);
    maxLabel->setBuddy(m_maxChips);
    options->addWidget(maxLabel);
    options->addWidget(m_maxChips);
    options->addWidget(m_showChart);
    options->addWidget(exportButton);
    options->addStretch(1);
    form->addRow(options);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chartView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_formula);
    layout->addWidget(splitter, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto* preset = LlmFit::findPreset(m_preset->currentData().toString())) {
            m_applyingPreset = true;
            m_params->setValue(preset->parameters / 1e9);
            m_active->setValue(preset->activeParameters / 1e9);
            m_applyingPreset = false;
        }
        scheduleRebuild();
    });
    for (QDoubleSpinBox* box : { m_params, m_active }) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_applyingPreset)
                m_preset->setCurrentIndex(m_preset->count() - 1); // edited numbers are a custom model
            scheduleRebuild();
        });
    }
    connect(m_precision, &QComboBox::currentIndexChanged, this, &LlmFitPage::scheduleRebuild);
    connect(m_usable, &QDoubleSpinBox::valueChanged, this, &LlmFitPage::scheduleRebuild);
    connect(m_maxChips, &QSpinBox::valueChanged, this, &LlmFitPage::scheduleRebuild);
    connect(m_showChart, &QCheckBox::toggled, this, [this](bool on) {
        m_chartView->setVisible(on);
        scheduleRebuild();
    });
    m_scheduler->watch(proxy);
    connect(m_scheduler, &RebuildScheduler::rebuild, this, &LlmFitPage::rebuild);

    setPreset(u"qwen3-32b"_s);
    rebuild();
}

LlmFit::Input LlmFitPage::input() const
{
    LlmFit::Input input;
    input.parameters = m_params->value() * 1e9;
    input.activeParameters = m_active->value() * 1e9;
    input.precision = LlmFit::Precision(m_precision->currentData().toInt());
    input.usableFraction = m_usable->value();
    input.maxChips = m_maxChips->value();
    return input;
}

void LlmFitPage::setMaxChips(int maxChips)
{
    m_maxChips->setValue(maxChips);
}

bool LlmFitPage::setPreset(const QString& key)
{
    const int index = m_preset->findData(key.toLower());
    if (index < 0 || key.isEmpty())
        return false;
    m_preset->setCurrentIndex(index);
    if (const auto* preset = LlmFit::findPreset(key)) { // also when the index did not change
        m_applyingPreset = true;
        m_params->setValue(preset->parameters / 1e9);
        m_active->setValue(preset->activeParameters / 1e9);
        m_applyingPreset = false;
    }
    return true;
}

void LlmFitPage::setCustom(double parameters, double activeParameters)
{
    m_params->setValue(parameters / 1e9);
    m_active->setValue(activeParameters / 1e9);
}

void LlmFitPage::setPrecision(LlmFit::Precision precision)
{
    m_precision->setCurrentIndex(m_precision->findData(int(precision)));
}

void LlmFitPage::setUsableFraction(double fraction)
{
    m_usable->setValue(fraction);
}

void LlmFitPage::setChartVisible(bool visible)
{
    m_showChart->setChecked(visible);
}

void LlmFitPage::scheduleRebuild()
{
    m_scheduler->request();
}

void LlmFitPage::updateDecodeMetric()
{
    const LlmFit::Input current = input();
    const QString modelName = m_preset->currentData().toString().isEmpty()
        ? tr("%1B-parameter model").arg(NumberFormat::formatNumber(current.parameters / 1e9))
        : m_preset->currentText();
    m_decodeMetric = Metric();
    m_decodeMetric.key = u"decode-tokens-per-s-upper"_s;
    m_decodeMetric.csvKey = u"decode_tokens_per_s_upper"_s;
    m_decodeMetric.label = tr("Decode upper bound, %1, %2 weights")
                               .arg(modelName, LlmFit::precisionKey(current.precision).toUpper());
    m_decodeMetric.unit = tr("tokens/s");
    m_decodeMetric.derive
        = [current](const Chip& chip) { return LlmFit::evaluate(chip, current).decodeTokensPerSecondUpper; };
    m_decodeMetric.derivedFrom = { SpecField::MemoryCapacity, SpecField::MemoryBandwidth };
    m_decodeMetric.formula = LlmFit::decodeFormula();
}

QVariantMap LlmFitPage::state() const
{
    const LlmFit::Input current = input();
    return { { u"preset"_s, m_preset->currentData() }, { u"parameters"_s, current.parameters },
        { u"activeParameters"_s, current.activeParameters },
        { u"precision"_s, LlmFit::precisionKey(current.precision) }, { u"usable"_s, current.usableFraction },
        { u"maxChips"_s, current.maxChips }, { u"showChart"_s, m_showChart->isChecked() } };
}

void LlmFitPage::restoreState(const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    if (!setPreset(state.value(u"preset"_s).toString()))
        setCustom(state.value(u"parameters"_s).toDouble(), state.value(u"activeParameters"_s).toDouble());
    for (int i = 0; i < m_precision->count(); ++i) {
        if (LlmFit::precisionKey(LlmFit::Precision(m_precision->itemData(i).toInt()))
            == state.value(u"precision"_s).toString())
            setPrecision(LlmFit::Precision(m_precision->itemData(i).toInt()));
    }
    setUsableFraction(state.value(u"usable"_s, m_usable->value()).toDouble());
    setMaxChips(state.value(u"maxChips"_s, m_maxChips->value()).toInt());
    setChartVisible(state.value(u"showChart"_s).toBool());
}

void LlmFitPage::rebuild()
{
    const LlmFit::Input current = input();
    const auto problem = LlmFit::validate(current);
    m_problem->setText(problem.value_or(QString()));
    m_problem->setVisible(problem.has_value());
    const QVector<const Chip*> chips = problem ? QVector<const Chip*>() : m_proxy->visibleChips();
    m_model->setInput(m_chips->snapshot(), chips, current);
    m_view->resizeColumnsToContents();

    updateDecodeMetric();
    ChartRequest request;
    request.metric = &m_decodeMetric;
    if (current.maxChips > 0)
        request.note = tr(
            "Chips that need more than %Ln chip(s) have no decode bound (n/a).", nullptr, current.maxChips);
    m_chartData = ChartDataBuilder::build(m_chips->catalog(), chips, request);
    if (m_showChart->isChecked())
        m_chartView->setChart(
            m_chartData, ChartStyle { palette().color(QPalette::Window).lightness() < 128, {} });
}

bool LlmFitPage::exportChart(const QString& path, QSize size, QString* error)
{
    m_scheduler->flush();
    return ChartExport::exportToFile(m_chartData, path, size, 0, error);
}
