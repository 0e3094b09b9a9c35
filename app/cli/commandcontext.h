#pragma once

#include "analysis/chipfilter.h"
#include "core/catalog.h"
#include "io/datatablewriter.h"

#include <QCommandLineParser>
#include <QString>
#include <QVector>
#include <optional>

// What every command shares: option parsing with exact exit codes, catalog loading with
// diagnostics, the filter options of `list`, and output on stdout/stderr.
class CommandContext
{
public:
    CommandContext(QString command, QStringList arguments);

    QCommandLineParser parser; // read it after parse(); define options with addOption()

    void setDescription(const QString& description) { parser.setApplicationDescription(description); }
    // Options and positional arguments are recorded as they are added: --help, the `help`
    // synopsis and the documentation checks all come from this one definition.
    void addOption(const QCommandLineOption& option);
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    // "chipcompare list [--catalog FILE] [--no-builtin] ...": every option, none written twice.
    QString synopsis() const;
    QStringList optionNames() const; // "catalog", "no-builtin", ...

    void addCatalogOptions(); // --catalog FILE (repeatable), --no-builtin
    void addFilterOptions(); // --vendor, --memory-type, --status (repeatable), --search
    void addFormatOption(const QStringList& formats, const QString& defaultFormat);

    // Parses the arguments. Returns an exit code when the command must stop (help shown, or a
    // usage error printed), nullopt when it should go on.
    std::optional<int> parse();
    int usageError(const QString& message) const; // prints to stderr, returns Cli::kExitUsage
    int failure(const QString& message) const; // prints to stderr, returns Cli::kExitFailure

    // The built-in catalog with every --catalog merged over it; prints problems and returns
    // nullopt when a file has any.
    std::optional<Catalog> loadCatalog() const;
    ChipFilter filter() const;
    QVector<const Chip*> filteredChips(const Catalog& catalog) const;
    // The --format of a command that prints a table (list, compare, systems, match, llm-fit);
    // nullopt after a usage error naming the formats addFormatOption() offered (the caller then
    // returns Cli::kExitUsage).
    std::optional<DataTableWriter::Format> tableFormat() const;

    static void writeOut(const QByteArray& bytes);
    static void writeErr(const QString& text);

private:
    QString m_command;
    QList<QCommandLineOption> m_options;
    QStringList m_positionalSyntax; // "ID ID...", "FILE..."
    QStringList m_arguments;
    bool m_hasFilterOptions = false;
    QStringList m_formats; // addFormatOption's, in its order
};
