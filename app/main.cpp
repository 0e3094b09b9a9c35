#include "cli/cli.h"
#include "widgets/guiapp.h"

// One binary: a command word (list, check, ...) runs headless; anything else opens the window.
int main(int argc, char** argv)
{
    if (argc > 1 && Cli::isCommand(argv[1]))
        return Cli::run(argc, argv);
    return runGui(argc, argv);
}
