#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <malloc.h>

// Timing and memory readings for bench_catalog.
namespace Bench {

// The targets a run missed: the bench exits 1 when there are any, so that `ctest -L bench` fails.
inline QStringList& missedTargets()
{
    static QStringList missed;
    return missed;
}
inline void expect(bool met, const QString& target)
{
    if (!met)
        missedTargets().append(target);
}

// Median of `runs` runs, in milliseconds.
inline double medianMs(const std::function<void()>& work, int runs = 5)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[runs / 2];
}

struct Memory
{
    qint64 heapInUse = 0; // bytes malloc has handed out and not got back
    qint64 peakRss = 0; // the process's resident high-water mark (VmHWM)
};

inline Memory memory()
{
    Memory memory;
    memory.heapInUse = qint64(mallinfo2().uordblks) + qint64(mallinfo2().hblkhd);
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                memory.peakRss = line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return memory;
}

} // namespace Bench
