#pragma once

#include <QSettings>
#include <QVariant>

// Typed access to the user's preferences; every key and its default are listed in settings.cpp.
class Settings
{
public:
    enum class Key { WindowGeometry, WindowState, TableHeaderState, LastDirectory };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
};
