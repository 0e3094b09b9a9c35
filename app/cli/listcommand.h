#pragma once

#include <QStringList>

int runListCommand(const QStringList& arguments);
