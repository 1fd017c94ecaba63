// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QTranslator;

namespace fairwell {

// Loads Qt's own translations (standard buttons, dialogs) and Fairwell's for
// one language, so the whole window speaks it. Works with a plain
// QCoreApplication too, for the command-line modes.
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(fairwell::LanguageManager)

public:
    LanguageManager();
    ~LanguageManager();

    // `language` is a code like "de" or "de_CH"; empty means the system
    // locale. English needs no file and always succeeds. Returns false when
    // Fairwell has no translation for the language (the UI stays English).
    bool install(const QString &language);

    // The language in use after install(), e.g. "de" or "en".
    QString language() const { return m_language; }

private:
    void removeAll();

    QList<QTranslator *> m_translators;
    QString m_language = QStringLiteral("en");
};

} // namespace fairwell
