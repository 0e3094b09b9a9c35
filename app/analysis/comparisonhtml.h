#pragma once

#include "comparison.h"

#include <QDate>
#include <QString>

// The comparison as an HTML table: for PNG/PDF rendering and the clipboard's rich-text form.
namespace ComparisonHtml {
QString build(const Comparison& comparison, bool differencesOnly, QDate catalogDate);
}
