#pragma once

#include "io/diagnostic.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

// The problems panel's rows: one diagnostic each, its text made when a row is drawn. A merged
// dataset can bring a policy warning for every chip; a list widget made an item for each of
// 100,000 of them up front, on the GUI thread.
class DiagnosticListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit DiagnosticListModel(QObject* parent = nullptr);

    void setDiagnostics(const QList<Diagnostic>& diagnostics);
    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Diagnostic> m_diagnostics;
    QIcon m_warningIcon;
    QIcon m_errorIcon;
};
