#include "guiapp.h"

#include "i18n/translations.h"

#include "autosaver.h"
#include "cli/cli.h"
#include "comparepage.h"
#include "io/atomicfile.h"
#include "io/catalogreader.h"
#include "io/sizespec.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct GuiOptions
{
    QStringList catalogs;
    QString screenshot;
    QSize size { 1600, 900 };
    QString page;
};

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("Gui",
        "Compare AI accelerators: a sourced catalog in a table, charts and side-by-side comparisons.\n"
        "Run 'chipcompare help' for the command-line tools (list, check, ...).\n"
        "The window follows the system language (English, Chinese); the command-line tools print "
        "English, which scripts can rely on."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"FILE"_s,
        QCoreApplication::translate(
            "Gui", "Catalog files to merge over the built-in one; the window edits the last."),
        u"[FILE...]"_s);
    parser.addOption({ u"catalog"_s,
        QCoreApplication::translate("Gui", "Merge a catalog FILE over the built-in one."), u"FILE"_s });
    parser.addOption({ u"screenshot"_s,
        QCoreApplication::translate("Gui", "Save the main window as a PNG to OUT and exit."), u"OUT"_s });
    parser.addOption({ u"size"_s,
        QCoreApplication::translate("Gui", "Window size for --screenshot (default 1600x900)."), u"WxH"_s });
    parser.addOption({ u"compare"_s,
        QCoreApplication::translate(
            "Gui", "Open the Compare page on these chips, or these systems (comma-separated ids)."),
        u"ID,ID,..."_s });
    parser.addOption({ u"lang"_s,
        QCoreApplication::translate(
            "Gui", "Interface language, e.g. zh_CN (default: View > Language, else the system's)."),
        u"LOCALE"_s });
    parser.addOption({ u"page"_s,
        QCoreApplication::translate("Gui", "Page to show first: table, chart, compare, systems, ecosystem or llm."),
        u"NAME"_s });
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool argumentsContain(int argc, char** argv, std::initializer_list<const char*> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(u"ChipCompare"_s);
    QCoreApplication::setOrganizationName(u"ChipCompare"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPCOMPARE_VERSION));
}

void installTranslators(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    Translations::install(app, locale);
}

} // namespace

int runGui(int argc, char** argv)
{
    const bool wantsScreenshot = argumentsContain(argc, argv, { "--screenshot" });
    const bool wantsInfo = argumentsContain(argc, argv, { "-h", "--help", "--help-all", "-v", "--version" });
    if (wantsInfo || (!hasDisplay() && !wantsScreenshot)) {
        // --help, --version and the no-display notice must work on a headless machine.
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits for --help/--version
        QTextStream out(stdout);
        out << QCoreApplication::translate("Gui",
            "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
            "cannot open.\nThe command line works without one:\n\n")
            << Cli::usage();
        return 0;
    }
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setApplicationInfo();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    // --lang, else the language chosen in View > Language, else the system's. Screenshots use
    // only --lang, so that the same command makes the same picture.
    QString language = parser.value(u"lang"_s);
    if (language.isEmpty() && !argumentsContain(argc, argv, { "--screenshot" }))
        language = Settings::value(Settings::Key::Language).toString();
    installTranslators(app, language);

    QTextStream err(stderr);
    GuiOptions options;
    options.catalogs = parser.values(u"catalog"_s) + parser.positionalArguments();
    options.screenshot = parser.value(u"screenshot"_s);
    options.page = parser.value(u"page"_s);
    if (parser.isSet(u"size"_s)) {
        QString error;
        const auto size = SizeSpec::parse(parser.value(u"size"_s), &error);
        if (!size) {
            err << u"chipcompare: "_s << error << u'\n';
            return 2;
        }
        options.size = *size;
    }

    const auto builtIn = CatalogReader::readBuiltIn();
    if (!builtIn.ok()) {
        // Only a broken build gets here; say so rather than show an empty window.
        err << formatDiagnostics(builtIn.problems) << u'\n';
        return 1;
    }
    MainWindow::Options windowOptions;
    windowOptions.restoreSettings = options.screenshot.isEmpty();
    if (windowOptions.restoreSettings)
        windowOptions.recoveryPath = Autosaver::defaultRecoveryPath();
    MainWindow window(builtIn.catalog, windowOptions);
    // The window edits one catalog: the last file given. Files before it are merged under it
    // as read-only references.
    // The edited file loads in the background when the window opens, so that a large one shows
    // progress in a painted window; a screenshot waits for it.
    const bool interactive = options.screenshot.isEmpty();
    for (qsizetype i = 0; i < options.catalogs.size(); ++i) {
        const QString& path = options.catalogs[i];
        const bool last = i + 1 == options.catalogs.size();
        if (last && interactive) {
            QObject::connect(
                &window, &MainWindow::catalogLoadFinished, &window,
                [path, &err](bool loaded) {
                    if (!loaded)
                        err << u"chipcompare: "_s << path
                            << u": not loaded; see the Catalog problems panel\n"_s << Qt::flush;
                },
                Qt::SingleShotConnection);
            window.openCatalogFileInBackground(path);
            continue;
        }
        const bool loaded = last ? window.openCatalogFile(path) : window.addReferenceCatalog(path);
        if (!loaded)
            err << u"chipcompare: "_s << path << u": not loaded; see the Catalog problems panel\n"_s;
    }
    if (parser.isSet(u"compare"_s)) {
        const QStringList ids = parser.value(u"compare"_s).split(u',', Qt::SkipEmptyParts);
        auto compare = [&window, ids] {
            ComparePage* page = window.comparePage();
            page->setSystemIds(ids);
            if (page->systemIds().isEmpty()) // chips, then
                page->setChipIds(ids);
            window.showPage(u"compare"_s);
        };
        // The chips may be in the file still loading.
        if (window.isLoading())
            QObject::connect(
                &window, &MainWindow::catalogLoadFinished, &window, compare, Qt::SingleShotConnection);
        else
            compare();
    }
    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        err << u"chipcompare: unknown page '"_s << options.page << u"'\n"_s;
        return 2;
    }

    if (options.screenshot.isEmpty()) {
        window.show();
        // After a crash, the autosaved edits are offered before anything else happens.
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
        return app.exec();
    }

    window.resize(options.size);
    window.show();
    int exitCode = 0;
    // Queued twice: the first pass lets layouts settle, the second paints at the final size.
    QTimer::singleShot(0, &window, [&] {
        QTimer::singleShot(50, &window, [&] {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            window.grab().toImage().save(&buffer, "PNG");
            QString error;
            if (!writeFileAtomically(options.screenshot, png, &error)) {
                err << u"chipcompare: "_s << error << u'\n';
                exitCode = 1;
            }
            app.quit();
        });
    });
    app.exec();
    return exitCode;
}
