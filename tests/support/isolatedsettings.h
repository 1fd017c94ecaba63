// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace fairwell::test {

// Keeps the developer's own settings (recent databases, geometry, who works
// at this desk) out of a test binary: its QSettings live in a temporary
// folder under an application name of its own. Register it once per binary
// with ::testing::AddGlobalTestEnvironment.
class IsolatedSettings : public ::testing::Environment
{
public:
    explicit IsolatedSettings(const QString &applicationName);
    void SetUp() override;

private:
    QString m_applicationName;
    QTemporaryDir m_folder;
};

} // namespace fairwell::test
