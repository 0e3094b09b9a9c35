#pragma once

#include <QStringList>

int runCompareCommand(const QStringList& arguments);
