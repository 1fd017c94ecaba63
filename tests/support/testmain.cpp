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

// Sanitizer settings for a test binary started by hand or by a plain `ctest`
// without the preset: the runtimes call these hooks at start-up, and the
// variables of CMakePresets.json's test presets, when set, win over them.
// A UBSan report stops the test (the code is built with
// -fno-sanitize-recover) and shows where it came from.
extern "C" const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}

extern "C" const char *__asan_default_options()
{
    return "halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1";
}

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
