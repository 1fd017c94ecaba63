// SPDX-License-Identifier: GPL-3.0-or-later
// How soon another desk's change reaches an open session on PostgreSQL:
// a second, plain connection commits N changes, spaced apart, and for each
// this measures the time from the start of its transaction to the session's
// dataChanged() on the GUI thread ("notice"), and to the answer of the
// reload a view then asks for, which must show the change ("refresh").
// Goal: refresh p95 ≤ 1 s. See tests/bench/LIVE-FIGURES.md.
// Run: build/release/tests/bench/bench_changenotices --pg "host=… dbname=… user=… password=…"
//      [--count 200] [--spacing-ms 300] [--busy-ms 0]
// --busy-ms gives the session a job of that length just before each commit
// (a long page load): notices wait for the job to end.
// Any Fairwell database (an empty one is set up); the login gets a profile
// if it has none, and one extra person, "bench-other", is the row changed.
#include "session/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace fairwell;

namespace {

[[noreturn]] void die(const QString &text)
{
    std::fprintf(stderr, "bench_changenotices: %s\n", qPrintable(text));
    std::exit(1);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

// The id of the person with `login`, added as a rep when missing.
qint64 personWithLogin(Database &db, const QString &login)
{
    auto found = db.exec(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    if (!found)
        die(found.error().text());
    if (found->next())
        return found->value(0).toLongLong();
    User user;
    user.login = login;
    user.displayName = login;
    auto id = UserRepository(db).add(user);
    if (!id)
        die(id.error().text());
    return *id;
}

void printFigures(const char *what, std::vector<double> ms)
{
    if (ms.empty()) {
        std::printf("%-8s no samples\n", what);
        return;
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double p) { return ms[std::max<size_t>(1, size_t(std::ceil(p * double(ms.size())))) - 1]; };
    std::printf("%-8s n=%zu  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", what, ms.size(), at(0.50), at(0.95),
                ms.back());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype pg = arguments.indexOf(QStringLiteral("--pg"));
    if (pg <= 0 || pg + 1 >= arguments.size())
        die(QStringLiteral("usage: bench_changenotices --pg CONNINFO [--count N] [--spacing-ms MS]"));
    auto spec = DatabaseSpec::fromConninfo(arguments.at(pg + 1));
    if (!spec)
        die(spec.error().text());
    const int count = option(arguments, QStringLiteral("--count"), 200);
    const int spacingMs = option(arguments, QStringLiteral("--spacing-ms"), 300);
    const int busyMs = option(arguments, QStringLiteral("--busy-ms"), 0);

    auto opened = Database::open(*spec);
    if (!opened)
        die(opened.error().text());
    Database &other = **opened;
    personWithLogin(other, spec->user);
    const qint64 changed = personWithLogin(other, QStringLiteral("bench-other"));

    Session session(*spec);
    std::optional<Error> openError;
    bool answered = false;
    session.open(OpenRequest{*spec}, &session, [&](const Result<OpenOutcome> &outcome) {
        answered = true;
        if (!outcome)
            openError = outcome.error();
    });
    if (!spinUntil([&answered] { return answered; }, 60000) || openError)
        die(openError ? openError->text() : QStringLiteral("the session did not open"));

    QElapsedTimer clock;
    clock.start();
    qint64 noticedAt = 0;
    int notices = 0;
    QObject::connect(&session, &Session::dataChanged, [&] {
        noticedAt = clock.nsecsElapsed();
        ++notices;
    });

    std::vector<double> toNotice, toRefresh, afterCommit;
    int missed = 0;
    for (int i = 0; i < count; ++i) {
        // Past the session's coalescing window, so every change is a burst
        // of its own.
        QElapsedTimer pause;
        pause.start();
        spinUntil([&pause, spacingMs] { return pause.elapsed() >= spacingMs; }, spacingMs + 1000);

        QObject busy;
        if (busyMs > 0) {
            session.run<bool>(
                &busy,
                [busyMs](ServiceContext &c) -> Result<bool> {
                    auto slept = c.db.exec(QStringLiteral("SELECT pg_sleep(?)"), {busyMs / 1000.0});
                    if (!slept)
                        return fail(slept.error());
                    return true;
                },
                {});
        }

        const QString name = QStringLiteral("bench %1").arg(i);
        const int before = notices;
        const qint64 start = clock.nsecsElapsed();
        auto written = other.write([&]() -> Status {
            auto updated = other.exec(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"),
                                      {name, changed});
            if (!updated)
                return fail(updated.error());
            return {};
        });
        if (!written)
            die(written.error().text());
        const qint64 committed = clock.nsecsElapsed();
        if (!spinUntil([&] { return notices > before; }, 5000)) {
            ++missed;
            continue;
        }
        const qint64 noticed = noticedAt;

        // What a view does on the signal: reload, on the session's worker.
        std::optional<Result<QString>> reloaded;
        QObject receiver;
        session.run<QString>(
            &receiver,
            [changed](ServiceContext &c) -> Result<QString> {
                auto row = c.db.exec(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {changed});
                if (!row)
                    return fail(row.error());
                return row->next() ? row->value(0).toString() : QString();
            },
            [&reloaded](const Result<QString> &result) { reloaded = result; });
        if (!spinUntil([&reloaded] { return reloaded.has_value(); }, 5000) || !*reloaded)
            die(QStringLiteral("the reload failed"));
        if (**reloaded != name)
            die(QStringLiteral("the reload after the notice did not see the change (%1)").arg(**reloaded));
        const qint64 refreshed = clock.nsecsElapsed();

        toNotice.push_back((noticed - start) / 1e6);
        afterCommit.push_back((noticed - committed) / 1e6);
        toRefresh.push_back((refreshed - start) / 1e6);
    }

    std::printf("bench_changenotices: %d commits by another connection, %d ms apart, on %s; the session "
                "busy for %d ms from each commit's start\n",
                count, spacingMs, qPrintable(spec->displayName()), busyMs);
    std::printf("(from the start of the other desk's transaction; \"after\" from its commit's return)\n");
    printFigures("notice", toNotice);
    printFigures("after", afterCommit);
    printFigures("refresh", toRefresh);
    std::printf("missed   %d (no dataChanged within 5 s)\n", missed);
    return missed == 0 ? 0 : 1;
}
