#pragma once

#include <QSettings>
#include <QVariant>

// Typed access to the user's preferences; every key and its default are listed in settings.cpp.
// Window geometry and dock layout carry MainWindow::kStateVersion, so a layout saved by an older
// version with other docks is not applied; View > Reset layout goes back to the first one.
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        TableHeaderState,
        TableColumns, // the table's column keys when TableHeaderState was saved
        LastDirectory,
        RecentFiles, // user catalogs opened or saved, newest first
        ChartState, // the chart page's kind, metrics, log axes and cap (a QVariantMap)
        LlmFitState, // the LLM-fit inputs (a QVariantMap)
        RestoreFilters, // whether the filters of the last session come back at the start
        Filters, // those filters (a QVariantMap), kept only when RestoreFilters is on
        Language, // "" for the system's, "en" or "zh_CN"; --lang overrides it
        CompareSplitter, // the Compare page's split between the chip list and the comparison
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
};
