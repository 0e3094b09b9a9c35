#include "sourcedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SourceDialog::SourceDialog(std::function<bool(const QString&)> isTaken, QWidget* parent)
    : QDialog(parent)
    , m_isTaken(std::move(isTaken))
    , m_id(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_publisher(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_accessed(new QDateEdit(QDate::currentDate(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New source"));
    setObjectName(u"sourceDialog"_s);
    m_id->setObjectName(u"sourceId"_s);
    m_id->setPlaceholderText(tr("e.g. acme-datasheet-2025"));
    m_title->setObjectName(u"sourceTitle"_s);
    m_url->setPlaceholderText(u"https://"_s);
    m_kind->setObjectName(u"sourceKind"_s);
    m_kind->addItem(tr("(choose)"), QString());
    for (const auto kind : allSourceKinds())
        m_kind->addItem(sourceKindLabel(kind), sourceKindKey(kind));
    m_accessed->setCalendarPopup(true);
    m_accessed->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_error->setObjectName(u"sourceError"_s);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Link:"), m_url);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Accessed:"), m_accessed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Source SourceDialog::source() const
{
    Source source;
    source.id = m_id->text().trimmed();
    source.title = m_title->text().trimmed();
    source.url = m_url->text().trimmed();
    source.publisher = m_publisher->text().trimmed();
    source.accessed = m_accessed->date();
    source.kind = sourceKindFromKey(m_kind->currentData().toString());
    return source;
}

void SourceDialog::accept()
{
    const Source s = source();
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    QString error;
    if (!idPattern.match(s.id).hasMatch())
        error = tr("The id must be lower-case letters, digits, '.', '_' or '-', such as acme-datasheet.");
    else if (m_isTaken && m_isTaken(s.id))
        error = tr("A source with the id '%1' exists already; pick it from the list instead.").arg(s.id);
    else if (s.title.isEmpty())
        error = tr("A source needs a title, as it would be cited.");
    else if (!s.kind)
        error = tr("Choose what kind of publication the source is: it decides which confidence its "
                   "numbers can carry.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}
