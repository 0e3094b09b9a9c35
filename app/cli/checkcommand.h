#pragma once

#include <QStringList>

int runCheckCommand(const QStringList& arguments);
