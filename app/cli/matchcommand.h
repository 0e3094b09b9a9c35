#pragma once

class CommandContext;

// `chipcompare match`: its description and options (the one place they are written), then what it
// does: the likely pairs of one chip under two ids in two catalogs (ChipMatcher).
void defineMatchCommand(CommandContext& context);
int runMatchCommand(CommandContext& context);
