#include "internedstring.h"

#include <QReadWriteLock>
#include <functional>
#include <unordered_set>

namespace {

// Node-based, so a stored QString never moves and the pointers handed out stay valid.
struct Pool
{
    QReadWriteLock lock;
    std::unordered_set<QString> texts;
};

Pool& pool()
{
    // Never destroyed, so no string outlives it at exit: the pool is a leak by design.
    static Pool* const instance = new Pool;
    return *instance;
}

} // namespace

const QString InternedString::s_empty;

InternedString::InternedString(const QString& text)
{
    if (text.isEmpty())
        return;
    Pool& p = pool();
    {
        QReadLocker reader(&p.lock);
        const auto it = p.texts.find(text);
        if (it != p.texts.end()) {
            m_text = &*it;
            return;
        }
    }
    QWriteLocker writer(&p.lock);
    // A copy of its own, exactly as long as the text: `text` may borrow a buffer that goes away
    // (QString::fromRawData), or carry spare capacity. If another thread added the same text
    // meanwhile, insert finds that one.
    m_text = &*p.texts.insert(QString(text.constData(), text.size())).first;
}
