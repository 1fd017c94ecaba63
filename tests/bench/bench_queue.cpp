// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the rep's queue answers (QueueQuery), beside the bare sqlite3
// shell (or psql) running the very same statements on the same database.
// Run: build/release/tests/bench/bench_queue [--db FILE] [--pg CONNINFO] [--scale N] [--runs N]
//          [--statements FILE]   (writes each probe's statements there, values written in)
//          [--sweep MS]          (every view x sort x direction x filter instead; prints those over MS)
// A missing or empty database is filled with the large demo set times N
// first (about 30 s for N = 1 on SQLite) and kept for the next run.
// Figures are printed, never checked: see tests/bench/QUEUE-FIGURES.md.
//
// How it is fair: the app's figure is the median wall time of the service
// call (all its statements, every row read into QueueRows), after a
// warm-up. The shell's figure is the same statements, values written in,
// run `runs` times by one sqlite3 (psql) process after a warm-up, minus a
// process that only warms up, divided by `runs`: neither pays process
// start-up, connecting or a cold cache, and the shell formats every row
// (into /dev/null).
#include "benchsupport.h"
#include "services/queuequery.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace fairwell;

namespace {

[[noreturn]] void die(const QString &why)
{
    bench::die("bench_queue", why);
}

struct Probe
{
    QString name;
    std::function<bool(QueueQuery &)> run;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int scale = option("--scale", QStringLiteral("1")).toInt();
    const int runs = option("--runs", QStringLiteral("21")).toInt();
    const QString pg = option("--pg", QString());
    DatabaseSpec spec;
    if (!pg.isEmpty()) {
        auto parsed = DatabaseSpec::fromConninfo(pg);
        if (!parsed)
            die(parsed.error().text());
        spec = *parsed;
    } else {
        spec = DatabaseSpec::sqlite(option("--db", QStringLiteral("/tmp/fairwell-queue-x%1.sqlite").arg(scale)));
    }
    const std::unique_ptr<Database> opened = bench::openLargeSet("bench_queue", spec, scale);
    Database &db = *opened;
    qint64 owner = 0;
    if (auto busiest = db.exec(QStringLiteral("SELECT owner_id FROM cases WHERE status = 'open' AND owner_id IS NOT NULL "
                                              "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"));
        busiest && busiest->next())
        owner = busiest->value(0).toLongLong();

