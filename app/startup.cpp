// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "commandline.h"
#include "democommand.h"
#include "reportcommand.h"

#include "common/languagemanager.h"
#include "common/recentdatabases.h"
#include "mainwindow.h"
#include "session/session.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace fairwell {

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stream, "%s\n", bytes.constData());
    std::fflush(stream);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int Startup::run(int &argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fairwell"));
    QCoreApplication::setApplicationName(QStringLiteral("Fairwell"));
    QCoreApplication::setApplicationVersion(QLatin1String(FAIRWELL_VERSION));

    // Parsed before any application object exists, to know which kind to
    // make: the terminal modes must run without a display.
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::parse(arguments).mode == CommandLine::Mode::Gui)
        return runGui(argc, argv, arguments);
    // Drawing charts needs a QApplication, though no display.
    if (CommandLine::parse(arguments).mode == CommandLine::Mode::Report)
        return ReportCommand::main(argc, argv, arguments);

    QCoreApplication app(argc, argv);
    LanguageManager language;
    language.install(CommandLine::parse(arguments).language);
    // Again, now that the messages can be translated.
    const CommandLine commandLine = CommandLine::parse(arguments);
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
        printLine(stdout, commandLine.output.trimmed());
        return 0;
    case CommandLine::Mode::UsageError:
        printLine(stderr, QStringLiteral("fairwell: ") + commandLine.output);
        return CommandLine::exitCodeFor(commandLine.mode);
    case CommandLine::Mode::GenerateDemo:
        return DemoCommand::run(commandLine);
    case CommandLine::Mode::Report: // handled above
    case CommandLine::Mode::Gui:
        break;
    }
    return 0;
}

QString Startup::noDisplayMessage(const QProcessEnvironment &environment)
{
    const auto isEmpty = [&environment](const char *name) {
        return environment.value(QLatin1String(name)).isEmpty();
    };
    if (!isEmpty("DISPLAY") || !isEmpty("WAYLAND_DISPLAY") || !isEmpty("QT_QPA_PLATFORM"))
        return {};
    return tr("fairwell: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run Fairwell in a desktop "
              "session, or use --generate-demo from a terminal.");
}

QString Startup::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/fairwell.sqlite");
}

OpenRequest Startup::firstDatabase(const CommandLine &commandLine)
{
    OpenRequest request;
    if (commandLine.database) {
        request.spec = *commandLine.database;
        // A new file named on the command line is created, empty but for the
        // default content, as "New Database…" would.
        request.create = !request.spec.isPostgres() && !QFileInfo::exists(request.spec.path);
        return request;
    }
    if (auto last = RecentDatabases::last(); last && (last->isPostgres() || QFileInfo::exists(last->path))) {
        request.spec = *last;
        return request;
    }
    const QString path = defaultDatabasePath();
    request.spec = DatabaseSpec::sqlite(path);
    if (!QFileInfo::exists(path)) {
        // The first run: a database to explore straight away.
        QDir().mkpath(QFileInfo(path).absolutePath());
        request.create = true;
        request.addDemoData = true;
    }
    return request;
}

int Startup::runGui(int &argc, char **argv, const QStringList &arguments)
{
    // Without a display Qt would abort with a long message about platform
    // plugins; one clear line is kinder.
    if (const QString message = noDisplayMessage(QProcessEnvironment::systemEnvironment()); !message.isEmpty()) {
        printLine(stderr, message);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Fairwell"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fairwell.Fairwell"));
    const CommandLine commandLine = CommandLine::parse(arguments);
    LanguageManager language;
    language.install(commandLine.language);

    MainWindow window;
    window.show();
    window.openDatabaseAskingPassword(firstDatabase(commandLine));
    const int result = app.exec();
    Session::shutdownAll();
    return result;
}

} // namespace fairwell
