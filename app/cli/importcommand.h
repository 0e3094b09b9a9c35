#pragma once

class CommandContext;

// `chipcompare import`: its description and options (the one place they are written: --help, the
// `help` synopsis and the documentation checks all read them), then what it does.
void defineImportCommand(CommandContext& context);
int runImportCommand(CommandContext& context);
