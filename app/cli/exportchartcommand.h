#pragma once

class CommandContext;

// `chipcompare exportchart`: its description and options (the one place they are written: --help, the
// `help` synopsis and the documentation checks all read them), then what it does.
void defineExportChartCommand(CommandContext& context);
int runExportChartCommand(CommandContext& context);
