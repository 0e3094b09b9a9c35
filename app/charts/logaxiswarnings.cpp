#include "logaxiswarnings.h"

#include <QString>
#include <QtGlobal>
#include <mutex>

namespace {

QtMessageHandler previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message == QLatin1String("Logarithms of zero and negative values are undefined."))
        return;
    if (previous)
        previous(type, context, message);
}

} // namespace

namespace LogAxisWarnings {

void silence()
{
    static std::once_flag once;
    std::call_once(once, [] { previous = qInstallMessageHandler(handler); });
}

} // namespace LogAxisWarnings
