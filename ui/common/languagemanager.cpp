// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/languagemanager.h"

#include <QDir>
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
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    // Ours first: without it the UI stays English, and Qt's buttons in
    // another language would only look broken.
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, QStringLiteral("fairwell"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(ours.get());
    m_translators.append(ours.release());

    // Qt's own strings ("Cancel", "Show Details…") from the system package.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder)) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.append(qt.release());
    }
    m_language = QLocale(locale.language()).name().section(QLatin1Char('_'), 0, 0);
    QLocale::setDefault(locale);
    return true;
}

QStringList LanguageManager::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("fairwell_*.qm")});
    for (const QString &file : files)
        languages << file.mid(9, file.size() - 9 - 3);
    return languages;
}

} // namespace fairwell
