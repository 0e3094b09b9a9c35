#include "diagnostic.h"

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line) + u':' + QString::number(column);
    text += u": "_s;
    if (isWarning())
        text += u"warning: "_s;
    if (!chipId.isEmpty())
        text += subject + u" '"_s + chipId + u"': "_s;
    if (!field.isEmpty())
        text += u"field '"_s + field + u"': "_s;
    return text + message;
}

QString formatDiagnostics(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const auto& d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}
