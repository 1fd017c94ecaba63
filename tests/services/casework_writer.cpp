// SPDX-License-Identifier: GPL-3.0-or-later
// A second Fairwell in a process of its own, for test_casework_processes:
//   casework_writer DB_FILE CASE_ID VERSION USER_ID close|call START_AT_MS
// waits until START_AT_MS (ms since the epoch) so that both copies go at
// once, then closes the case or logs a call quoting VERSION.
// Exit code: 0 saved, 2 Conflict, 1 anything else (the error on stderr).
#include "services/caseworkinputs.h"
#include "services/caseworkservice.h"
#include "services/peopleservice.h"
#include "session/jobcontrol.h"
#include "session/servicecontext.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace fairwell;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fputs("usage: casework_writer DB_FILE CASE_ID VERSION USER_ID close|call START_AT_MS\n", stderr);
        return 1;
    }
    auto db = Database::open(DatabaseSpec::sqlite(args.at(1)));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().text()));
        return 1;
    }
    auto user = UserRepository(**db).find(args.at(4).toLongLong());
    if (!user) {
        std::fprintf(stderr, "%s\n", qPrintable(user.error().text()));
        return 1;
    }
    const Actor actor = PeopleService::actorOf(*user);
    const JobControl control;
    ServiceContext context{**db, actor, control};
    CaseWorkService work(context);
    const qint64 caseId = args.at(2).toLongLong();
    const int version = args.at(3).toInt();
    const qint64 startAt = args.at(6).toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < startAt)
        QThread::msleep(1);

    Status done;
    if (args.at(5) == QLatin1String("close")) {
        CloseInput input;
        input.outcome = CaseOutcome::Saved;
        done = work.closeCase(caseId, version, input);
    } else {
        CallInput input;
        input.summary = QStringLiteral("From process %1").arg(QCoreApplication::applicationPid());
        auto id = work.logCall(caseId, version, input);
        if (!id)
            done = std::unexpected(id.error());
    }
    if (done) {
        std::puts("saved");
        return 0;
    }
    std::fprintf(stderr, "%s\n", qPrintable(done.error().text()));
    return done.error().code == ErrorCode::Conflict ? 2 : 1;
}
