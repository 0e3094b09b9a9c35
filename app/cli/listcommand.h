#pragma once

class CommandContext;

// `chipcompare list`: its description and options (the one place they are written: --help, the
// `help` synopsis and the documentation checks all read them), then what it does.
void defineListCommand(CommandContext& context);
int runListCommand(CommandContext& context);
