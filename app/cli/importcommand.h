#pragma once

#include <QStringList>

int runImportCommand(const QStringList& arguments);
