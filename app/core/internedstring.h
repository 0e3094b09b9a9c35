#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

// A string from a small vocabulary — units, source ids, vendors, memory types, framework names —
// that repeats across thousands of chips. It holds one pointer into a process-wide pool where each
// distinct text is stored once and kept for the life of the process, so a field costs 8 bytes
// instead of a QString's 24, and comparing two of them compares pointers. Free text that differs
// from chip to chip (names, notes) stays a QString: the pool never gives memory back.
// Safe to create from several threads at once (the catalog reader's workers do).
class InternedString
{
public:
    InternedString() = default; // the empty string
    InternedString(const QString& text); // NOLINT: implicit, as the QString fields it replaced
    InternedString(const char16_t* text)
        : InternedString(QString::fromUtf16(text))
    {
    }
    InternedString& operator=(const QString& text) { return *this = InternedString(text); }

    operator const QString&() const { return *m_text; } // NOLINT: reads as the QString it was
    const QString& toString() const { return *m_text; }
    bool isEmpty() const { return m_text->isEmpty(); }
    qsizetype size() const { return m_text->size(); }
    QString toLower() const { return m_text->toLower(); }
    QString toHtmlEscaped() const { return m_text->toHtmlEscaped(); }
    bool startsWith(QStringView prefix, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return m_text->startsWith(prefix, cs);
    }
    bool contains(QStringView text, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return m_text->contains(text, cs);
    }
    int compare(const QString& other, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return m_text->compare(other, cs);
    }

    friend bool operator==(const InternedString& a, const InternedString& b) { return a.m_text == b.m_text; }
    friend bool operator!=(const InternedString& a, const InternedString& b) { return a.m_text != b.m_text; }
    friend bool operator==(const InternedString& a, const QString& b) { return *a.m_text == b; }
    friend bool operator!=(const InternedString& a, const QString& b) { return *a.m_text != b; }
    friend bool operator==(const QString& a, const InternedString& b) { return a == *b.m_text; }
    friend bool operator!=(const QString& a, const InternedString& b) { return a != *b.m_text; }
    friend bool operator<(const InternedString& a, const InternedString& b) { return *a.m_text < *b.m_text; }

private:
    static const QString s_empty;
    const QString* m_text = &s_empty;
};

inline size_t qHash(const InternedString& text, size_t seed = 0) noexcept
{
    return qHash(text.toString(), seed);
}

inline QString operator+(const InternedString& a, const QString& b)
{
    return a.toString() + b;
}
inline QString operator+(const QString& a, const InternedString& b)
{
    return a + b.toString();
}
