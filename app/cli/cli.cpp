#include "cli.h"

#include "checkcommand.h"
#include "commandcontext.h"
#include "comparecommand.h"
#include "exportchartcommand.h"
#include "i18n/translations.h"
#include "importcommand.h"
#include "listcommand.h"
#include "llmfitcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    const char* name;
    const char* synopsis;
    int (*run)(const QStringList& arguments);
    bool needsGui; // renders pictures: needs QGuiApplication (offscreen when headless)
};

int runHelp(const QStringList&)
{
    CommandContext::writeOut(Cli::usage().toUtf8());
    return Cli::kExitOk;
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> list {
        { "list",
            "[--vendor V]... [--memory-type T]... [--status S]... [--search TEXT] [--catalog FILE]... "
            "[--format table|csv|json|markdown]",
            runListCommand, false },
        { "check", "FILE...", runCheckCommand, false },
        { "export-chart",
            "--chart bar --metric M --out FILE [--size WxH] [--max-points N] [--chips ID,ID,...] [filters] "
            "[--catalog FILE]\n"
            "  chipcompare export-chart --chart scatter --x M --y M [--log-x] [--log-y] --out FILE ...\n"
            "  chipcompare export-chart --list-metrics",
            runExportChartCommand, true },
        { "compare", "ID ID... [--baseline ID] [--differences-only] [--format table|csv|markdown|json]",
            runCompareCommand, false },
        { "llm-fit",
            "(--params N | --model NAME) [--active-params N] --precision bf16|fp8|int8|int4 [--usable 0.9] "
            "[--max-chips 8] [filters] "
            "[--format table|csv|json]",
            runLlmFitCommand, false },
        { "import",
            "FILE --out OUT.json [--transpose] [--delimiter C] [--map 'COLUMN=FIELD[:UNIT]']... "
            "[--source-title T] [--source-url URL]\n"
            "      [--source-publisher P] [--source-kind K] [--accessed YYYY-MM-DD] "
            "[--confidence official|reported|rumored|estimate]",
            runImportCommand, false },
        { "help", "", runHelp, false },
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

QString usage()
{
    QString text = QCoreApplication::translate("Cli", "Usage:\n");
    for (const auto& command : commands())
        text += u"  chipcompare "_s + QString::fromLatin1(command.name) + u' '
            + QString::fromLatin1(command.synopsis) + u'\n';
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
    return command->run(arguments);
}

} // namespace Cli
