#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void installEnglish(QCoreApplication& app)
{
    auto* english = new QTranslator(&app);
    if (english->load(u":/i18n/chipcompare_en.qm"_s))
        QCoreApplication::installTranslator(english);
}

void install(QCoreApplication& app, const QLocale& locale)
{
    installEnglish(app);
    // Translators installed later are asked first.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto* own = new QTranslator(&app);
        if (own->load(locale, u"chipcompare"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(own);
    }
    // Qt's own dialogs (file dialogs, message boxes), where Debian's qt6-translations-l10n is installed.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Translations
