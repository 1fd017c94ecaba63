// SPDX-License-Identifier: GPL-3.0-or-later
// Shared main() for the suites: a Qt application object first (drivers and
// translations need one), then GoogleTest. GUI suites build with
// FAIRWELL_TEST_GUI and get a QApplication on the offscreen platform.
#include "session/session.h"

#include <gtest/gtest.h>

#ifdef FAIRWELL_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
#ifdef FAIRWELL_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    // Sessions' workers end on their own; none may outlive the application.
    fairwell::Session::shutdownAll();
    return result;
}
