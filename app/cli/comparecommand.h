#pragma once

class CommandContext;

// `chipcompare compare`: its description and options (the one place they are written: --help, the
// `help` synopsis and the documentation checks all read them), then what it does.
void defineCompareCommand(CommandContext& context);
int runCompareCommand(CommandContext& context);
