#pragma once

#include <QString>
#include <QStringList>

// The headless commands of the same binary: `chipcompare list`, `chipcompare check`, ...
namespace Cli {

bool isCommand(const char* word);
int run(int argc, char** argv);
QString usage(); // one line per command, for `chipcompare help` and the no-display notice
QStringList commandNames(); // "list", "check", ...
QStringList optionNames(const QString& command); // its options, as --help lists them

// Exit codes users script against.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1; // invalid input data, unwritable output, unknown chip, ...
constexpr int kExitUsage = 2; // wrong options

} // namespace Cli
