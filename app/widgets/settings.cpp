#include "settings.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

const QList<Entry>& entries()
{
    static const QList<Entry> table {
        { Settings::Key::WindowGeometry, u"window/geometry"_s, QByteArray() },
        { Settings::Key::WindowState, u"window/state"_s, QByteArray() },
        { Settings::Key::TableHeaderState, u"table/header"_s, QByteArray() },
        { Settings::Key::TableColumns, u"table/columns"_s, QStringList() },
        { Settings::Key::LastDirectory, u"files/lastDirectory"_s, QDir::homePath() },
        { Settings::Key::RecentFiles, u"files/recent"_s, QStringList() },
        { Settings::Key::ChartState, u"chart/state"_s, QVariantMap() },
        { Settings::Key::LlmFitState, u"llmFit/state"_s, QVariantMap() },
        { Settings::Key::RestoreFilters, u"filters/restore"_s, false },
        { Settings::Key::Filters, u"filters/state"_s, QVariantMap() },
        { Settings::Key::Language, u"interface/language"_s, QString() },
        { Settings::Key::CompareSplitter, u"compare/splitter"_s, QByteArray() },
    };
    return table;
}

const Entry& entry(Settings::Key key)
{
    for (const auto& e : entries()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}
} // namespace

QVariant Settings::value(Key key)
{
    const auto& e = entry(key);
    return QSettings().value(e.name, e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(entry(key).name, value);
}
