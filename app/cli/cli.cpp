#include "cli.h"

#include "checkcommand.h"
#include "commandcontext.h"
#include "comparecommand.h"
#include "exportchartcommand.h"
#include "i18n/translations.h"
#include "importcommand.h"
#include "listcommand.h"
#include "llmfitcommand.h"
#include "systemscommand.h"
#include "matchcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    const char* name;
    void (*define)(CommandContext& context); // description and options
    int (*run)(CommandContext& context);
    bool needsGui; // renders pictures: needs QGuiApplication (offscreen when headless)
};

void defineHelp(CommandContext& context)
{
    context.setDescription(QCoreApplication::translate("Cli", "Print every command with its options."));
}

int runHelp(CommandContext&)
{
    CommandContext::writeOut(Cli::usage().toUtf8());
    return Cli::kExitOk;
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> list {
        { "list", defineListCommand, runListCommand, false },
        { "check", defineCheckCommand, runCheckCommand, false },
        { "export-chart", defineExportChartCommand, runExportChartCommand, true },
        { "compare", defineCompareCommand, runCompareCommand, false },
        { "llm-fit", defineLlmFitCommand, runLlmFitCommand, false },
        { "import", defineImportCommand, runImportCommand, false },
        { "systems", defineSystemsCommand, runSystemsCommand, false },
        { "match", defineMatchCommand, runMatchCommand, false },
        { "help", defineHelp, runHelp, false },
    };
    return list;
}

} // namespace

namespace Cli {

bool isCommand(const char* word)
{
    for (const auto& command : commands()) {
        if (qstrcmp(command.name, word) == 0)
            return true;
    }
    return false;
}

QStringList commandNames()
{
    QStringList names;
    for (const auto& command : commands())
        names.append(QString::fromLatin1(command.name));
    return names;
}

QStringList optionNames(const QString& name)
{
    for (const auto& command : commands()) {
        if (QString::fromLatin1(command.name) == name) {
            CommandContext context(name, {});
            command.define(context);
            return context.optionNames();
        }
    }
    return {};
}

QString usage()
{
    QString text = QCoreApplication::translate("Cli", "Usage:\n");
    for (const auto& command : commands()) {
        CommandContext context(QString::fromLatin1(command.name), {});
        command.define(context);
        text += u"  "_s + context.synopsis() + u'\n';
    }
    text += u"  chipcompare [--catalog FILE] [--screenshot OUT.png [--size WxH]]   (the window)\n"_s;
    text += QCoreApplication::translate("Cli", "Run 'chipcompare COMMAND --help' for a command's options.\n");
    text += QCoreApplication::translate("Cli",
        "The command-line tools print English whatever the system language, so that scripts can rely on "
        "their output; the window is translated.\n");
    return text;
}

int run(int argc, char** argv)
{
    const Command* command = nullptr;
    for (const auto& candidate : commands()) {
        if (qstrcmp(candidate.name, argv[1]) == 0)
            command = &candidate;
    }
    QCoreApplication::setApplicationName(u"ChipCompare"_s);
    QCoreApplication::setOrganizationName(u"ChipCompare"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPCOMPARE_VERSION));
    // Pictures are drawn off screen whatever the display: the same input then gives the same pixels.
    if (command->needsGui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = command->needsGui
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    // Command output is English (see --help); this gives it proper plurals ("1 chip").
    Translations::installEnglish(*app);
    QStringList arguments = app->arguments();
    arguments.removeAt(1); // the command word; QCommandLineParser sees "chipcompare --opt ..."
    CommandContext context(QString::fromLatin1(command->name), arguments);
    command->define(context);
    return command->run(context);
}

} // namespace Cli