    const QDate today(2026, 11, 1);
    auto view = [&](QueueView v, const QString &text = {}) {
        QueueFilter f;
        f.view = v;
        f.text = text;
        f.today = today;
        return f;
    };
    auto page = [&](QueueFilter f, QueueColumn column, Qt::SortOrder order, int deep = 0) {
        auto cursor = std::make_shared<std::optional<QueueCursor>>();
        return [=](QueueQuery &q) {
            if (!cursor->has_value()) {
                // The cursor of the row `deep` rows in, found in the untimed
                // warm-up run.
                QueueCursor start;
                if (deep > 0) {
                    auto skip = q.page(f, column, order, {}, deep);
                    if (!skip)
                        return false;
                    start = skip->next;
                }
                *cursor = start;
            }
            return q.page(f, column, order, **cursor, 50).has_value();
        };
    };
    auto count = [&](QueueFilter f) { return [=](QueueQuery &q) { return q.count(f).has_value(); }; };
    // --sweep MS: every view, every sort in both directions, under each of
    // a set of filters, first page and count; prints the ones slower than
    // MS (median of 3 after a warm-up) and the slowest of all.
    if (const QString threshold = option("--sweep", QString()); !threshold.isEmpty()) {
        const double limitMs = threshold.toDouble();
        QueueQuery query(db, owner);
        QStringList plans;
        if (auto facets = query.facets())
            plans = facets->plans;
        struct Filter
        {
            QString name;
            std::function<void(QueueFilter &)> apply;
        };
        QList<Filter> filters = {
            {QStringLiteral("no filter"), [](QueueFilter &) {}},
            {QStringLiteral("segment enterprise"), [](QueueFilter &f) { f.segment = QStringLiteral("enterprise"); }},
            {QStringLiteral("segment smb"), [](QueueFilter &f) { f.segment = QStringLiteral("smb"); }},
            {QStringLiteral("busiest owner"), [&](QueueFilter &f) { f.ownerId = owner; }},
            {QStringLiteral("text \"mü\""), [](QueueFilter &f) { f.text = QStringLiteral("mü"); }},
            {QStringLiteral("text \"er\""), [](QueueFilter &f) { f.text = QStringLiteral("er"); }},
            {QStringLiteral("text \"qx\" (none)"), [](QueueFilter &f) { f.text = QStringLiteral("qx"); }},
            {QStringLiteral("text \"gmbh\""), [](QueueFilter &f) { f.text = QStringLiteral("gmbh"); }},
            {QStringLiteral("text \"müll\""), [](QueueFilter &f) { f.text = QStringLiteral("müll"); }},
            {QStringLiteral("text \"zzqx\" (none)"), [](QueueFilter &f) { f.text = QStringLiteral("zzqx"); }},
            {QStringLiteral("enterprise + owner + \"gmbh\""), [&](QueueFilter &f) {
                 f.segment = QStringLiteral("enterprise");
                 f.ownerId = owner;
                 f.text = QStringLiteral("gmbh");
             }},
        };
        for (const QString &plan : std::as_const(plans))
            filters.append({QStringLiteral("plan %1").arg(plan), [plan](QueueFilter &f) { f.plan = plan; }});
        if (!plans.isEmpty())
            filters.append({QStringLiteral("smb + plan %1").arg(plans.last()), [&](QueueFilter &f) {
                                f.segment = QStringLiteral("smb");
                                f.plan = plans.last();
                            }});
        const std::pair<QueueView, const char *> views[] = {
            {QueueView::MyQueue, "My queue"},        {QueueView::DueOrOverdue, "Due or overdue"},
            {QueueView::ClosingThisWeek, "Closing this week"}, {QueueView::Unassigned, "Unassigned"},
            {QueueView::AllOpen, "All open"},        {QueueView::Closed, "Closed"}};
        const char *columns[] = {"account", "segment", "plan", "MRR", "owner", "opened", "effective",
                                 "days open", "next task", "next due", "progress", "outcome", "closed"};
        auto timed = [&](const std::function<bool()> &call) {
            QList<double> times;
            for (int i = 0; i < 4; ++i) {
                QElapsedTimer timer;
                timer.start();
                if (!call())
                    die(QStringLiteral("sweep call failed"));
                if (i > 0)
                    times.append(timer.nsecsElapsed() / 1e6);
            }
            return bench::median(times);
        };
        int calls = 0, slow = 0;
        double worst = 0;
        QString worstName;
        QList<double> all;
        auto note = [&](const QString &name, double ms) {
            ++calls;
            all.append(ms);
            if (ms > worst) {
                worst = ms;
                worstName = name;
            }
            if (ms > limitMs) {
                ++slow;
                std::printf("%8.2f ms  %s\n", ms, qPrintable(name));
                std::fflush(stdout);
            }
        };
        for (const auto &[v, viewName] : views) {
            for (const Filter &filter : std::as_const(filters)) {
                QueueFilter f = view(v);
                filter.apply(f);
                const QString where = QStringLiteral("%1, %2").arg(QLatin1String(viewName), filter.name);
                note(QStringLiteral("%1: count").arg(where), timed([&] { return query.count(f).has_value(); }));
                for (int c = 0; c <= int(QueueColumn::Closed); ++c) {
                    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                        note(QStringLiteral("%1: page by %2 %3")
                                 .arg(where, QLatin1String(columns[c]),
                                      order == Qt::AscendingOrder ? QLatin1String("asc") : QLatin1String("desc")),
                             timed([&] { return query.page(f, QueueColumn(c), order, {}, 50).has_value(); }));
                    }
                }
            }
        }
        std::sort(all.begin(), all.end());
        std::printf("%d calls, %d over %.1f ms; median %.2f ms, 95th %.2f ms, slowest %.2f ms (%s)\n", calls, slow,
                    limitMs, bench::median(all), all.isEmpty() ? 0.0 : all.at(all.size() * 95 / 100), worst,
                    qPrintable(worstName));
        return 0;
    }

