#include "diagnosticlistmodel.h"

#include <QApplication>
#include <QStyle>

DiagnosticListModel::DiagnosticListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
    , m_errorIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical))
{
}

void DiagnosticListModel::setDiagnostics(const QList<Diagnostic>& diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

QVariant DiagnosticListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic& diagnostic = m_diagnostics[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return diagnostic.toString();
    case Qt::DecorationRole:
        return diagnostic.isWarning() ? m_warningIcon : m_errorIcon;
    default:
        return {};
    }
}
