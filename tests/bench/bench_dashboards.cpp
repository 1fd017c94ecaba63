// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the exit dashboards refresh (DashboardService::load: every
// chart's figures at once) on the large demo set, query by query, beside
// the bare sqlite3 shell (or psql) running the very same statements.
// Run: build/release/tests/bench/bench_dashboards [--db FILE] [--pg CONNINFO] [--scale N] [--runs N]
//          [--statements FILE]   (writes each filter's statements there, values written in)
// A missing or empty database is filled with the large demo set first and
// kept (the same file as bench_queue's). Figures are printed, never checked.
//
// The app's figure for a query is its median over `runs` loads after a
// warm-up (statement run and every row read); the total is the median of
// the whole load() call, building the figures included. The shell runs the
// same statements as bench_queue does (see benchsupport.h). SQLite's shell
// does not know the app's collation for names, so "COLLATE …" is left out
// of the statements it runs; the sort it changes is of a few rows.
#include "benchsupport.h"
#include "dashboards/dashboardservice.h"
#include "session/servicecontext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <cstdio>

using namespace fairwell;

namespace {

const char program[] = "bench_dashboards";

struct Probe
{
    QString name;
    DashboardFilter filter;
};

QString busiest(Database &db, const QString &column)
{
    auto query = db.exec(QStringLiteral("SELECT %1 FROM cases WHERE %1 IS NOT NULL GROUP BY %1 ORDER BY count(*) DESC "
                                        "LIMIT 1")
                             .arg(column));
    if (!query || !query->next())
        bench::die(program, QStringLiteral("cannot find the most common %1").arg(column));
    return query->value(0).toString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int scale = option("--scale", QStringLiteral("1")).toInt();
    const int runs = option("--runs", QStringLiteral("11")).toInt();
    const QString pg = option("--pg", QString());
    DatabaseSpec spec;
    if (!pg.isEmpty()) {
        auto parsed = DatabaseSpec::fromConninfo(pg);
        if (!parsed)
            bench::die(program, parsed.error().text());
        spec = *parsed;
    } else {
        spec = DatabaseSpec::sqlite(option("--db", QStringLiteral("/tmp/fairwell-queue-x%1.sqlite").arg(scale)));
    }
    const std::unique_ptr<Database> opened = bench::openLargeSet(program, spec, scale);
    Database &db = *opened;

    // The demo set's "today" is 1 November 2026.
    const QDate today(2026, 11, 1);
    const QDate yearAgo(2025, 11, 1), lastDay(2026, 10, 31);
    const QString plan = busiest(db, QStringLiteral("queue_plan"));
    const qint64 owner = busiest(db, QStringLiteral("owner_id")).toLongLong();
    const QList<Probe> probes = {
        {QStringLiteral("last 12 months"), {yearAgo, lastDay, {}, {}, std::nullopt}},
        {QStringLiteral("all three years"), {QDate(2023, 11, 1), lastDay, {}, {}, std::nullopt}},
        {QStringLiteral("last quarter"), {QDate(2026, 7, 1), QDate(2026, 9, 30), {}, {}, std::nullopt}},
        {QStringLiteral("last 30 days"), {QDate(2026, 10, 2), lastDay, {}, {}, std::nullopt}},
        {QStringLiteral("12 months, segment smb"), {yearAgo, lastDay, QStringLiteral("smb"), {}, std::nullopt}},
        {QStringLiteral("12 months, plan ") + plan, {yearAgo, lastDay, {}, plan, std::nullopt}},
        {QStringLiteral("12 months, one owner"), {yearAgo, lastDay, {}, {}, owner}},
    };

    const bench::Shell shell = bench::Shell::forSpec(spec);
    QFile statementFile(option("--statements", QString()));
    if (!statementFile.fileName().isEmpty() && !statementFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        bench::die(program, QStringLiteral("cannot write %1").arg(statementFile.fileName()));
    static const QRegularExpression collation(QStringLiteral(" COLLATE \"[^\"]*\""));
    const char *shellName = spec.isPostgres() ? "psql ms" : "sqlite3 ms";

    Actor actor;
    JobControl control;
    ServiceContext context{db, actor, control};
    for (const Probe &probe : probes) {
        DashboardService service(context);
        QMap<QString, QList<double>> times;
        QStringList order;
        QMap<QString, QString> statements;
        service.setQueryTimer([&](const QString &name, double ms, const QString &statement) {
            if (!statements.contains(name))
                order.append(name);
            times[name].append(ms);
            statements[name] = spec.isPostgres() ? statement : QString(statement).remove(collation);
        });
        QList<double> totals;
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto data = service.load(probe.filter, today);
            if (!data)
                bench::die(program, data.error().text());
            if (i == 0) {
                times.clear(); // the warm-up
                continue;
            }
            totals.append(timer.nsecsElapsed() / 1e6);
        }
        std::printf("\n%s (%s to %s)\n%-22s %9s %11s\n", qPrintable(probe.name),
                    qPrintable(probe.filter.from.toString(Qt::ISODate)), qPrintable(probe.filter.to.toString(Qt::ISODate)),
                    "query", "app ms", shellName);
        double shellTotal = 0;
        for (const QString &name : order) {
            const double shellMs = shell.milliseconds({statements.value(name)}, std::max(3, runs / 2));
            shellTotal += shellMs;
            std::printf("%-22s %9.2f %11.2f\n", qPrintable(name), bench::median(times.value(name)), shellMs);
            if (statementFile.isOpen())
                statementFile.write((QStringLiteral("-- %1: %2\n%3;\n").arg(probe.name, name, statements.value(name))).toUtf8());
        }
        std::printf("%-22s %9.2f %11.2f\n", "total (load)", bench::median(totals), shellTotal);
        std::fflush(stdout);
    }
    return 0;
}