    const QList<Probe> probes = {
        {QStringLiteral("All open, first page, by account"), page(view(QueueView::AllOpen), QueueColumn::Account, Qt::AscendingOrder)},
        {QStringLiteral("Closed, first page, by account"), page(view(QueueView::Closed), QueueColumn::Account, Qt::AscendingOrder)},
        {QStringLiteral("Closed, first page, by MRR desc"), page(view(QueueView::Closed), QueueColumn::Mrr, Qt::DescendingOrder)},
        {QStringLiteral("Closed, first page, by owner"), page(view(QueueView::Closed), QueueColumn::Owner, Qt::AscendingOrder)},
        {QStringLiteral("All open, first page, by next due"), page(view(QueueView::AllOpen), QueueColumn::NextDue, Qt::AscendingOrder)},
        {QStringLiteral("All open, first page, by next task"), page(view(QueueView::AllOpen), QueueColumn::NextTask, Qt::AscendingOrder)},
        {QStringLiteral("All open, first page, by progress"), page(view(QueueView::AllOpen), QueueColumn::Progress, Qt::DescendingOrder)},
        {QStringLiteral("Closed, first page, by segment"), page(view(QueueView::Closed), QueueColumn::Segment, Qt::AscendingOrder)},
        {QStringLiteral("My queue, first page, by next due"), page([&] { auto f = view(QueueView::MyQueue); return f; }(), QueueColumn::NextDue, Qt::AscendingOrder)},
        {QStringLiteral("Due or overdue, first page, by next due"), page(view(QueueView::DueOrOverdue), QueueColumn::NextDue, Qt::AscendingOrder)},
        {QStringLiteral("Closing this week, by effective"), page(view(QueueView::ClosingThisWeek), QueueColumn::Effective, Qt::AscendingOrder)},
        {QStringLiteral("Unassigned, first page, by MRR desc"), page(view(QueueView::Unassigned), QueueColumn::Mrr, Qt::DescendingOrder)},
        {QStringLiteral("Closed, page at row 20,000, by account"), page(view(QueueView::Closed), QueueColumn::Account, Qt::AscendingOrder, 20000)},
        {QStringLiteral("Count: all open"), count(view(QueueView::AllOpen))},
        {QStringLiteral("Count: closed"), count(view(QueueView::Closed))},
        {QStringLiteral("Count: due or overdue"), count(view(QueueView::DueOrOverdue))},
        {QStringLiteral("Count: closing this week"), count(view(QueueView::ClosingThisWeek))},
        {QStringLiteral("Count: unassigned"), count(view(QueueView::Unassigned))},
        {QStringLiteral("Count: my queue"), count(view(QueueView::MyQueue))},
        {QStringLiteral("Search 2 chars \"mü\", all open, page"), page(view(QueueView::AllOpen, QStringLiteral("mü")), QueueColumn::Account, Qt::AscendingOrder)},
        {QStringLiteral("Search 2 chars \"mü\", closed, count"), count(view(QueueView::Closed, QStringLiteral("mü")))},
        {QStringLiteral("Search 4 chars \"müll\", closed, page"), page(view(QueueView::Closed, QStringLiteral("müll")), QueueColumn::Account, Qt::AscendingOrder)},
        {QStringLiteral("Search 4 chars \"müll\", closed, count"), count(view(QueueView::Closed, QStringLiteral("müll")))},
        {QStringLiteral("Search 4 chars \"gmbh\", closed, page"), page(view(QueueView::Closed, QStringLiteral("gmbh")), QueueColumn::Account, Qt::AscendingOrder)},
        {QStringLiteral("Accounts search \"ha\" (20)"), [](QueueQuery &q) { return q.searchAccounts(QStringLiteral("ha"), 20).has_value(); }},
        {QStringLiteral("Accounts search \"hans\" (20)"), [](QueueQuery &q) { return q.searchAccounts(QStringLiteral("hans"), 20).has_value(); }},
        {QStringLiteral("Accounts search \"crm-1234\" (20)"), [](QueueQuery &q) { return q.searchAccounts(QStringLiteral("crm-1234"), 20).has_value(); }},
    };

    const bench::Shell shell = bench::Shell::forSpec(spec);
    QFile statementFile(option("--statements", QString()));
    if (!statementFile.fileName().isEmpty() && !statementFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(statementFile.fileName()));

    std::printf("%-44s %9s %9s %7s\n", qPrintable(QStringLiteral("query (x%1)").arg(scale)), "app ms",
                spec.isPostgres() ? "psql" : "sqlite3", "ratio");
    for (const Probe &probe : probes) {
        QueueQuery query(db, owner);
        QList<double> times;
        QStringList log;
        for (int i = 0; i < runs + 1; ++i) {
            log.clear();
            query.setStatementLog(&log);
            QElapsedTimer timer;
            timer.start();
            if (!probe.run(query))
                die(QStringLiteral("%1 failed").arg(probe.name));
            if (i > 0)
                times.append(timer.nsecsElapsed() / 1e6);
        }
        const double appMs = bench::median(times);
        const QStringList statements = log;
        if (statementFile.isOpen())
            statementFile.write((QStringLiteral("-- ") + probe.name + u'\n' + statements.join(QStringLiteral(";\n"))
                                 + QStringLiteral(";\n"))
                                    .toUtf8());
        const double shellMs = shell.milliseconds(statements, runs);
        std::printf("%-44s %9.2f %9.2f %7.2f\n", qPrintable(probe.name), appMs, shellMs,
                    shellMs > 0 ? appMs / shellMs : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
