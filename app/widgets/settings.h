#pragma once

#include <QSettings>
#include <QVariant>

// Typed access to the user's preferences; every key and its default are listed in settings.cpp.
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        TableHeaderState,
        LastDirectory,
        RecentFiles, // user catalogs opened or saved, newest first
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
};
