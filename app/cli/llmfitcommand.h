#pragma once

#include <QStringList>

int runLlmFitCommand(const QStringList& arguments);
