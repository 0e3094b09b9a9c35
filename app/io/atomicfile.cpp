#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

bool writeFileAtomically(const QString& path, const QByteArray& contents, QString* error)
{
    QSaveFile file(path);
    auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate("AtomicFile", "%1: cannot write: %2")
                         .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (file.write(contents) != contents.size())
        return fail();
    if (!file.commit())
        return fail();
    return true;
}
