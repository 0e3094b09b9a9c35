#include "comparisonhtml.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ComparisonHtml {

QString build(const Comparison& comparison, bool differencesOnly, QDate catalogDate)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("ComparisonHtml", text); };
    const DataTable table = comparison.toHumanTable(differencesOnly, false);
    QString html = u"<html><body style='font-family: \"DejaVu Sans\"; font-size: 11pt; color: #202020'>"_s;
    html += u"<h3>"_s + tr("ChipCompare comparison") + u"</h3>"_s;
    html
        += u"<table border='1' cellspacing='0' cellpadding='4' style='border-collapse: collapse; border-color: #bbbbbb'>"_s;
    html += u"<tr style='background-color: #eeeeee'>"_s;
    for (int c = 1; c < table.headers.size(); ++c)
        html += u"<th>"_s + table.headers[c].toHtmlEscaped() + u"</th>"_s;
    html += u"</tr>"_s;
    QString group;
    const auto rows = comparison.visibleRows(differencesOnly);
    for (int r = 0; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r];
        if (cells[0].text != group) {
            group = cells[0].text;
            html += u"<tr style='background-color: #f6f6f6'><td colspan='"_s
                + QString::number(table.headers.size() - 1) + u"'><b>"_s + group.toHtmlEscaped()
                + u"</b></td></tr>"_s;
        }
        html += u"<tr><td>"_s + cells[1].text.toHtmlEscaped() + u"</td>"_s;
        for (int c = 2; c < cells.size(); ++c) {
            const bool best = rows[r]->cells[c - 2].best;
            const QString text = cells[c].kind == DataCell::Kind::Unknown ? u"—"_s : cells[c].text;
            html += best
                ? u"<td style='background-color: #c8e6c9'><b>"_s + text.toHtmlEscaped() + u"</b></td>"_s
                : u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    html += u"</table><p style='font-size: 9pt; color: #555555'>"_s
        + tr("★ and green: best known value of the row (higher or lower is better per metric; unknown values "
             "never "
             "count). — unknown. Ratios are to the baseline. Catalog of %1; every value's source is in "
             "ChipCompare.")
              .arg(catalogDate.toString(Qt::ISODate))
              .toHtmlEscaped()
        + u"</p></body></html>"_s;
    return html;
}

} // namespace ComparisonHtml
