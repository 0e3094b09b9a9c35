#pragma once

class CommandContext;

// `chipcompare llmfit`: its description and options (the one place they are written: --help, the
// `help` synopsis and the documentation checks all read them), then what it does.
void defineLlmFitCommand(CommandContext& context);
int runLlmFitCommand(CommandContext& context);
