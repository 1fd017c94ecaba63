// SPDX-License-Identifier: GPL-3.0-or-later
#include "isolatedsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace fairwell::test {

IsolatedSettings::IsolatedSettings(const QString &applicationName)
    : m_applicationName(applicationName)
{
}

void IsolatedSettings::SetUp()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_folder.path());
    QCoreApplication::setOrganizationName(QStringLiteral("FairwellTest"));
    QCoreApplication::setApplicationName(m_applicationName);
}

} // namespace fairwell::test
