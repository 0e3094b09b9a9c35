#pragma once

class CommandContext;

// `chipcompare check`: its description and options (the one place they are written: --help, the
// `help` synopsis and the documentation checks all read them), then what it does.
void defineCheckCommand(CommandContext& context);
int runCheckCommand(CommandContext& context);
