// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/languagemanager.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fairwell {

LanguageManager::LanguageManager() = default;

LanguageManager::~LanguageManager()
{
    removeAll();
}

void LanguageManager::removeAll()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    m_language = QStringLiteral("en");
}

bool LanguageManager::install(const QString &language)
{
    removeAll();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;

    // Ours first: without it the UI stays English, and Qt's buttons in
    // another language would only look broken.
    const QString folder = QStringLiteral(":/i18n");
    auto ours = std::make_unique<QTranslator>();
    const bool translated = !english && ours->load(locale, QStringLiteral("fairwell"), QStringLiteral("_"), folder);
    if (!translated) {
        // English needs its plural forms ("1 case", "2 cases") all the same.
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(QStringLiteral("fairwell_en"), folder)) {
            QCoreApplication::installTranslator(plurals.get());
            m_translators.append(plurals.release());
        }
        return english;
    }
    QCoreApplication::installTranslator(ours.get());
    m_translators.append(ours.release());

    // Qt's own strings ("Cancel", "Show Details…") from the system package.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder)) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.append(qt.release());
    }
    m_language = QLocale::languageToCode(locale.language());
    return true;
}

} // namespace fairwell
