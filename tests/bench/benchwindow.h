#pragma once

#include <QString>
#include <QTextStream>

// The window's side of bench_catalog: start-up against a minimal Qt window, and opening a large
// catalog (time to first paint, longest stall of the event loop, time until fully loaded).
namespace BenchWindow {

void runStartup(QTextStream& out, int runs = 5); // more runs for a profiler
void run(const QString& catalogPath, double parseFloorMs, QTextStream& out);

} // namespace BenchWindow
