#pragma once

#include <QLocale>

class QCoreApplication;

// Loads ChipCompare's translations. English source strings write plurals as "%n chip(s)"; the
// English translation (numerus forms only) turns them into "1 chip" / "2 chips", and is installed
// first so that every other language falls back to proper English.
namespace Translations {
void installEnglish(QCoreApplication& app);
// English, then `locale`'s own translation of ChipCompare and of Qt's dialogs where installed.
void install(QCoreApplication& app, const QLocale& locale);
} // namespace Translations
