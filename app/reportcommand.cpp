// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "commandline.h"

#include "common/languagemanager.h"
#include "dashboards/dashboardreport.h"
#include "dashboards/dashboardservice.h"
#include "services/peopleservice.h"
#include "session/session.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace fairwell {

namespace {

constexpr int failed = 1;
constexpr int wrongArguments = 2;

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

// "fairwell: <message> (<where>)": one line a script can log.
int reportFailure(const Error &error, int exitCode)
{
    QString line = QStringLiteral("fairwell: ") + error.message;
    if (!error.where.isEmpty() && !error.message.contains(error.where))
        line += QStringLiteral(" (%1)").arg(error.where);
    printLine(stderr, line);
    return exitCode;
}

int refuse(const QString &message)
{
    printLine(stderr, QStringLiteral("fairwell: ") + message);
    return wrongArguments;
}

// Runs `work` on the session's worker and waits for the answer in a local
// event loop: the session answers through the event loop, as it does to
// the window.
template<typename T>
Result<T> await(Session &session, std::function<Result<T>(ServiceContext &)> work)
{
    std::optional<Result<T>> answer;
    QObject receiver;
    QEventLoop loop;
    Session::JobOptions options;
    // The report only reads figures any role may see, and at a terminal
    // nobody is there to pick a local profile: the jobs run without one,
    // as the profile picker's own do.
    options.beforeActor = true;
    session.run<T>(
        &receiver, std::move(work),
        [&](const Result<T> &result) {
            answer = result;
            loop.quit();
        },
        options);
    if (!answer)
        loop.exec();
    return *answer;
}

Status openSession(Session &session, const DatabaseSpec &spec)
{
    std::optional<Result<OpenOutcome>> opened;
    QObject receiver;
    QEventLoop loop;
    OpenRequest request;
    request.spec = spec; // never created: a report of a database that is not there is a mistake
    session.open(request, &receiver, [&](const Result<OpenOutcome> &outcome) {
        opened = outcome;
        loop.quit();
    });
    if (!opened)
        loop.exec();
    if (!*opened)
        return fail(opened->error());
    return {};
}

} // namespace

int ReportCommand::main(int &argc, char **argv, const QStringList &arguments)
{
    // Charts and the PDF need a QApplication, not a display: without one,
    // the offscreen platform draws just as well.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LanguageManager language;
    language.install(CommandLine::parse(arguments).language);
    // Again, now that the messages can be translated.
    const int result = run(CommandLine::parse(arguments));
    Session::shutdownAll();
    return result;
}

int ReportCommand::run(const CommandLine &commandLine)
{
    Q_ASSERT(commandLine.database);
    const DatabaseSpec spec = *commandLine.database;
    const CommandLine::Report &options = commandLine.report;

    if (!spec.isPostgres() && !QFileInfo(spec.path).isFile())
        return refuse(tr("--db: there is no database file %1.").arg(QDir::toNativeSeparators(spec.path)));
    // Opening would set an empty file up as a new database: a report only reads.
    if (!spec.isPostgres() && QFileInfo(spec.path).size() == 0)
        return refuse(tr("--db: %1 is empty, not a Fairwell database.").arg(QDir::toNativeSeparators(spec.path)));
    const QFileInfo out(options.out);
    const QFileInfo folder(out.absolutePath());
    if (!folder.isDir())
        return refuse(tr("--out: the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isWritable())
        return refuse(
            tr("--out: the folder %1 may not be written to.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (out.isDir())
        return refuse(tr("--out: %1 is a folder; name the PDF file to write.")
                          .arg(QDir::toNativeSeparators(out.filePath())));

    Session session(spec);
    if (auto opened = openSession(session, spec); !opened) {
        const ErrorCode code = opened.error().code;
        return reportFailure(opened.error(),
                             code == ErrorCode::FileMissing || code == ErrorCode::NotADatabase ? wrongArguments : failed);
    }

    DashboardFilter filter;
    filter.from = options.from;
    filter.to = options.to;
    filter.segment = options.segment;
    filter.plan = options.plan;
    DashboardReport::Labels labels;
    labels.databaseName = spec.displayName();

    if (!options.ownerLogin.isEmpty()) {
        const QString login = options.ownerLogin;
        auto owner = await<User>(session, [login](ServiceContext &c) { return PeopleService(c).personWithLogin(login); });
        if (!owner && owner.error().code == ErrorCode::NotFound)
            return refuse(tr("--owner: nobody has the login \"%1\" in %2.").arg(login, spec.displayName()));
        if (!owner)
            return reportFailure(owner.error(), failed);
        filter.ownerId = owner->id;
        labels.ownerName = owner->displayName;
    }
    if (!options.plan.isEmpty()) {
        auto choices =
            await<DashboardChoices>(session, [](ServiceContext &c) { return DashboardService(c).choices(); });
        if (!choices)
            return reportFailure(choices.error(), failed);
        if (!choices->plans.contains(options.plan))
            return refuse(tr("--plan: no account in %1 is on the plan \"%2\" (there are: %3).")
                              .arg(spec.displayName(), options.plan, choices->plans.join(QStringLiteral(", "))));
    }

    const QDate today = QDate::currentDate();
    auto data = await<DashboardData>(
        session, [filter, today](ServiceContext &c) { return DashboardService(c).load(filter, today); });
    if (!data)
        return reportFailure(data.error(), data.error().code == ErrorCode::InvalidInput ? wrongArguments : failed);

    int pages = 0;
    if (auto written = DashboardReport::writePdf(*data, labels, options.out, QLocale(), {}, &pages); !written) {
        const ErrorCode code = written.error().code;
        return reportFailure(written.error(),
                             code == ErrorCode::FileMissing || code == ErrorCode::PermissionDenied ? wrongArguments
                                                                                                     : failed);
    }
    // Never fewer than three pages: the cover, the charts, the definitions.
    printLine(stdout, tr("Wrote the exit dashboards report to %1 (%2 pages).")
                          .arg(QDir::toNativeSeparators(out.absoluteFilePath()), QLocale().toString(pages)));
    return 0;
}

} // namespace fairwell
