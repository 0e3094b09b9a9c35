#pragma once

#include <QList>
#include <QString>

// One problem found in a user's file, precise enough to jump to:
// "mine.json:14:22: chip 'x-1': field 'memory_bandwidth': value must be positive".
struct Diagnostic
{
    // Errors stop a file from loading; warnings (implausible magnitudes) do not, unless
    // `check --strict` asks for it.
    enum class Severity { Error, Warning };

    QString file;
    int line = 0; // 1-based; 0 when the problem has no position (e.g. unreadable file)
    int column = 0; // 1-based, in characters
    QString chipId; // or a system's id, when subject says so
    QString field;
    QString message;
    Severity severity = Severity::Error;
    QString subject = QStringLiteral("chip"); // what chipId names: "chip" or "system"

    bool isWarning() const { return severity == Severity::Warning; }
    // "FILE:LINE:COL: warning: chip 'id': field 'f': message"; errors have no severity word.
    QString toString() const;
};

QString formatDiagnostics(const QList<Diagnostic>& diagnostics);
