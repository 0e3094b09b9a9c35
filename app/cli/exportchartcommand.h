#pragma once

#include <QStringList>

int runExportChartCommand(const QStringList& arguments);
