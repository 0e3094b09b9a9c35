#pragma once

class CommandContext;

// `chipcompare systems`: its description and options (the one place they are written), then
// what it does: the catalog's systems, each figure sourced or derived from its chip.
void defineSystemsCommand(CommandContext& context);
int runSystemsCommand(CommandContext& context);
